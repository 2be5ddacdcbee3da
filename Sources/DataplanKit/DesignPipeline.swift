#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import CloudFormation
import Diagnostics
import YAMLLoader
import Model
import Parallel
import Reporting

/// One file taken through the stages: read, load, model, graph.
public struct LoadedDesign: Sendable {
    public let report: FileReport
    public let design: Design?
    public let graph: DesignGraph?
    /// The design's `alternatives`, each read as a full design.
    public var alternatives: [LoadedAlternative] = []
    /// The YAML the design was read from, for reading it again with a figure changed (`compare --sweep`).
    public var root: YAMLNode? = nil
}

/// One alternative of a design, read and graphed; nil design and graph when it is not valid.
public struct LoadedAlternative: Sendable {
    public let name: String
    public let description: String?
    public let design: Design?
    public let graph: DesignGraph?
    public let root: YAMLNode
}

/// Runs the stages on one file at a time; each file is independent of the others.
public struct DesignPipeline: Sendable {
    public var limits: LoaderLimits
    public var designLimits: DesignLimits
    public var templates: TemplateSettings

    public init(
        limits: LoaderLimits = .default, designLimits: DesignLimits = .default, templates: TemplateSettings = .init()
    ) {
        self.limits = limits
        self.designLimits = designLimits
        self.templates = templates
    }

    /// Reads a file and takes it through every stage; nil when a folder's file turns out not to be a design.
    public func load(_ candidate: FileDiscovery.Candidate) -> LoadedDesign? {
        let path = candidate.path
        let bytes: [UInt8]
        switch read(path) {
        case .failure(let message):
            return failed(path, message)
        case .success(let contents):
            bytes = contents
        }
        if !candidate.explicit && !templates.forced && !FileDiscovery.looksLikeDesign(bytes)
            && !FileDiscovery.looksLikeTemplate(bytes)
        {
            return nil
        }
        return load(bytes, path: path, explicit: candidate.explicit)
    }

    /// Takes bytes already read through every stage.
    public func load(_ bytes: [UInt8], path: String, explicit: Bool = true) -> LoadedDesign? {
        // A template CloudFormation could not deploy is refused before it is parsed; its opening says what it is.
        let opening = bytes.prefix(1 << 16)
        if bytes.count > Self.largestTemplate, templates.forced || FileDiscovery.looksLikeTemplate(opening),
            !FileDiscovery.looksLikeDesign(Array(opening))
        {
            let message =
                "the template is \(bytes.count) bytes; CloudFormation accepts at most 1 MiB (its quota for a "
                + "template in S3), so it cannot be deployed"
            return failed(path, message)
        }
        var document = YAMLLoader(limits: limits).load(bytes, file: path)
        let source = document.diagnostics.isEmpty || String(validating: bytes, as: UTF8.self) != nil ? bytes : nil
        let isTemplate = document.root.map { templates.forced || TemplateImporter.recognises($0) } ?? false
        if !explicit, !isTemplate, let root = document.root,
            root.mapping?.contains(where: { $0.key.scalar?.value == "dataplan" }) != true
        {
            return nil
        }
        if isTemplate, let root = document.root {
            document = designOfTemplate(root, document: document)
        } else if !document.intrinsicTags.isEmpty {
            // Short-form tags are CloudFormation's; a design is plain YAML.
            var log = DiagnosticLog(file: path)
            for tag in document.intrinsicTags {
                log.error("tag '\(tag.name)' is not supported; a design uses plain YAML values", at: tag.mark)
            }
            document = LoadedDocument(file: path, root: nil, diagnostics: document.diagnostics + log.diagnostics)
        }
        let reading = DesignReader(limits: designLimits).read(document)
        let (alternatives, alternativeDiagnostics) = readAlternatives(
            of: document, path: path, reported: reading.diagnostics)
        var diagnostics = reading.diagnostics
        var graph: DesignGraph?
        if let design = reading.design {
            let built = DesignGraph(design)
            diagnostics.append(contentsOf: built.cycleDiagnostics)
            graph = built
        }
        diagnostics += alternativeDiagnostics
        diagnostics = Self.inLineOrder(diagnostics)
        let valid = !diagnostics.contains { $0.severity == .error }
        let report = FileReport(
            path: path, designName: reading.design?.name, sourceBytes: source, diagnostics: diagnostics)
        return LoadedDesign(
            report: report, design: valid ? reading.design : nil, graph: valid ? graph : nil,
            alternatives: alternatives,
            root: document.root)
    }

    /// CloudFormation's quota on a template's size (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/
    /// cloudformation-limits.html): a larger file is not a template anyone can deploy.
    static let largestTemplate = 1 << 20

    /// A template read as a design: its resources that are not supported are warnings, those with nothing to
    /// check notes with `--show-skipped`.
    private func designOfTemplate(_ root: YAMLNode, document: LoadedDocument) -> LoadedDocument {
        switch readOverlay(for: document.file) {
        case .read(let overlay):
            let imported = templates.importer.read(root, file: document.file, overlay: overlay)
            return designOfTemplate(imported, document: document)
        case .failed(let diagnostic):
            return LoadedDocument(file: document.file, root: nil, diagnostics: document.diagnostics + [diagnostic])
        }
    }

