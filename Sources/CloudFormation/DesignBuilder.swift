import Diagnostics
import Model
import YAMLLoader

/// Builds the design from a template's resources, one mapping file a type.
struct DesignBuilder {
    /// A component being assembled: its properties in the order they were set, each with its template mark.
    struct Component {
        let name: String
        let type: String
        let mark: Mark
        let typeMark: Mark
        var properties: [(path: [String], value: String, mark: Mark)] = []
        var tags: [(key: String, value: String, mark: Mark)] = []

        /// List properties (`alarms`), each item added by a different resource.
        var lists: [(name: String, items: [String], mark: Mark)] = []

        /// Sets a property; a name ending in `[]` adds an item to a list property instead.
        mutating func set(_ name: String, _ value: String, at mark: Mark) {
            if name.hasSuffix("[]") {
                let list = String(name.dropLast(2))
                if let index = lists.firstIndex(where: { $0.name == list }) {
                    if !lists[index].items.contains(value) { lists[index].items.append(value) }
                } else {
                    lists.append((list, [value], mark))
                }
                return
            }
            let path = name.split(separator: ".").map(String.init)
            properties.removeAll { $0.path == path }
            properties.append((path, value, mark))
        }
    }

    struct Flow: Equatable {
        let from: String
        let to: String
        let mode: String?
        let mark: Mark
        var properties: [(name: String, value: String, mark: Mark)] = []
        static func == (a: Flow, b: Flow) -> Bool { a.from == b.from && a.to == b.to }
    }

    let template: Template
    let catalog: MappingCatalog
    var resolver: IntrinsicResolver
    private(set) var outcomes: [ImportedTemplate.Outcome] = []
    private(set) var origins: [String: (logicalID: String, type: String)] = [:]
    private var components: [Component] = []
    private var componentIndex: [String: Int] = [:]  // logical ID -> index in components
    private var flows: [Flow] = []
    private var values: [String: TemplateValue] = [:]
    private var included: [Template.Resource] = []

    init(template: Template, catalog: MappingCatalog, resolver: IntrinsicResolver) {
        self.template = template
        self.catalog = catalog
        self.resolver = resolver
    }

    /// What became of each resource, in the template's order.
    var outcomesInOrder: [ImportedTemplate.Outcome] {
        outcomes.sorted { ($0.mark.line, $0.mark.column) < ($1.mark.line, $1.mark.column) }
    }

    mutating func build() {
        for resource in template.resources {
            guard resolver.includes(resource) else {
                outcome(resource, .excluded, "condition '\(resource.condition ?? "")' is false")
                continue
            }
            values[resource.logicalID] = resource.properties.map { resolver.resolve($0) } ?? .map([], resource.mark)
            included.append(resource)
        }
        // Components first, then what stands for one, so that flows and attachments can name any of them
        // whatever the order the template wrote them in.
        for kind in [ResourceMapping.Kind.component, .alias] {
            for resource in included {
                guard let mapping = catalog.mapping(for: resource.type), mapping.kind == kind else { continue }
                if kind == .component {
                    addComponent(resource, mapping, type: componentType(resource, mapping))
                } else {
                    addAlias(resource, mapping)
                }
            }
        }
        for resource in included {
            guard let mapping = catalog.mapping(for: resource.type) else {
                let custom =
                    resource.type.hasPrefix("Custom::") || resource.type == "AWS::CloudFormation::CustomResource"
                outcome(
                    resource, custom ? .skipped : .unsupported,
                    custom ? "a custom resource: what it does is in its code" : "Dataplan has no mapping for this type")
                continue
            }
            switch mapping.kind {
            case .component:
                if let index = componentIndex[resource.logicalID] {
                    fill(index, from: resource, mapping)
                    outcome(resource, .component, components[index].name)
                } else {
                    outcome(resource, .unsupported, "no Dataplan type for this resource's configuration")
                }
            case .alias:
                if let index = componentIndex[resource.logicalID] {
                    if components[index].mark == resource.mark {
                        fill(index, from: resource, mapping)
                        outcome(resource, .component, components[index].name)
                    } else {
                        outcome(resource, .merged, "stands for \(components[index].name)")
                    }
                } else {
                    outcome(resource, .unsupported, "names no resource of the template and no engine Dataplan knows")
                }
            case .flow:
                let before = flows.count
                if let flow = mapping.flow { addFlows(flow, of: resource, mapping: mapping) }
                outcome(resource, .flow, flows.count > before ? "\(flows[before].from) -> \(flows[before].to)" : "")
            case .attach:
                let targets = mapping.attachTo.map { references(at: $0, of: resource.logicalID) } ?? []
                if let target = targets.compactMap({ componentIndex[$0] }).first {
                    apply(mapping.properties, of: resource, to: target)
                    outcome(resource, .merged, "adds to \(components[target].name)")
                } else {
                    outcome(resource, .skipped, "names no component of the template")
                }
            case .skip:
                if let reader = readers(of: resource.logicalID).first {
                    outcome(resource, .merged, "read by \(reader)")
                } else {
                    outcome(resource, .skipped, mapping.reason ?? "")
                }
            }
        }
    }

