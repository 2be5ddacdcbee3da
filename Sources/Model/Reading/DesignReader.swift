#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Diagnostics
import Parallel
import YAMLLoader

/// The outcome of reading one design: the design when it is valid, and every diagnostic found.
public struct DesignReading: Sendable {
    public let design: Design?
    public let diagnostics: [Diagnostic]
}

/// Turns a loaded YAML document into a validated `Design`, reporting every problem it finds with its position.
public struct DesignReader {
    public var limits: DesignLimits

    public init(limits: DesignLimits = .default) {
        self.limits = limits
    }

    public func read(_ document: LoadedDocument) -> DesignReading {
        guard let root = document.root else {
            return DesignReading(design: nil, diagnostics: document.diagnostics)
        }
        var state = ReaderState(file: document.file, limits: limits)
        let design = state.readDesign(root)
        var diagnostics = document.diagnostics
        diagnostics.append(contentsOf: state.values.log.diagnostics)
        let valid = !diagnostics.contains { $0.severity == .error }
        return DesignReading(design: valid ? design : nil, diagnostics: diagnostics)
    }
}

/// The work of one `read`: a value reader with its log, and the names seen so far.
private struct ReaderState {
    var values: ValueReader
    let limits: DesignLimits

    init(file: String, limits: DesignLimits) {
        values = ValueReader(log: DiagnosticLog(file: file))
        self.limits = limits
    }

    var file: String { values.log.file }

    mutating func error(_ message: String, at mark: Mark) {
        values.log.error(message, at: mark)
    }

    mutating func readDesign(_ root: YAMLNode) -> Design? {
        guard let pairs = root.mapping else {
            error(
                "the top level of a design must be a mapping with `dataplan`, `name` and `components`; found "
                    + "\(root.kindDescription)",
                at: root.mark)
            return nil
        }
        guard pairs.contains(where: { $0.key.scalar?.value == "dataplan" }) else {
            error(
                "missing `dataplan: 1` at the top level: this file is not a Dataplan design, or does not say its "
                    + "format version",
                at: root.mark)
            return nil
        }
        var top: [String: YAMLPair] = [:]
        let knownKeys = CommonProperties.topLevel.map(\.name)
        for pair in pairs {
            guard let key = values.scalarKey(pair.key) else { continue }
            guard knownKeys.contains(key) else {
                error("unknown top-level key '\(key)'\(Suggestion.hint(for: key, among: knownKeys))", at: pair.key.mark)
                continue
            }
            top[key] = pair
        }

        if let version = top["dataplan"], version.value.scalar?.value != "1" {
            error(
                "`dataplan` must be 1, the only format version; found "
                    + "'\(version.value.scalar?.value ?? version.value.kindDescription)'",
                at: version.value.mark)
        }
        let name = requiredString(top["name"], key: "name", root: root)
        let description = top["description"].flatMap { readString($0) }
        let region =
            top["region"].flatMap {
                values.read($0.value, as: .region, key: "region", keyMark: $0.key.mark)?.value.string
            } ?? Regions.defaultRegion
        let tags = top["tags"].flatMap { readTags($0) } ?? [:]
        let requirements = readRequirements(top["requirements"])
        let designSuppressions = top["suppress"].flatMap { readSuppressions($0) } ?? []

        guard let componentsPair = top["components"] else {
            error("missing `components` at the top level: a design needs at least one component", at: root.mark)
            return nil
        }
        if let count = componentsPair.value.mapping?.count, count > limits.maxComponents {
            error(
                "the design has \(count) components, over the limit of \(limits.maxComponents) (--max-components)",
                at: componentsPair.key.mark)
            return nil
        }
        let components = readComponents(componentsPair, designRegion: region, designTags: tags)
        // Names of every component written, valid or not, so one bad component does not make its flows
        // dangle too, each with its position among them.
        let entries = componentsPair.value.mapping ?? []
        var names: [String: Int] = [:]
        for (position, entry) in entries.enumerated() {
            if let name = entry.key.scalar?.value, names[name] == nil { names[name] = position }
        }
        let flows = top["flows"].map { readFlows($0, names: names) } ?? []
        if flows.count > limits.maxFlows, let flowsPair = top["flows"] {
            error(
                "the design has \(flows.count) flows, over the limit of \(limits.maxFlows) (--max-flows)",
                at: flowsPair.key.mark)
            return nil
        }
        checkReferences(components, names: names)

        guard let name else { return nil }
        var topLevelMarks: [String: Mark] = [:]
        for (key, pair) in top { topLevelMarks[key] = pair.key.mark }
        return Design(
            file: file, name: name, description: description, region: region, tags: tags,
            requirements: requirements, components: components, flows: flows, topLevelMarks: topLevelMarks,
            suppressions: designSuppressions.sorted { $0.rule < $1.rule },
            writtenNames: components.count == entries.count ? names : nil)
    }

