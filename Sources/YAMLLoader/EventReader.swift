import CYAML
import Diagnostics

/// One libyaml event, its texts copied out of libyaml's buffers.
enum Event {
    case scalar(String, style: YAMLScalar.Style, anchor: String?, tag: String?)
    case alias(anchor: String)
    case sequenceStart(anchor: String?, tag: String?)
    case mappingStart(anchor: String?, tag: String?)
    case end
    case documentStart
    case streamEnd
    /// Stream and document ends, which the builder does not need.
    case ignored
}

/// Drives libyaml's parser over a file's bytes in one sequential loop, handing each event to a `TreeBuilder`,
/// as Yams and swift-markdown wrap their C parsers.
enum EventReader {
    static func read(_ bytes: [UInt8], into builder: inout TreeBuilder, log: inout DiagnosticLog) -> YAMLNode? {
        bytes.withUnsafeBufferPointer { buffer -> YAMLNode? in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return nil }
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else {
                log.error("libyaml could not start (out of memory)", at: .start)
                return nil
            }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, base, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var raw = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &raw) == 1 else {
                    log.error(problem(of: parser), at: mark(parser.problem_mark))
                    return nil
                }
                let event = copy(raw)
                let at = mark(raw.start_mark)
                yaml_event_delete(&raw)
                switch builder.accept(event, at: at, log: &log) {
                case .more: continue
                case .finished: return builder.root
                case .failed: return nil
                }
            }
        }
    }

    private static func mark(_ mark: yaml_mark_t) -> Mark {
        Mark(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    /// libyaml's description of why it rejected the input, with its context.
    private static func problem(of parser: yaml_parser_t) -> String {
        var message = "invalid YAML: " + (parser.problem.map { String(cString: $0) } ?? "unknown problem")
        if let context = parser.context.map({ String(cString: $0) }) {
            message += " (\(context) at \(mark(parser.context_mark)))"
        }
        return message
    }

    private static func copy(_ event: yaml_event_t) -> Event {
        switch event.type {
        case YAML_STREAM_END_EVENT:
            return .streamEnd
        case YAML_DOCUMENT_START_EVENT:
            return .documentStart
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let value =
                data.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: data.length), as: UTF8.self) }
                ?? ""
            return .scalar(value, style: style(of: data.style), anchor: text(data.anchor), tag: text(data.tag))
        case YAML_ALIAS_EVENT:
            return .alias(anchor: text(event.data.alias.anchor) ?? "")
        case YAML_SEQUENCE_START_EVENT:
            return .sequenceStart(
                anchor: text(event.data.sequence_start.anchor), tag: text(event.data.sequence_start.tag))
        case YAML_MAPPING_START_EVENT:
            return .mappingStart(anchor: text(event.data.mapping_start.anchor), tag: text(event.data.mapping_start.tag))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            return .end
        default:
            return .ignored
        }
    }

    private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
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
