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
    /// From this many bytes on, libyaml parses on a thread of its own while the tree is built
    /// from its events on the calling one; smaller files are read on the calling thread alone.
    public var pipeliningThreshold: Int
    /// From this many bytes on, a file is cut into `pieces` that libyaml parses at the same time,
    /// inside its top-level blocks (a design's `components` and `flows`) (`SplitPlan`); where it
    /// cannot be, or the pieces do not join as the whole reads, it is read whole.
    public var splittingThreshold: Int
    /// How many pieces a large file is cut into, parsed by one thread a core; nil: three a core.
    public var pieces: Int?

    public init(limits: LoaderLimits = .default, pipeliningThreshold: Int = 256 << 10, splittingThreshold: Int = 256 << 10,
                pieces: Int? = nil) {
        self.limits = limits
        self.pipeliningThreshold = pipeliningThreshold
        self.splittingThreshold = splittingThreshold
        self.pieces = pieces
    }

    public func load(_ bytes: [UInt8], file: String) -> LoadedDocument {
        // Editors on Windows save UTF-8 with a byte-order mark; libyaml, told the encoding, would read it as text.
        let bytes = bytes.starts(with: Self.byteOrderMark) ? Array(bytes.dropFirst(Self.byteOrderMark.count)) : bytes
        var log = DiagnosticLog(file: file)
        if let problem = SourceText.problem(in: bytes, limits: limits) {
            log.error(problem.message, at: problem.mark)
            return LoadedDocument(file: file, root: nil, diagnostics: log.diagnostics)
        }
        if bytes.count >= splittingThreshold, let root = readInPieces(bytes) {
            return LoadedDocument(file: file, root: root, diagnostics: [])
        }
        var builder = TreeBuilder(limits: limits)
        let root = bytes.count >= pipeliningThreshold
            ? PipelinedEventReader.read(bytes, into: &builder, log: &log)
            : EventReader.read(bytes, into: &builder, log: &log)
        if root == nil && !log.hasErrors {
            log.error("the file is empty: a design needs at least `dataplan: 1`, a `name` and `components`", at: .start)
        }
        return LoadedDocument(file: file, root: log.hasErrors ? nil : root, diagnostics: log.diagnostics)
    }

    /// The tree read in pieces on every core, or nil where the file cannot be cut or its pieces
    /// do not join as the whole reads (then it is read whole).
    private func readInPieces(_ bytes: [UInt8]) -> YAMLNode? {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let pieces = pieces ?? (cores > 1 ? Self.piecesPerCore * cores : 1)
        guard let plan = bytes.withUnsafeBufferPointer({ SplitPlan(cutting: $0, into: pieces) }) else { return nil }
        return SplitEventReader.read(bytes, plan: plan, limits: limits, threads: cores)
    }

    /// Pieces for each core: a core that other work slows parses fewer of them, the others more.
    static let piecesPerCore = 3

    /// UTF-8's byte-order mark, which a file may start with.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    public func load(_ text: String, file: String) -> LoadedDocument {
        load(Array(text.utf8), file: file)
    }
}