    private mutating func requiredString(_ pair: YAMLPair?, key: String, root: YAMLNode) -> String? {
        guard let pair else {
            error("missing `\(key)` at the top level", at: root.mark)
            return nil
        }
        return readString(pair)
    }

    private mutating func readString(_ pair: YAMLPair) -> String? {
        let key = pair.key.scalar?.value ?? ""
        return values.read(pair.value, as: .string, key: key, keyMark: pair.key.mark)?.value.string
    }

    private mutating func readTags(_ pair: YAMLPair) -> [String: String]? {
        guard let value = values.read(pair.value, as: .map(.string), key: "tags", keyMark: pair.key.mark) else {
            return nil
        }
        return value.value.object?.compactMapValues { $0.value.string }
    }

    private mutating func readRequirements(_ pair: YAMLPair?) -> Requirements {
        guard let pair else { return Requirements(properties: [:], mark: nil) }
        let properties =
            values.readObject(pair.value, properties: CommonProperties.requirements, context: "requirements") ?? [:]
        return Requirements(properties: properties, mark: pair.key.mark)
    }

    private mutating func readComponents(
        _ pair: YAMLPair, designRegion: String, designTags: [String: String]
    ) -> [Component] {
        guard let entries = pair.value.mapping else {
            error(
                "`components` must be a mapping from component names to definitions; found "
                    + "\(pair.value.kindDescription)",
                at: pair.value.mark)
            return []
        }
        if entries.isEmpty {
            error("`components` is empty: a design needs at least one component", at: pair.value.mark)
        }
        return inRanges(of: entries) { state, entry in
            state.readComponent(entry, designRegion: designRegion, designTags: designTags).map { [$0] } ?? []
        }
    }

    /// Each entry of `components` or `flows` read in order.
    private mutating func inRanges<Entry, Output>(
        of entries: [Entry], _ read: (inout ReaderState, Entry) -> [Output]
    ) -> [Output] {
        var outputs: [Output] = []
        outputs.reserveCapacity(entries.count)
        for entry in entries { outputs += read(&self, entry) }
        return outputs
    }

    private mutating func readComponent(
        _ entry: YAMLPair, designRegion: String, designTags: [String: String]
    ) -> Component? {
        guard let name = values.scalarKey(entry.key) else { return nil }
        guard DesignNames.isValid(name) else {
            error(
                "component name '\(name)' must be lowercase letters, digits and '-', starting with a letter or digit",
                at: entry.key.mark)
            return nil
        }
        return readComponent(name: name, entry: entry, designRegion: designRegion, designTags: designTags)
    }