    enum OverlayReading {
        /// The overlay's root and path; nil when the template has none.
        case read((root: YAMLNode, file: String)?)
        case failed(Diagnostic)
    }

    /// The template's overlay (`--overlay`, or `NAME.dataplan.yml` beside it); an error at the template's first
    /// line naming the overlay when it cannot be read.
    func readOverlay(for template: String) -> OverlayReading {
        let path = templates.overlay ?? TemplateSettings.overlayPath(beside: template)
        let start = SourceLocation(file: template, line: 1, column: 1)
        guard let data = FileManager.default.contents(atPath: path) else {
            if templates.overlay == nil { return .read(nil) }
            return .failed(Diagnostic(.error, at: start, "overlay \(path): cannot be read"))
        }
        let overlay = YAMLLoader(limits: limits).load(Array(data), file: path)
        if let problem = overlay.diagnostics.first(where: { $0.severity == .error }) {
            return .failed(Diagnostic(.error, at: start, "overlay \(problem)"))
        }
        return .read(overlay.root.map { ($0, path) })
    }

    func designOfTemplate(_ imported: ImportedTemplate, document: LoadedDocument) -> LoadedDocument {
        var log = DiagnosticLog(file: document.file)
        for outcome in imported.outcomes {
            switch outcome.status {
            case .unsupported:
                log.warning(
                    "\(outcome.type) '\(outcome.logicalID)' is not supported (\(outcome.detail)); it is left out of "
                        + "the "
                        + "design", at: outcome.mark)
            case .skipped where templates.showSkipped, .excluded where templates.showSkipped:
                log.note("\(outcome.type) '\(outcome.logicalID)' skipped: \(outcome.detail)", at: outcome.mark)
            default:
                break
            }
        }
        if !imported.hasComponents, let root = document.root {
            log.warning(
                "no resource of this template is a component Dataplan checks (\(imported.outcomes.count) resources: "
                    + "see --show-skipped); nothing to check",
                at: root.mapping?.first { $0.key.scalar?.value == "Resources" }?.key.mark ?? root.mark)
        }
        let diagnostics = document.diagnostics + imported.diagnostics + log.diagnostics
        let failed = diagnostics.contains { $0.severity == .error } || !imported.hasComponents
        return LoadedDocument(file: document.file, root: failed ? nil : imported.design, diagnostics: diagnostics)
    }

    /// The diagnostics by line and column, as a reader goes through the file; those at one place keep their order.
    static func inLineOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { left, right in
            let (a, b) = (left.element.location, right.element.location)
            return (a.line, a.column, left.offset) < (b.line, b.column, right.offset)
        }.map(\.element)
    }

    /// The design's `alternatives`, each read as a full design, and what reading them found that
    /// reading the design did not (`reported`), each message naming its alternative.
    private func readAlternatives(
        of document: LoadedDocument, path: String, reported: [Diagnostic]
    ) -> ([LoadedAlternative], [Diagnostic]) {
        guard let root = document.root, document.diagnostics.isEmpty else { return ([], []) }
        let read = Alternatives.read(root, file: path)
        var diagnostics = read.diagnostics
        let reported = Set(reported + read.diagnostics)
        var alternatives: [LoadedAlternative] = []
        for alternative in read.alternatives {
            let variant = DesignReader(limits: designLimits).read(
                LoadedDocument(file: path, root: alternative.root, diagnostics: []))
            diagnostics += variant.diagnostics.filter { !reported.contains($0) }.map {
                Diagnostic($0.severity, at: $0.location, "in alternative '\(alternative.name)': \($0.message)")
            }
            alternatives.append(
                LoadedAlternative(
                    name: alternative.name, description: alternative.description,
                    design: variant.design, graph: variant.design.map(DesignGraph.init), root: alternative.root))
        }
        return (alternatives, diagnostics)
    }

    enum ReadResult {
        case success([UInt8])
        case failure(String)
    }

    /// The file's bytes, refusing before reading anything larger than the size limit.
    func read(_ path: String) -> ReadResult {
        let limit = min(limits.maxFileBytes, LoaderLimits.largestFile)
        switch FileBytes.contents(of: path, limit: limit) {
        case .bytes(let bytes): return .success(bytes)
        case .missing: return .failure("no such file or folder")
        case .folder: return .failure("is a folder")
        case .tooLarge(let size) where limit < limits.maxFileBytes:
            return .failure(LoaderLimits.beyondLargestFile(size))
        case .tooLarge(let size):
            return .failure(
                "the file is \(size) bytes, over the limit of \(limits.maxFileBytes) bytes (--max-file-size)")
        case .permissionDenied: return .failure("cannot be read (permission denied?)")
        case .unreadable(let reason): return .failure("cannot be read: \(reason)")
        }
    }

    private func failed(_ path: String, _ message: String) -> LoadedDesign {
        let diagnostic = Diagnostic(.error, at: SourceLocation(file: path, line: 1, column: 1), message)
        return LoadedDesign(
            report: FileReport(path: path, designName: nil, source: nil, diagnostics: [diagnostic]), design: nil,
            graph: nil)
    }
}