    // MARK: Components

    private func componentType(_ resource: Template.Resource, _ mapping: ResourceMapping) -> String? {
        if let fixed = mapping.dataplanType { return fixed }
        guard let property = mapping.typeFrom else { return nil }
        return value(of: property, for: resource)?.value
    }

    private mutating func addComponent(_ resource: Template.Resource, _ mapping: ResourceMapping, type: String?) {
        guard let type else { return }
        var name = Self.componentName(resource.logicalID)
        var suffix = 2
        while components.contains(where: { $0.name == name }) {
            name = Self.componentName(resource.logicalID) + "-\(suffix)"
            suffix += 1
        }
        componentIndex[resource.logicalID] = components.count
        origins[name] = (resource.logicalID, resource.type)
        components.append(
            Component(
                name: name, type: type, mark: resource.mark, typeMark: resource.node["Type"]?.mark ?? resource.mark))
    }

    private mutating func addAlias(_ resource: Template.Resource, _ mapping: ResourceMapping) {
        for path in mapping.standsFor {
            if let target = references(at: path, of: resource.logicalID).first(where: { componentIndex[$0] != nil }) {
                componentIndex[resource.logicalID] = componentIndex[target]
                return
            }
        }
        addComponent(resource, mapping, type: componentType(resource, mapping))
    }

    /// A logical ID as a component name: `RawEventsStream` -> `raw-events-stream`, `DMSReplicationTask` ->
    /// `dms-replication-task`.
    static func componentName(_ logicalID: String) -> String {
        let characters = Array(logicalID)
        var name = ""
        for (index, character) in characters.enumerated() {
            let previous = index > 0 ? characters[index - 1] : nil
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            let wordStart =
                character.isUppercase
                && (previous.map { $0.isLowercase || $0.isNumber } == true
                    || (previous?.isUppercase == true && next?.isLowercase == true))
            if wordStart && !name.isEmpty && !name.hasSuffix("-") { name += "-" }
            if character.isLetter || character.isNumber {
                name += character.lowercased()
            } else if !name.isEmpty && !name.hasSuffix("-") {
                name += "-"
            }
        }
        while name.hasSuffix("-") { name.removeLast() }
        return name.isEmpty ? "resource" : name
    }

    private mutating func fill(_ index: Int, from resource: Template.Resource, _ mapping: ResourceMapping) {
        apply(mapping.properties, of: resource, to: index)
        addTags(of: resource, to: index)
        for flow in mapping.flows { addFlows(flow, of: resource, mapping: mapping) }
        if let events = mapping.events { addEvents(events, of: resource, into: index) }
        for path in mapping.writesThrough { addWrites(through: path, of: resource, from: index) }
    }

    private mutating func apply(_ properties: [ResourceMapping.Property], of resource: Template.Resource, to index: Int)
    {
        var set: Set<String> = []
        let type = ComponentCatalog.type(named: components[index].type)
        for property in properties where !set.contains(property.name) {
            // Another resource's properties reach a component of any type: only those its type accepts are kept.
            let head = String(property.name.prefix { $0 != "." && $0 != "[" })
            guard type?.property(named: head) != nil else { continue }
            if let (value, mark) = value(of: property, for: resource) {
                components[index].set(property.name, value, at: mark)
                set.insert(property.name)
            }
        }
    }