    private mutating func readComponent(
        name: String, entry: YAMLPair, designRegion: String, designTags: [String: String]
    ) -> Component? {
        guard let pairs = entry.value.mapping else {
            error(
                "component '\(name)' must be a mapping with at least `type`; found \(entry.value.kindDescription)",
                at: entry.value.mark)
            return nil
        }
        guard let typePair = pairs.first(where: { $0.key.scalar?.value == "type" }) else {
            error("component '\(name)' has no `type`", at: entry.key.mark)
            return nil
        }
        guard let typeName = typePair.value.scalar?.value, !typePair.value.scalar!.isNull else {
            error(
                "`type` of component '\(name)' must be a type name; found \(typePair.value.kindDescription)",
                at: typePair.value.mark)
            return nil
        }
        guard let type = ComponentCatalog.type(named: typeName) else {
            let hint =
                TypeAliases.suggestion(for: typeName, among: ComponentCatalog.names).map { "; did you mean '\($0)'?" }
                ?? ""
            error(
                "unknown component type '\(typeName)'\(hint) (`dataplan services` lists every type)",
                at: typePair.value.mark)
            return nil
        }

        var properties = PropertyTable(minimumCapacity: pairs.count)
        var suppressions: [Suppression] = []
        var tags = designTags
        var region = designRegion
        var valid = true
        for index in pairs.indices {
            guard let key = values.scalarKey(pairs[index].key) else {
                valid = false
                continue
            }
            if key == "type" { continue }
            guard let spec = type.property(named: key) else {
                error(
                    "unknown property '\(key)' for type "
                        + "'\(type.name)'\(Suggestion.hint(for: key, among: type.allProperties.map(\.name)))",
                    at: pairs[index].key.mark)
                valid = false
                continue
            }
            if key == "suppress" {
                guard let read = readSuppressions(pairs[index]) else {
                    valid = false
                    continue
                }
                suppressions = read
                continue
            }
            guard let value = values.read(pairs[index].value, as: spec.kind, key: key, keyMark: pairs[index].key.mark)
            else {
                valid = false
                continue
            }
            properties.append(new: key, value)
            switch key {
            case "tags":
                for (tag, tagValue) in value.value.object ?? [:] { tags[tag] = tagValue.value.string }
            case "region":
                region = value.value.string ?? region
            default:
                break
            }
        }
        guard valid else { return nil }
        return Component(
            name: name, mark: entry.key.mark, type: type, region: region, tags: tags,
            properties: properties, suppressions: suppressions.sorted { $0.rule < $1.rule })
    }

    /// `suppress: {RULE: reason}` or `{RULE: {reason, until}}`; a reason is required.
    private mutating func readSuppressions(_ pair: YAMLPair) -> [Suppression]? {
        guard let entries = pair.value.mapping else {
            error(
                "`suppress` must be a mapping from rule ids to reasons; found \(pair.value.kindDescription)",
                at: pair.value.mark)
            return nil
        }
        var result: [Suppression] = []
        var valid = true
        for entry in entries {
            guard let rule = values.scalarKey(entry.key) else {
                valid = false
                continue
            }
            guard DesignNames.isRuleID(rule) else {
                error("`suppress` key '\(rule)' is not a rule id such as SEC-004", at: entry.key.mark)
                valid = false
                continue
            }
            guard
                let value = values.read(
                    entry.value, as: CommonProperties.suppression, key: rule, keyMark: entry.key.mark)
            else {
                valid = false
                continue
            }
            let reason: String?
            var until: String?
            switch value.value {
            case .string(let text): reason = text
            case .object(let fields):
                reason = fields["reason"]?.value.string
                until = fields["until"]?.value.string
            default: reason = nil
            }
            guard let reason, !reason.trimmingSpaces.isEmpty else {
                error("suppressing \(rule) needs a reason: say why the rule does not apply here", at: entry.value.mark)
                valid = false
                continue
            }
            result.append(Suppression(rule: rule, reason: reason, until: until, mark: entry.key.mark))
        }
        return valid ? result : nil
    }

    private mutating func readFlows(_ pair: YAMLPair, names: [String: Int]) -> [Flow] {
        guard let entries = pair.value.sequence else {
            error(
                "`flows` must be a list of chains (`a -> b`) or mappings with `from` and `to`; found "
                    + "\(pair.value.kindDescription)",
                at: pair.value.mark)
            return []
        }
        return inRanges(of: entries) { state, entry in
            switch entry.content {
            case .scalar(let scalar):
                return state.readChain(scalar, node: entry, names: names)
            case .mapping:
                return state.readFlowMap(entry, names: names)
            case .sequence:
                state.error(
                    "a flow is a chain such as `a -> b -> c` or a mapping with `from` and `to`; found a list",
                    at: entry.mark)
                return []
            }
        }
    }

