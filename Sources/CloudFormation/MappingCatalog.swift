import BundledMappings
import Diagnostics
import YAMLLoader

/// The resource mappings of `Sources/BundledMappings/CloudFormation/`, one file a CloudFormation type.
public struct MappingCatalog: Sendable {
    let mappings: [String: ResourceMapping]
    /// Problems in the mapping files themselves (a test keeps this empty).
    public let diagnostics: [Diagnostic]

    public static let bundled = MappingCatalog(files: BundledMappings.files)

    /// The CloudFormation types the catalog maps, sorted.
    public var types: [String] { mappings.keys.sorted() }

    init(files: [(path: String, text: String)]) {
        var mappings: [String: ResourceMapping] = [:]
        var diagnostics: [Diagnostic] = []
        for file in files {
            var log = DiagnosticLog(file: file.path)
            let document = YAMLLoader().load(file.text, file: file.path)
            diagnostics += document.diagnostics
            if let root = document.root, let mapping = Self.read(root, log: &log) {
                if mappings[mapping.cloudFormationType] != nil {
                    log.error("\(mapping.cloudFormationType) is mapped twice", at: root.mark)
                }
                mappings[mapping.cloudFormationType] = mapping
            }
            diagnostics += log.diagnostics
        }
        self.mappings = mappings
        self.diagnostics = diagnostics
    }

    /// The mapping of a type, or of its whole service (`AWS::IAM::*`).
    func mapping(for type: String) -> ResourceMapping? {
        if let exact = mappings[type] { return exact }
        let parts = type.split(separator: ":", omittingEmptySubsequences: true)
        guard parts.count == 3 else { return nil }
        return mappings["\(parts[0])::\(parts[1])::*"]
    }

    static let topLevelKeys: Set<String> = [
        "cloudformation", "kind", "dataplan", "type-from", "source", "reason", "properties", "flows", "flow",
        "attach-to", "stands-for", "events", "writes-through",
    ]

    private static func read(_ root: YAMLNode, log: inout DiagnosticLog) -> ResourceMapping? {
        for pair in root.mapping ?? [] where !topLevelKeys.contains(pair.key.text ?? "") {
            log.error("unknown key '\(pair.key.text ?? "")' in a mapping file", at: pair.key.mark)
        }
        guard let type = root["cloudformation"]?.text, let source = root["source"]?.text else {
            log.error(
                "a mapping file needs `cloudformation` (the type) and `source` (its documentation)", at: root.mark)
            return nil
        }
        let kindText = root["kind"]?.text ?? (root["dataplan"] != nil || root["type-from"] != nil ? "component" : "")
        guard let kind = ResourceMapping.Kind(rawValue: kindText) else {
            log.error("`kind` is one of component, flow, attach, alias, skip", at: root["kind"]?.mark ?? root.mark)
            return nil
        }
        if kind == .skip && root["reason"] == nil {
            log.error("a skipped type says why (`reason`)", at: root.mark)
        }
        var properties: [ResourceMapping.Property] = []
        // A list gives alternatives, the first that yields a value winning (a default last).
        for pair in root["properties"]?.mapping ?? [] {
            guard let name = pair.key.text else { continue }
            for node in pair.value.sequence ?? [pair.value] {
                if let property = property(name, node, log: &log) { properties.append(property) }
            }
        }
        var events: ResourceMapping.Events?
        if let node = root["events"] {
            var sources: [String: String] = [:]
            for pair in node["sources"]?.mapping ?? [] {
                if let key = pair.key.text, let value = pair.value.text { sources[key] = value }
            }
            let eventProperties = (node["properties"]?.mapping ?? []).compactMap { pair in
                pair.key.text.flatMap { property($0, pair.value, log: &log) }
            }
            events = ResourceMapping.Events(sources: sources, properties: eventProperties)
        }
        return ResourceMapping(
            cloudFormationType: type, kind: kind, dataplanType: root["dataplan"]?.text,
            typeFrom: root["type-from"].flatMap { property("type", $0, log: &log) }, source: source,
            reason: root["reason"]?.text, properties: properties,
            flows: (root["flows"]?.sequence ?? []).map { flow($0, log: &log) },
            flow: root["flow"].map { flow($0, log: &log) },
            attachTo: root["attach-to"]?.text.map(TemplatePath.init),
            standsFor: (root["stands-for"]?.sequence ?? []).compactMap(\.text).map(TemplatePath.init), events: events,
            writesThrough: (root["writes-through"]?.sequence ?? []).compactMap(\.text).map(TemplatePath.init))
    }

