import CYAML
import Diagnostics

/// Drives libyaml's parser over a buffer and feeds its events to a `TreeBuilder`, on the calling thread.
enum EventReader {
    /// Events copied out of libyaml at a time.
    static let batchSize = 2048

    static func read(_ bytes: [UInt8], into builder: inout TreeBuilder, log: inout DiagnosticLog) -> YAMLNode? {
        var outcome = TreeBuilder.Outcome.more
        parse(bytes, reusingBatches: true) { batch in
            outcome = builder.accept(batch, log: &log)
            return outcome == .more
        }
        return outcome == .finished ? builder.root : nil
    }

    /// Hands the events of `bytes` to `consume` in batches, in order, until the stream ends,
    /// libyaml rejects the input (a `.parserError` record, the last) or `consume` returns false.
    /// A batch handed to `consume` is a new one unless `reusingBatches` (when `consume` keeps none).
    static func parse(_ bytes: [UInt8], reusingBatches: Bool, _ consume: (EventBatch) -> Bool) {
        bytes.withUnsafeBufferPointer { buffer in
            parse(ParserInput(body: buffer), reusingBatches: reusingBatches, consume)
        }
    }

    /// `parse(_:reusingBatches:_:)` over any input: a whole file, or a piece of one after its header.
    static func parse(_ input: ParserInput, reusingBatches: Bool, _ consume: (EventBatch) -> Bool) {
        var batch = EventBatch(capacity: batchSize, lineOffset: input.lineOffset)
        guard input.header.count + input.body.count > 0 else { return }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            batch.appendError("libyaml could not start (out of memory)", at: .start)
            _ = consume(batch)
            return
        }
        defer { yaml_parser_delete(&parser) }
        let reader = input.header.isEmpty ? nil : PieceReader(input)
        withExtendedLifetime(reader) {
            if let reader {
                yaml_parser_set_input(&parser, { data, buffer, size, sizeRead in
                    guard let data, let buffer, let sizeRead else { return 0 }
                    sizeRead.pointee = Unmanaged<PieceReader>.fromOpaque(data).takeUnretainedValue().read(into: buffer, size: size)
                    return 1
                }, Unmanaged.passUnretained(reader).toOpaque())
            } else if let base = input.body.baseAddress {
                yaml_parser_set_input_string(&parser, base, input.body.count)
            }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var event = yaml_event_t()
            while true {
                batch.appendNext(from: &parser, using: &event)
                guard batch.isLast || batch.isFull else { continue }
                guard consume(batch), !batch.isLast else { return }
                if reusingBatches {
                    batch.removeAll()
                } else {
                    batch = EventBatch(capacity: batchSize, lineOffset: input.lineOffset)
                }
            }
        }
    }
}

/// What libyaml reads: a file's bytes, or a piece of a file after a header line that gives the
/// piece its context (`SplitPlan`).
struct ParserInput {
    /// Read before the body; empty for a whole file.
    var header = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var body: UnsafeBufferPointer<UInt8>
    /// Added to every line libyaml counts, so that a piece's positions are the file's.
    var lineOffset = 0
}

/// Feeds libyaml a header and a body as one stream, through its read callback: no copy of the
/// piece is made (libyaml copies its input into a buffer of its own either way).
private final class PieceReader {
    private let input: ParserInput
    private var position = 0

    init(_ input: ParserInput) {
        self.input = input
    }

    /// Copies up to `size` of the next bytes into `buffer`; 0 at the end (libyaml's read callback).
    func read(into buffer: UnsafeMutablePointer<UInt8>, size: Int) -> Int {
        var written = 0
        var start = position
        for part in [input.header, input.body] where written < size {
            guard start < part.count, let base = part.baseAddress else {
                start -= part.count
                continue
            }
            let count = min(size - written, part.count - start)
            (buffer + written).update(from: base + start, count: count)
            written += count
            start = 0
        }
        position += written
        return written
    }
}
