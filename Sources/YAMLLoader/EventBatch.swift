import CYAML
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Diagnostics

/// A run of libyaml's events copied out of libyaml's buffers: plain records, and one byte arena
/// for their texts. Copying costs the parser little; making strings and nodes is left to whoever
/// builds the tree, so that on two threads the work divides evenly.
struct EventBatch: Sendable {
    /// One event. Texts are spans of `bytes`.
    struct Record: Sendable {
        enum Kind: Sendable { case scalar, alias, sequenceStart, mappingStart, end, documentStart, streamEnd, parserError, ignored }
        var kind: Kind
        var mark: Mark
        /// A scalar's value, an alias's anchor name, or a parser error's message.
        var text = Span.none
        var anchor = Span.none
        var tag = Span.none
        var style = YAMLScalar.Style.plain

        /// Whether no event follows this one.
        var isLast: Bool { kind == .streamEnd || kind == .parserError }
    }

    /// Where a text lies in `bytes`; `none` when the event has no such text.
    struct Span: Sendable {
        var start: Int
        var count: Int

        static let none = Span(start: 0, count: -1)
    }

    var records: [Record] = []
    var bytes: [UInt8] = []

    init(capacity: Int) {
        records.reserveCapacity(capacity)
        bytes.reserveCapacity(capacity * 16)
    }

    mutating func removeAll() {
        records.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
    }

    /// Parses the next event of `parser` into a record; a `.parserError` one when libyaml rejects the input.
    mutating func appendNext(from parser: inout yaml_parser_t) -> Record {
        var event = yaml_event_t()
        guard yaml_parser_parse(&parser, &event) == 1 else {
            appendError(of: parser)
            return records[records.count - 1]
        }
        defer { yaml_event_delete(&event) }
        var record = Record(kind: .ignored, mark: Mark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1))
        switch event.type {
        case YAML_STREAM_END_EVENT:
            record.kind = .streamEnd
        case YAML_DOCUMENT_START_EVENT:
            record.kind = .documentStart
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            record.kind = .scalar
            record.text = copy(data.value, count: data.length)
            record.anchor = copy(data.anchor)
            record.tag = copy(data.tag)
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
        records.append(record)
        return record
    }

    /// Adds a parser-error record (libyaml could not start, say).
    mutating func appendError(_ message: String, at mark: Mark) {
        let start = bytes.count
        bytes.append(contentsOf: message.utf8)
        records.append(Record(kind: .parserError, mark: mark, text: Span(start: start, count: bytes.count - start)))
    }

    /// The text of a span, read from `arena` (this batch's bytes); nil for `Span.none`.
    static func string(_ span: Span, in arena: UnsafeBufferPointer<UInt8>) -> String? {
        guard span.count >= 0 else { return nil }
        guard span.count > 0 else { return "" }
        return String(decoding: UnsafeBufferPointer(rebasing: arena[span.start ..< span.start + span.count]), as: UTF8.self)
    }

    private mutating func copy(_ pointer: UnsafeMutablePointer<yaml_char_t>?, count: Int) -> Span {
        guard let pointer else { return .none }
        let start = bytes.count
        bytes.append(contentsOf: UnsafeBufferPointer(start: pointer, count: count))
        return Span(start: start, count: count)
    }

    private mutating func copy(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> Span {
        guard let pointer else { return .none }
        return copy(pointer, count: strlen(UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self)))
    }

    private mutating func appendError(of parser: yaml_parser_t) {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        let mark = Mark(line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1)
        var message = "invalid YAML: \(problem)"
        if let context = parser.context.map({ String(cString: $0) }) {
            let contextMark = Mark(line: Int(parser.context_mark.line) + 1, column: Int(parser.context_mark.column) + 1)
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