    private static let propertyKeys: Set<String> = [
        "from", "value", "present", "values", "else", "unit", "default", "component", "unset",
    ]

    private static func property(
        _ name: String, _ node: YAMLNode, log: inout DiagnosticLog
    ) -> ResourceMapping.Property? {
        if let text = node.text {
            return ResourceMapping.Property(
                name: name, from: TemplatePath(text), value: nil, present: nil, values: [:], otherwise: nil,
                unit: nil, defaultValue: nil, component: nil, unset: [])
        }
        guard let pairs = node.mapping else {
            log.error("property '\(name)' maps from a path or a mapping of from, values, unit, ...", at: node.mark)
            return nil
        }
        for pair in pairs where !propertyKeys.contains(pair.key.text ?? "") {
            log.error("unknown key '\(pair.key.text ?? "")' in property '\(name)'", at: pair.key.mark)
        }
        var values: [String: String] = [:]
        for pair in node["values"]?.mapping ?? [] {
            if let key = pair.key.text, let value = pair.value.text { values[key] = value }
        }
        return ResourceMapping.Property(
            name: name, from: node["from"]?.text.map(TemplatePath.init), value: node["value"]?.text,
            present: node["present"]?.text.map(TemplatePath.init), values: values, otherwise: node["else"]?.text,
            unit: node["unit"]?.text, defaultValue: node["default"]?.text,
            component: node["component"]?.text.map(TemplatePath.init),
            unset: Set((node["unset"]?.sequence ?? []).compactMap(\.text)))
    }

    private static func flow(_ node: YAMLNode, log: inout DiagnosticLog) -> ResourceMapping.Flow {
        for pair in node.mapping ?? [] where !["from", "to", "mode", "properties"].contains(pair.key.text ?? "") {
            log.error("unknown key '\(pair.key.text ?? "")' in a flow", at: pair.key.mark)
        }
        let properties = (node["properties"]?.mapping ?? []).compactMap { pair in
            pair.key.text.flatMap { property($0, pair.value, log: &log) }
        }
        return ResourceMapping.Flow(
            from: node["from"]?.text.map(TemplatePath.init), to: node["to"]?.text.map(TemplatePath.init),
            mode: node["mode"]?.text, properties: properties)
    }
}

extension MappingCatalog {
    /// The types the catalog maps, as a markdown table for docs/cloudformation.md: what each becomes, the
    /// design properties it sets, and the flows it draws.
    public func documentationTable() -> String {
        var out = "| CloudFormation type | becomes | properties | flows |\n|---|---|---|---|\n"
        for type in types {
            guard let mapping = mappings[type] else { continue }
            let becomes: String
            switch mapping.kind {
            case .component:
                let names =
                    mapping.dataplanType.map { [$0] } ?? Set(mapping.typeFrom?.values.values.map { $0 } ?? []).sorted()
                becomes = "component: " + names.map { "`\($0)`" }.joined(separator: ", ")
            case .alias:
                becomes = "the component it names, else its own"
            case .flow:
                becomes =
                    "a flow from `\(mapping.flow?.from?.description ?? "")` to `\(mapping.flow?.to?.description ?? "")`"
            case .attach:
                becomes = "properties of `\(mapping.attachTo?.description ?? "")`"
            case .skip:
                becomes = "skipped: \(mapping.reason ?? "")"
            }
            var seen = Set<String>()
            let properties = (mapping.properties + (mapping.events?.properties ?? [])).map(\.name)
                .filter { seen.insert($0).inserted }.map { "`\($0)`" }.joined(separator: ", ")
            var flows = mapping.flows.map { flow in
                flow.from.map { "from `\($0)`" } ?? flow.to.map { "to `\($0)`" } ?? ""
            }
            if let events = mapping.events {
                flows.append("from each event source (" + events.sources.keys.sorted().joined(separator: ", ") + ")")
            }
            if !mapping.writesThrough.isEmpty {
                flows.append(
                    "to what `" + mapping.writesThrough.map(\.description).joined(separator: "`, `")
                        + "` let it write")
            }
            out += "| `\(type)` | \(becomes) | \(properties) | \(flows.joined(separator: "; ")) |\n"
        }
        return out
    }
}