    /// `Tags` as a list of `Key`/`Value` pairs (most types) or as a mapping (SAM, Glue).
    private mutating func addTags(of resource: Template.Resource, to index: Int) {
        guard let tags = values[resource.logicalID]?["Tags"] else { return }
        switch tags {
        case .list(let items, _):
            for item in items {
                if let key = item["Key"]?.text, let value = item["Value"], let text = value.text {
                    components[index].tags.append((key, text, value.mark ?? resource.mark))
                }
            }
        case .map(let pairs, _):
            for pair in pairs {
                if let text = pair.value.text { components[index].tags.append((pair.key, text, pair.value.mark!)) }
            }
        default: break
        }
    }

    /// A property's value in the design, with the mark of what it came from; nil when the template does not say.
    private func value(
        of property: ResourceMapping.Property, for resource: Template.Resource
    ) -> (value: String, mark: Mark)? {
        let id = resource.logicalID
        let fallbackMark = resource.node["Properties"]?.mark ?? resource.mark
        if let path = property.component {
            let found = lookup(path, in: id)
            guard let target = found?.references.compactMap({ componentIndex[$0] }).first else { return nil }
            return (components[target].name, found?.mark ?? fallbackMark)
        }
        if let path = property.present {
            guard let found = lookup(path, in: id), found.text != "false" else { return nil }
            return (property.value ?? "true", found.mark ?? fallbackMark)
        }
        guard let path = property.from else {
            return property.value.map { ($0, fallbackMark) }
        }
        guard let found = lookup(path, in: id) else {
            return property.defaultValue.map { ($0, resource.node["Type"]?.mark ?? resource.mark) }
        }
        guard let text = found.text else {
            // An object, a list or a deploy-time value: only a present/otherwise mapping can use it.
            return property.otherwise.map { ($0, found.mark ?? fallbackMark) }
        }
        return designValue(of: text, by: property).map { ($0, found.mark ?? fallbackMark) }
    }

    /// A template scalar as the design writes it: mapped by `values`, booleans in lower case, with its unit.
    private func designValue(of text: String, by property: ResourceMapping.Property) -> String? {
        if property.unset.contains(text) { return nil }
        if !property.values.isEmpty {
            return property.values[text] ?? property.values[text.lowercased()] ?? property.otherwise
        }
        // CloudFormation reads True and TRUE as true; the design format spells booleans in lower case.
        let lowered = text.lowercased()
        let value = lowered == "true" || lowered == "false" ? lowered : text
        return value + (property.unit ?? "")
    }

    /// The value a path reaches in a resource's resolved properties; `*` gathers a list's items, `>` follows
    /// the first reference into the resource it names.
    private func lookup(_ path: TemplatePath, in id: String) -> TemplateValue? {
        var current: [TemplateValue] = values[id].map { [$0] } ?? []
        for (hop, keys) in path.hops.enumerated() {
            if hop > 0 {
                current = current.flatMap(\.references).prefix(1).compactMap { values[$0] }
            }
            for key in keys {
                current = current.flatMap { value -> [TemplateValue] in
                    if key == "*" { return value.list ?? [] }
                    if let index = Int(key), let items = value.list {
                        return items.indices.contains(index) ? [items[index]] : []
                    }
                    return value[key].map { [$0] } ?? []
                }
            }
        }
        if path.hops.last?.contains("*") == true {
            return current.isEmpty ? nil : .list(current, current[0].mark ?? .start)
        }
        return current.first
    }

    /// The components whose mapping reads a property of `id` through a reference (`ReplicationInstanceArn>...`).
    private func readers(of id: String) -> [String] {
        included.compactMap { resource -> String? in
            guard let name = componentName(of: resource.logicalID), let mapping = catalog.mapping(for: resource.type)
            else { return nil }
            let throughReference = mapping.properties.compactMap(\.from).filter { $0.hops.count > 1 }
            let reads = throughReference.contains { path in
                lookup(TemplatePath(hops: [path.hops[0]]), in: resource.logicalID)?.references.first == id
            }
            return reads ? name : nil
        }
    }

    private func references(at path: TemplatePath, of id: String) -> [String] {
        lookup(path, in: id)?.references ?? []
    }

    // MARK: Flows

