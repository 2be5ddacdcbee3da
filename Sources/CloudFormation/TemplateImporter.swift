import Diagnostics
import YAMLLoader

/// Reads a CloudFormation, SAM or CDK template as a design: components from resources, flows from the
/// references that carry data, every node placed at the template line it came from.
public struct TemplateImporter {
    public var catalog: MappingCatalog
    /// `--parameter NAME=VALUE` and a parameters file, over each parameter's `Default`.
    public var parameterValues: [String: String]
    public var region: String

    public init(
        catalog: MappingCatalog = .bundled, parameterValues: [String: String] = [:], region: String = "us-east-1"
    ) {
        self.catalog = catalog
        self.parameterValues = parameterValues
        self.region = region
    }

    /// Whether a loaded document is a template rather than a design.
    public static func recognises(_ root: YAMLNode) -> Bool { Template.recognises(root) }

    /// A template's design; `overlay` (the root of `TEMPLATE.dataplan.yml` and its path) adds what the template
    /// cannot say.
    public func read(_ root: YAMLNode, file: String, overlay: (root: YAMLNode, file: String)? = nil) -> ImportedTemplate
    {
        var log = DiagnosticLog(file: file)
        guard let template = Template.read(root, file: file, log: &log) else {
            return ImportedTemplate(design: nil, outcomes: [], diagnostics: log.diagnostics, origins: [:])
        }
        let stack = Self.stackName(of: file)
        var builder = DesignBuilder(
            template: template, catalog: catalog,
            resolver: IntrinsicResolver(
                template: template, parameterValues: parameterValues, region: region, stackName: stack))
        builder.build()
        log.append(contentsOf: DependencyCycles.find(in: template))
        log.append(contentsOf: builder.resolver.log.diagnostics)
        var design = builder.designNode(name: stack, region: region, root: root)
        if let overlay {
            design = TemplateOverlay.apply(
                overlay.root, to: design, origins: builder.origins, overlayFile: overlay.file, log: &log)
        }
        var imported = ImportedTemplate(
            design: design, outcomes: builder.outcomesInOrder, diagnostics: log.diagnostics, origins: builder.origins)
        for resource in template.resources {
            imported.resourceLines[resource.logicalID] =
                resource.mark.line..<(template.resourceEnds[resource.logicalID] ?? Int.max)
        }
        return imported
    }

    /// The stack's name: the file's name without folders or extensions (`cdk.out/App.template.json` -> `App`);
    /// SAM's `template.yaml` takes its project folder's name.
    public static func stackName(of file: String) -> String {
        let parts = file.split(separator: "/").map(String.init)
        let base = parts.last ?? file
        let stem = base.split(separator: ".").first.map(String.init) ?? base
        guard stem == "template" else { return stem }
        let folders = parts.dropLast().reversed().filter {
            !["src", "cfn", "cloudformation", "templates", "infra", ".", ".."].contains($0)
        }
        return folders.first ?? stem
    }
}

/// A circular `DependsOn` is refused by CloudFormation; it is reported where the cycle closes.
enum DependencyCycles {
    static func find(in template: Template) -> [Diagnostic] {
        var edges: [String: [(String, Mark)]] = [:]
        for resource in template.resources {
            guard let node = resource.node["DependsOn"] else { continue }
            let targets = node.sequence ?? [node]
            edges[resource.logicalID] = targets.compactMap { target in target.text.map { ($0, target.mark) } }
        }
        var diagnostics: [Diagnostic] = []
        var state: [String: Int] = [:]  // 1: on the current path, 2: done
        for start in template.resources.map(\.logicalID) where state[start] == nil {
            // An explicit stack of (resource, next edge to follow) keeps deep chains off the call stack.
            var path: [(id: String, next: Int)] = [(start, 0)]
            state[start] = 1
            while let top = path.last {
                let out = edges[top.id] ?? []
                if top.next == out.count {
                    state[top.id] = 2
                    path.removeLast()
                    continue
                }
                path[path.count - 1].next += 1
                let (target, mark) = out[top.next]
                if state[target] == 1 {
                    let cycle = path.map(\.id).drop { $0 != target } + [target]
                    diagnostics.append(
                        Diagnostic(
                            .error, at: mark.located(in: template.file),
                            "circular DependsOn: \(cycle.joined(separator: " -> "))"))
                } else if state[target] == nil {
                    state[target] = 1
                    path.append((target, 0))
                }
            }
        }
        return diagnostics
    }
}
