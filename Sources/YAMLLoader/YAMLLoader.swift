import CYAML
import Diagnostics

/// The outcome of loading one file: its single document's root, or the diagnostics that stopped it.
public struct LoadedDocument: Sendable {
    public let file: String
    /// The root node; nil when the file could not be read as one YAML document.
    public let root: YAMLNode?
    public let diagnostics: [Diagnostic]

    public init(file: String, root: YAMLNode?, diagnostics: [Diagnostic]) {
        self.file = file
        self.root = root
        self.diagnostics = diagnostics
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Reads YAML through libyaml's event API into positioned nodes, guarding against what libyaml lets
/// through: duplicate keys, alias bombs, deep nesting, oversized, binary or non-UTF-8 input,
/// empty files and files with more than one document.
public struct YAMLLoader: Sendable {
    public var limits: LoaderLimits

    public init(limits: LoaderLimits = .default) {
        self.limits = limits
    }

    public func load(_ bytes: [UInt8], file: String) -> LoadedDocument {
        var log = DiagnosticLog(file: file)
        if let problem = SourceText.problem(in: bytes, limits: limits) {
            log.error(problem.message, at: problem.mark)
            return LoadedDocument(file: file, root: nil, diagnostics: log.diagnostics)
        }
        var builder = TreeBuilder(limits: limits)
        let root = bytes.withUnsafeBufferPointer { buffer in
            EventReader.read(buffer, into: &builder, log: &log)
        }
        if root == nil && !log.hasErrors {
            log.error("the file is empty: a design needs at least `dataplan: 1`, a `name` and `components`", at: .start)
        }
        return LoadedDocument(file: file, root: log.hasErrors ? nil : root, diagnostics: log.diagnostics)
    }

    public func load(_ text: String, file: String) -> LoadedDocument {
        load(Array(text.utf8), file: file)
    }
}

/// Drives libyaml's parser over a buffer and feeds its events to a `TreeBuilder`.
enum EventReader {
    static func read(_ buffer: UnsafeBufferPointer<UInt8>, into builder: inout TreeBuilder, log: inout DiagnosticLog) -> YAMLNode? {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return nil }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            log.error("libyaml could not start (out of memory)", at: .start)
            return nil
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, base, buffer.count)
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)

        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                report(parserError: parser, log: &log)
                return nil
            }
            defer { yaml_event_delete(&event) }
            let mark = Mark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
            let outcome = builder.accept(event, at: mark, log: &log)
            switch outcome {
            case .more: continue
            case .finished: return builder.root
            case .failed: return nil
            }
        }
    }

    private static func report(parserError parser: yaml_parser_t, log: inout DiagnosticLog) {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        let mark = Mark(line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1)
        var message = "invalid YAML: \(problem)"
        if let context = parser.context.map({ String(cString: $0) }) {
            let contextMark = Mark(line: Int(parser.context_mark.line) + 1, column: Int(parser.context_mark.column) + 1)
            message += " (\(context) at \(contextMark))"
        }
        log.error(message, at: mark)
    }
}