    private mutating func addFlows(
        _ flow: ResourceMapping.Flow, of resource: Template.Resource, mapping: ResourceMapping
    ) {
        let id = resource.logicalID
        let sources = flow.from.map { (lookup($0, in: id), references(at: $0, of: id)) }
        let targets = flow.to.map { (lookup($0, in: id), references(at: $0, of: id)) }
        let fromNames = sources.map { $0.1.compactMap(componentName(of:)) } ?? componentName(of: id).map { [$0] } ?? []
        let toNames = targets.map { $0.1.compactMap(componentName(of:)) } ?? componentName(of: id).map { [$0] } ?? []
        let mark = (targets?.0?.mark ?? sources?.0?.mark) ?? resource.mark
        // A default has no place of its own in the template: it is said where the flow is.
        let typeMark = resource.node["Type"]?.mark
        let properties = flow.properties.compactMap { property in
            value(of: property, for: resource).map { (property.name, $0.value, $0.mark == typeMark ? mark : $0.mark) }
        }
        for from in fromNames {
            for to in toNames where from != to {
                addFlow(Flow(from: from, to: to, mode: flow.mode, mark: mark, properties: properties))
            }
        }
        if mapping.kind == .flow, let target = targets?.1.compactMap({ componentIndex[$0] }).first {
            apply(mapping.properties, of: resource, to: target)
        }
    }

    /// Adds a flow once; data does not flow into account-wide services (a KMS key a definition names).
    private mutating func addFlow(_ flow: Flow) {
        let target = components.first { $0.name == flow.to }.flatMap { ComponentCatalog.type(named: $0.type) }
        guard target?.role != .accountWide, !flows.contains(flow) else { return }
        flows.append(flow)
    }

    private func componentName(of id: String) -> String? {
        componentIndex[id].map { components[$0].name }
    }

    /// SAM's `Events`: each event source is a flow into the function, with its batch size and failure destination.
    private mutating func addEvents(_ events: ResourceMapping.Events, of resource: Template.Resource, into index: Int) {
        guard case .map(let entries, _)? = values[resource.logicalID]?["Events"] else { return }
        for entry in entries {
            guard let type = entry.value["Type"]?.text, let key = events.sources[type],
                let properties = entry.value["Properties"], let source = properties[key]
            else { continue }
            let mode = ["Kinesis", "DynamoDB", "MSK", "SelfManagedKafka"].contains(type) ? "stream" : nil
            for name in source.references.compactMap(componentName(of:)) where name != components[index].name {
                addFlow(Flow(from: name, to: components[index].name, mode: mode, mark: source.mark ?? resource.mark))
            }
            for property in events.properties {
                guard let path = property.from ?? property.component else { continue }
                var value: TemplateValue? = properties
                for key in path.hops.first ?? [] { value = value?[key] }
                guard let value else { continue }
                if property.component != nil {
                    if let target = value.references.compactMap({ componentIndex[$0] }).first {
                        components[index].set(property.name, components[target].name, at: value.mark ?? resource.mark)
                    }
                } else if let text = value.text, let designed = designValue(of: text, by: property) {
                    components[index].set(property.name, designed, at: value.mark ?? resource.mark)
                }
            }
        }
    }

    /// A function allowed to write to a resource (an IAM statement or a SAM policy template) sends data to it.
    private mutating func addWrites(through path: TemplatePath, of resource: Template.Resource, from index: Int) {
        guard let policies = lookup(path, in: resource.logicalID) else { return }
        var written: [(String, Mark)] = []
        func statements(_ value: TemplateValue) {
            switch value {
            case .map(let pairs, _):
                if let actions = value["Action"], value["Effect"]?.text != "Deny" {
                    let names = actions.list?.compactMap(\.text) ?? actions.text.map { [$0] } ?? []
                    if names.contains(where: WriteActions.writes), let target = value["Resource"] {
                        written += target.references.map { ($0, target.mark ?? resource.mark) }
                    }
                    return
                }
                for pair in pairs {
                    if WriteActions.writesByTemplate(pair.key), case .map = pair.value {
                        written += pair.value.references.map { ($0, pair.value.mark ?? resource.mark) }
                    } else {
                        statements(pair.value)
                    }
                }
            case .list(let items, _):
                items.forEach(statements)
            default:
                break
            }
        }
        statements(policies)
        for (id, mark) in written {
            guard let target = componentName(of: id), target != components[index].name else { continue }
            addFlow(Flow(from: components[index].name, to: target, mode: nil, mark: mark))
        }
    }

