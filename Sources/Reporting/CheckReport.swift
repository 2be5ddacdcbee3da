import Diagnostics
import Model

/// What checking one file produced.
public struct FileReport: Sendable {
    public let path: String
    /// The design's name, when the file is a valid design.
    public let designName: String?
    /// The file's text, for quoting source lines under diagnostics; nil when it could not be read.
    public let source: String?
    public let diagnostics: [Diagnostic]

    public init(path: String, designName: String?, source: String?, diagnostics: [Diagnostic]) {
        self.path = path
        self.designName = designName
        self.source = source
        self.diagnostics = diagnostics
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// What one `dataplan check` run produced, file by file, in the order the files were named and found.
public struct CheckReport: Sendable {
    public let files: [FileReport]

    public init(files: [FileReport]) {
        self.files = files
    }

    public var errors: [Diagnostic] { files.flatMap { $0.diagnostics.filter { $0.severity == .error } } }
    public var warnings: [Diagnostic] { files.flatMap { $0.diagnostics.filter { $0.severity != .error } } }

    /// 2 when any file could not be used, else 0 (findings raise it to 1 once rules run).
    public var exitCode: Int32 { errors.isEmpty ? 0 : 2 }
}
