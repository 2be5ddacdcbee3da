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
        var batch = EventBatch(capacity: batchSize)
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return }
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else {
                batch.appendError("libyaml could not start (out of memory)", at: .start)
                _ = consume(batch)
                return
            }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, base, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var event = yaml_event_t()
            while true {
                batch.appendNext(from: &parser, using: &event)
                guard batch.isLast || batch.isFull else { continue }
                guard consume(batch), !batch.isLast else { return }
                if reusingBatches {
                    batch.removeAll()
                } else {
                    batch = EventBatch(capacity: batchSize)
                }
            }
        }
    }
}