    private mutating func outcome(
        _ resource: Template.Resource, _ status: ImportedTemplate.Outcome.Status, _ detail: String
    ) {
        outcomes.append(
            ImportedTemplate.Outcome(
                logicalID: resource.logicalID, type: resource.type, status: status, detail: detail, mark: resource.mark)
        )
    }

    // MARK: The design's YAML

    /// The design as the design format's YAML tree, every node at the template position it came from.
    func designNode(name: String, region: String, root: YAMLNode) -> YAMLNode {
        let top = root.mark
        func scalar(_ text: String, _ mark: Mark) -> YAMLNode { YAMLNode(.scalar(YAMLScalar(text)), at: mark) }
        func pair(_ key: String, _ value: YAMLNode, _ mark: Mark) -> YAMLPair {
            YAMLPair(key: scalar(key, mark), value: value)
        }
        var pairs = [
            pair("dataplan", scalar("1", top), top),
            pair("name", scalar(name, top), top),
            pair("region", scalar(region, top), top),
            pair("imported-from", YAMLNode(.scalar(YAMLScalar(template.file, style: .doubleQuoted)), at: top), top),
        ]
        if let description = root["Description"], let text = description.text {
            let line = text.split(separator: "\n").first.map(String.init) ?? text
            pairs.append(
                pair(
                    "description", YAMLNode(.scalar(YAMLScalar(line, style: .doubleQuoted)), at: description.mark),
                    description.mark))
        }
        let componentsMark = root.mapping?.first { $0.key.text == "Resources" }?.key.mark ?? top
        var componentPairs: [YAMLPair] = []
        for component in components {
            var entries = [pair("type", scalar(component.type, component.typeMark), component.typeMark)]
            entries += Self.nested(
                component.properties.map { ($0.path, $0.value, $0.mark) }, scalar: scalar, pair: pair)
            for list in component.lists {
                let items = list.items.map { scalar($0, list.mark) }
                entries.append(pair(list.name, YAMLNode(.sequence(items), at: list.mark), list.mark))
            }
            if !component.tags.isEmpty {
                let tagPairs = component.tags.map {
                    pair($0.key, YAMLNode(.scalar(YAMLScalar($0.value, style: .doubleQuoted)), at: $0.mark), $0.mark)
                }
                entries.append(
                    pair("tags", YAMLNode(.mapping(tagPairs), at: component.tags[0].mark), component.tags[0].mark))
            }
            componentPairs.append(pair(component.name, YAMLNode(.mapping(entries), at: component.mark), component.mark))
        }
        pairs.append(pair("components", YAMLNode(.mapping(componentPairs), at: componentsMark), componentsMark))
        if !flows.isEmpty {
            let items = flows.map { flow -> YAMLNode in
                var entries = [
                    pair("from", scalar(flow.from, flow.mark), flow.mark),
                    pair("to", scalar(flow.to, flow.mark), flow.mark),
                ]
                if let mode = flow.mode { entries.append(pair("mode", scalar(mode, flow.mark), flow.mark)) }
                for property in flow.properties {
                    entries.append(pair(property.name, scalar(property.value, property.mark), property.mark))
                }
                return YAMLNode(.mapping(entries), at: flow.mark)
            }
            pairs.append(pair("flows", YAMLNode(.sequence(items), at: componentsMark), componentsMark))
        }
        return YAMLNode(.mapping(pairs), at: top)
    }

    /// Dotted properties as nested mappings: `encryption.at-rest` and `encryption.in-transit` under one `encryption`.
    private static func nested(
        _ entries: [(path: [String], value: String, mark: Mark)],
        scalar: (String, Mark) -> YAMLNode, pair: (String, YAMLNode, Mark) -> YAMLPair
    ) -> [YAMLPair] {
        var order: [String] = []
        var groups: [String: [(path: [String], value: String, mark: Mark)]] = [:]
        for entry in entries {
            guard let head = entry.path.first else { continue }
            if groups[head] == nil { order.append(head) }
            groups[head, default: []].append((Array(entry.path.dropFirst()), entry.value, entry.mark))
        }
        return order.map { head in
            let group = groups[head]!
            if let leaf = group.first(where: { $0.path.isEmpty }) {
                return pair(head, scalar(leaf.value, leaf.mark), leaf.mark)
            }
            let inner = nested(group, scalar: scalar, pair: pair)
            return pair(head, YAMLNode(.mapping(inner), at: group[0].mark), group[0].mark)
        }
    }
}
