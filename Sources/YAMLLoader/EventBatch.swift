import CYAML
import Diagnostics

/// A run of libyaml's events copied out of libyaml's buffers: plain records, and one byte arena for
/// their texts, both in memory the batch owns. The parsing thread deletes each event as soon as it
/// is copied, so libyaml's next allocation reuses the memory just freed (deleting events later, or
/// on another thread, made every allocation of libyaml's a slow one); making strings and nodes is
/// left to whoever builds the tree.
///
/// One thread fills a batch and hands it over (through `EventChannel`, or a call on the same
/// thread), then never touches it again: that hand-over is the only sharing, hence
/// `@unchecked Sendable`.
final class EventBatch: @unchecked Sendable {
    /// One event. Texts are spans of the batch's bytes.
    struct Record {
        enum Kind: UInt8 { case scalar, alias, sequenceStart, mappingStart, end, documentStart, streamEnd, parserError, ignored }
        var kind: Kind
        var style = YAMLScalar.Style.plain
        var mark: Mark
        /// A scalar's value, an alias's anchor name, or a parser error's message.
        var text = Span.none
        var anchor = Span.none
        var tag = Span.none

        /// Whether no event follows this one.
        var isLast: Bool { kind == .streamEnd || kind == .parserError }
    }

    /// Where a text lies in the batch's bytes; `none` when the event has no such text.
    struct Span {
        var start: UInt32
        var count: Int32

        static let none = Span(start: 0, count: -1)
    }

    private let records: UnsafeMutablePointer<Record>
    private let capacity: Int
    private(set) var count = 0
    private var bytes: UnsafeMutablePointer<UInt8>
    private var byteCount = 0
    private var byteCapacity: Int
    /// Added to the line of every event: a piece of a split file counts the file's lines.
    private let lineOffset: Int

    init(capacity: Int, lineOffset: Int = 0) {
        self.capacity = capacity
        self.lineOffset = lineOffset
        records = .allocate(capacity: Swift.max(capacity, 1))
        byteCapacity = Swift.max(capacity, 1) * 16
        bytes = .allocate(capacity: byteCapacity)
    }

    deinit {
        records.deallocate()
        bytes.deallocate()
    }

    var isFull: Bool { count >= capacity }
    var isLast: Bool { count > 0 && records[count - 1].isLast }

    /// Empties the batch, keeping its memory, to be filled again on the same thread.
    func removeAll() {
        count = 0
        byteCount = 0
    }

    /// Parses the next event of `parser` into a record, using `event` as libyaml's scratch; a
    /// `.parserError` record when libyaml rejects the input.
    func appendNext(from parser: inout yaml_parser_t, using event: inout yaml_event_t) {
        guard yaml_parser_parse(&parser, &event) == 1 else {
            appendError(of: parser)
            return
        }
        defer { yaml_event_delete(&event) }
        var record = Record(kind: .ignored, mark: Mark(line: Int(event.start_mark.line) + 1 + lineOffset, column: Int(event.start_mark.column) + 1))
        switch event.type {
        case YAML_STREAM_END_EVENT:
            record.kind = .streamEnd
        case YAML_DOCUMENT_START_EVENT:
            record.kind = .documentStart
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            record.kind = .scalar
            record.text = copy(data.value, count: data.length)
            if data.anchor != nil { record.anchor = copy(data.anchor) }
            if data.tag != nil { record.tag = copy(data.tag) }
            record.style = Self.style(of: data.style)
        case YAML_ALIAS_EVENT:
            record.kind = .alias
            record.text = copy(event.data.alias.anchor)
        case YAML_SEQUENCE_START_EVENT:
            record.kind = .sequenceStart
            record.anchor = copy(event.data.sequence_start.anchor)
            record.tag = copy(event.data.sequence_start.tag)
        case YAML_MAPPING_START_EVENT:
            record.kind = .mappingStart
            record.anchor = copy(event.data.mapping_start.anchor)
            record.tag = copy(event.data.mapping_start.tag)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            record.kind = .end
        default:
            break
        }
        append(record)
    }

    /// Adds a parser-error record (libyaml could not start, say).
    func appendError(_ message: String, at mark: Mark) {
        var message = message
        let text = message.withUTF8 { copy($0.baseAddress, count: $0.count) }
        append(Record(kind: .parserError, mark: mark, text: text))
    }

    /// Calls `body` with each record and the batch's bytes, in order, while it returns true.
    func forEach(_ body: (Record, UnsafeBufferPointer<UInt8>) -> Bool) {
        let arena = UnsafeBufferPointer(start: bytes, count: byteCount)
        for index in 0..<count where !body(records[index], arena) { return }
    }

    /// The text of a span, read from `arena` (a batch's bytes); nil for `Span.none`.
    static func string(_ span: Span, in arena: UnsafeBufferPointer<UInt8>) -> String? {
        guard span.count >= 0 else { return nil }
        guard span.count > 0 else { return "" }
        let start = Int(span.start)
        return String(decoding: UnsafeBufferPointer(rebasing: arena[start ..< start + Int(span.count)]), as: UTF8.self)
    }

    private func append(_ record: Record) {
        precondition(count < capacity, "a batch holds at most its capacity")
        (records + count).initialize(to: record)
        count += 1
    }

    private func copy(_ pointer: UnsafePointer<UInt8>?, count: Int) -> Span {
        guard let pointer else { return .none }
        if byteCount + count > byteCapacity { grow(toHold: byteCount + count) }
        (bytes + byteCount).update(from: pointer, count: count)
        defer { byteCount += count }
        return Span(start: UInt32(byteCount), count: Int32(count))
    }

    private func copy(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> Span {
        guard let pointer else { return .none }
        return copy(pointer, count: strlen(UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self)))
    }

    private func grow(toHold needed: Int) {
        var larger = byteCapacity * 2
        while larger < needed { larger *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        grown.initialize(from: bytes, count: byteCount)
        bytes.deallocate()
        bytes = grown
        byteCapacity = larger
    }

    private func appendError(of parser: yaml_parser_t) {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        let mark = Mark(line: Int(parser.problem_mark.line) + 1 + lineOffset, column: Int(parser.problem_mark.column) + 1)
        var message = "invalid YAML: \(problem)"
        if let context = parser.context.map({ String(cString: $0) }) {
            let contextMark = Mark(line: Int(parser.context_mark.line) + 1 + lineOffset, column: Int(parser.context_mark.column) + 1)
            message += " (\(context) at \(contextMark))"
        }
        appendError(message, at: mark)
    }

    private static func style(of style: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}
