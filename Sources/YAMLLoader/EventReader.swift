import CYAML
import Diagnostics

/// Drives libyaml's parser over a buffer and feeds its events to a `TreeBuilder`, on the calling thread.
enum EventReader {
    /// Events copied out of libyaml at a time.
    static let batchSize = 2048

    static func read(_ bytes: [UInt8], into builder: inout TreeBuilder, log: inout DiagnosticLog) -> YAMLNode? {
        var outcome = TreeBuilder.Outcome.more
        parse(bytes) { batch in
            outcome = builder.accept(batch, log: &log)
            return outcome == .more
        }
        return outcome == .finished ? builder.root : nil
    }

    /// Hands the events of `bytes` to `consume` in batches, in order, until the stream ends,
    /// libyaml rejects the input (a `.parserError` record, the last) or `consume` returns false.
    static func parse(_ bytes: [UInt8], _ consume: (EventBatch) -> Bool) {
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
            while true {
                let isLast = batch.appendNext(from: &parser).isLast
                guard isLast || batch.records.count == batchSize else { continue }
                guard consume(batch), !isLast else { return }
                batch.removeAll()
            }
        }
    }
}
