#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Diagnostics

/// The outcome of loading one file: its single document's root, or the diagnostics that stopped it.
public struct LoadedDocument: Sendable {
    public let file: String
    /// The root node; nil when the file could not be read as one YAML document.
    public let root: YAMLNode?
    public let diagnostics: [Diagnostic]
    /// CloudFormation short-form tags (`!Ref`, ...) the file uses, each where it was written.
    public let intrinsicTags: [(name: String, mark: Mark)]

    public init(
        file: String, root: YAMLNode?, diagnostics: [Diagnostic], intrinsicTags: [(name: String, mark: Mark)] = []
    ) {
        self.file = file
        self.root = root
        self.diagnostics = diagnostics
        self.intrinsicTags = intrinsicTags
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
        // Editors on Windows save UTF-8 with a byte-order mark; libyaml, told the encoding, would read it as text.
        let bytes = bytes.starts(with: Self.byteOrderMark) ? Array(bytes.dropFirst(Self.byteOrderMark.count)) : bytes
        var log = DiagnosticLog(file: file)
        if let problem = SourceText.problem(in: bytes, limits: limits) {
            log.error(problem.message, at: problem.mark)
            return LoadedDocument(file: file, root: nil, diagnostics: log.diagnostics)
        }
        var builder = TreeBuilder(limits: limits)
        let root = EventReader.read(bytes, into: &builder, log: &log)
        if root == nil && !log.hasErrors {
            log.error("the file is empty: a design needs at least `dataplan: 1`, a `name` and `components`", at: .start)
        }
        return LoadedDocument(
            file: file, root: log.hasErrors ? nil : root, diagnostics: log.diagnostics,
            intrinsicTags: builder.intrinsicTags)
    }

    /// UTF-8's byte-order mark, which a file may start with.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    public func load(_ text: String, file: String) -> LoadedDocument {
        load(Array(text.utf8), file: file)
    }
}
