import Diagnostics
import Parallel

/// Reads a large file on two threads: libyaml parses on a thread of its own and hands its events
/// over in batches, while the calling thread builds the tree from them in the same order. The
/// tree and the diagnostics are those of `EventReader`; only the parse overlaps the building. Where
/// no thread can be started, the file is read on the calling thread alone.
enum PipelinedEventReader {
    static func read(_ bytes: [UInt8], into builder: inout TreeBuilder, log: inout DiagnosticLog) -> YAMLNode? {
        let channel = EventChannel(capacity: 8)
        guard let parser = JoinableThread({
            EventReader.parse(bytes, reusingBatches: false) { channel.put($0) }
            channel.finish()
        }) else {
            return EventReader.read(bytes, into: &builder, log: &log)
        }
        defer {
            channel.cancel()
            parser.join()
        }

        var outcome = TreeBuilder.Outcome.more
        while outcome == .more, let batch = channel.take() {
            outcome = builder.accept(batch, log: &log)
        }
        return outcome == .finished ? builder.root : nil
    }
}

/// A bounded queue of event batches between one producer and one consumer. The producer waits
/// while it is full and stops once the consumer cancels; the consumer waits while it is empty.
final class EventChannel: @unchecked Sendable {
    private let condition = ConditionLock()
    private let capacity: Int
    private var batches: [EventBatch?] = []
    private var head = 0
    private var finished = false
    private var cancelled = false

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Queues a batch; false once the consumer has cancelled, when the producer should stop.
    func put(_ batch: EventBatch) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while batches.count - head >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        if head > 0 && head == batches.count {
            batches.removeAll(keepingCapacity: true)
            head = 0
        }
        batches.append(batch)
        condition.broadcast()
        return true
    }

    /// The producer has sent its last batch.
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch, in order; nil once the producer has finished and every batch is taken.
    func take() -> EventBatch? {
        condition.lock()
        defer { condition.unlock() }
        while head == batches.count && !finished { condition.wait() }
        guard head < batches.count else { return nil }
        let batch = batches[head]
        batches[head] = nil
        head += 1
        condition.broadcast()
        return batch
    }

    /// Tells the producer to stop: its next `put` returns false (the thread is then joined, so that
    /// none outlives the read).
    func cancel() {
        condition.lock()
        cancelled = true
        batches = []
        head = 0
        condition.broadcast()
        condition.unlock()
    }
}