    private mutating func readChain(_ scalar: YAMLScalar, node: YAMLNode, names: [String: Int]) -> [Flow] {
        let parts = FlowChain.split(scalar, at: node.mark)
        guard parts.count >= 2 else {
            error(
                "a flow chain needs at least two components joined by `->`, e.g. `a -> b`; found '\(scalar.value)'",
                at: node.mark)
            return []
        }
        var positions: [Int] = []
        for part in parts {
            if let position = check(name: part.name, at: part.mark, names: names) { positions.append(position) }
        }
        guard positions.count == parts.count else { return [] }
        var flows: [Flow] = []
        for step in 0..<(parts.count - 1) {
            let from = parts[step], to = parts[step + 1]
            guard from.name != to.name else {
                error("flow '\(from.name) -> \(to.name)' goes from a component to itself", at: to.mark)
                continue
            }
            flows.append(
                Flow(
                    from: from.name, to: to.name, mark: from.mark, properties: [:],
                    writtenPositions: (positions[step], positions[step + 1])))
        }
        return flows
    }

    private mutating func readFlowMap(_ node: YAMLNode, names: [String: Int]) -> [Flow] {
        guard var properties = values.readObject(node, properties: CommonProperties.flow, context: "a flow") else {
            return []
        }
        guard let from = properties.removeValue(forKey: "from") else {
            error("a flow written as a mapping needs `from`", at: node.mark)
            return []
        }
        guard let to = properties.removeValue(forKey: "to") else {
            error("a flow written as a mapping needs `to`", at: node.mark)
            return []
        }
        let targets: [PropertyValue] = to.value.list ?? [to]
        guard let source = from.value.string, let sourcePosition = check(name: source, at: from.mark, names: names)
        else { return [] }
        var flows: [Flow] = []
        for target in targets {
            guard let name = target.value.string, let position = check(name: name, at: target.mark, names: names) else {
                continue
            }
            guard name != source else {
                error("flow '\(source) -> \(name)' goes from a component to itself", at: target.mark)
                continue
            }
            let mark = targets.count > 1 ? target.mark : node.mark
            flows.append(
                Flow(
                    from: source, to: name, mark: mark, properties: properties,
                    writtenPositions: (sourcePosition, position)))
        }
        return flows
    }

    /// The position among the design's components of the one a flow names; nil after reporting a
    /// name that is empty or not a component's.
    private mutating func check(name: String, at mark: Mark, names: [String: Int]) -> Int? {
        guard !name.isEmpty else {
            error("a flow names an empty component: check the `->` arrows", at: mark)
            return nil
        }
        guard let position = names[name] else {
            error(
                "flow names '\(name)', which is not a component of this "
                    + "design\(Suggestion.hint(for: name, among: names.keys.sorted()))",
                at: mark)
            return nil
        }
        return position
    }

    /// `on-failure` and `replication.to` must name components of the design: checked on every core
    /// for a large design, its messages in the components' order.
    private mutating func checkReferences(_ components: [Component], names: [String: Int]) {
        _ = inRanges(of: components) { state, component -> [Never] in
            state.checkReferences(of: component, names: names)
            return []
        }
    }

    private mutating func checkReferences(of component: Component, names: [String: Int]) {
        var references: [PropertyValue] = []
        if let target = component.properties["on-failure"] { references.append(target) }
        if let to = component.properties["replication"]?.value.object?["to"] {
            references.append(contentsOf: to.value.list ?? [to])
        }
        for reference in references {
            guard let name = reference.value.string else { continue }
            if name == component.name {
                error(
                    "'\(reference.text.isEmpty ? name : reference.text)' is component '\(component.name)' itself; it "
                        + "must name another component",
                    at: reference.mark)
            } else if names[name] == nil {
                error(
                    "'\(name)' is not a component of this "
                        + "design\(Suggestion.hint(for: name, among: names.keys.sorted()))",
                    at: reference.mark)
            }
        }
    }
}
