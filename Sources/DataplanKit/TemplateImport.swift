import CloudFormation
import Diagnostics
import Model
import Reporting
import YAMLLoader

/// `dataplan import`: a template as a design file, with what became of each resource.
public struct TemplateImport: Sendable {
    /// The template's diagnostics: errors that stopped the import, resources not supported.
    public let report: FileReport
    /// The design file's text; nil when the template could not be read or has no component to check.
    public let yaml: String?
    /// The overlay to fill in beside the template, every key commented out.
    public let overlayStarter: String?
    public let outcomes: [ImportedTemplate.Outcome]
    /// The stack's name, which names the design and its file.
    public let name: String

    /// Counts of resources by what became of them, e.g. "5 components, 2 flows, 3 skipped, 1 not supported".
    public var summary: String {
        let counted: [(ImportedTemplate.Outcome.Status, String, String)] = [
            (.component, "component", "components"), (.flow, "flow", "flows"), (.merged, "merged", "merged"),
            (.skipped, "skipped", "skipped"), (.unsupported, "not supported", "not supported"),
            (.excluded, "excluded by a condition", "excluded by a condition"),
        ]
        let parts = counted.compactMap { status, one, many -> String? in
            let count = outcomes.filter { $0.status == status }.count
            return count == 0 ? nil : "\(count) \(count == 1 ? one : many)"
        }
        return "\(outcomes.count) resources: " + (parts.isEmpty ? "none" : parts.joined(separator: ", "))
    }
}

extension DesignPipeline {
    public func importTemplate(_ path: String) -> TemplateImport {
        let name = TemplateImporter.stackName(of: path)
        func failed(_ diagnostics: [Diagnostic]) -> TemplateImport {
            TemplateImport(
                report: FileReport(path: path, designName: nil, source: nil, diagnostics: diagnostics), yaml: nil,
                overlayStarter: nil, outcomes: [], name: name)
        }
        let bytes: [UInt8]
        switch read(path) {
        case .failure(let message):
            return failed([Diagnostic(.error, at: SourceLocation(file: path, line: 1, column: 1), message)])
        case .success(let contents):
            bytes = contents
        }
        let document = YAMLLoader(limits: limits).load(bytes, file: path)
        guard let root = document.root else { return failed(document.diagnostics) }
        guard templates.forced || TemplateImporter.recognises(root) else {
            return failed([
                Diagnostic(
                    .error, at: SourceLocation(file: path, line: 1, column: 1),
                    "not a CloudFormation template: no `AWSTemplateFormatVersion` and no `Resources` with AWS:: types "
                        + "(--from cloudformation reads it as one anyway)")
            ])
        }
        let overlay: (root: YAMLNode, file: String)?
        switch readOverlay(for: path) {
        case .read(let found): overlay = found
        case .failed(let diagnostic): return failed([diagnostic])
        }
        let imported = templates.importer.read(root, file: path, overlay: overlay)
        let checked = designOfTemplate(imported, document: document)
        let reading = DesignReader(limits: designLimits).read(checked)
        let report = FileReport(
            path: path, designName: name, sourceBytes: bytes, diagnostics: Self.inLineOrder(reading.diagnostics))
        let usable = !report.hasErrors && imported.hasComponents
        return TemplateImport(
            report: report, yaml: usable ? ImportedDesignWriter.yaml(imported, template: path) : nil,
            overlayStarter: usable ? OverlayStarter.yaml(imported, template: path) : nil,
            outcomes: imported.outcomes, name: name)
    }
}
