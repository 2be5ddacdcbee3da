import Foundation
import YAMLLoader

/// A design made of copies of the bundled samples: every copy's components and flows as the sample
/// writes them, renamed `pN-name` (and every reference to them), then flows that join a copy's
/// components to components of the same types in later copies (the next one of the type, then the
/// one after, ...; never an earlier one, so that no cycle forms), with the original flow's
/// attributes (but a rate of their own), until there are twice as many flows as components.
/// Alternatives are left out; the header is the first
/// sample's without its requirements (each sample's own goals, such as latency, do not hold for the
/// others), and so are suppressions of the rules that enforce them.
struct SampleMixDesign {
    /// A sample read into its parts.
    struct Sample {
        var header: [YAMLPair]
        var components: [YAMLPair]
        var flows: [YAMLNode]
        var names: Set<String>
        /// Each component's type.
        var types: [String: String]
    }

    let samples: [Sample]

    /// Reads the samples in `folder`; nil when there are none.
    init?(folder: String) {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter {
            $0.hasSuffix(".yaml")
        }.sorted()
        var samples: [Sample] = []
        for file in files {
            guard let bytes = FileManager.default.contents(atPath: "\(folder)/\(file)"),
                let root = YAMLLoader().load(Array(bytes), file: file).root?.mapping
            else { continue }
            let components = (root.first { $0.key.scalar?.value == "components" }?.value.mapping ?? []).map(
                Self.withoutRequirementSuppressions)
            let flows = root.first { $0.key.scalar?.value == "flows" }?.value.sequence ?? []
            let header = root.filter {
                !["components", "flows", "alternatives", "name", "requirements", "description"].contains(
                    $0.key.scalar?.value ?? "")
            }
            var types: [String: String] = [:]
            for component in components {
                types[component.key.scalar?.value ?? ""] =
                    component.value.mapping?.first { $0.key.scalar?.value == "type" }?.value.scalar?.value
            }
            samples.append(
                Sample(header: header, components: components, flows: flows, names: Set(types.keys), types: types))
        }
        guard !samples.isEmpty else { return nil }
        self.samples = samples
    }

    /// Rules that hold a design to its requirements: the latency goal (PERF-005, PERF-006) and the
    /// recovery point (REL-015).
    static let requirementRules: Set<String> = ["PERF-005", "PERF-006", "REL-015"]

    /// Suppressions of the requirement rules go with the samples' requirements, which the mix does not have.
    static func withoutRequirementSuppressions(_ component: YAMLPair) -> YAMLPair {
        guard case .mapping(let properties) = component.value.content else { return component }
        var kept: [YAMLPair] = []
        for property in properties {
            guard property.key.scalar?.value == "suppress", case .mapping(let rules) = property.value.content else {
                kept.append(property)
                continue
            }
            let others = rules.filter { !Self.requirementRules.contains($0.key.scalar?.value ?? "") }
            if !others.isEmpty {
                kept.append(YAMLPair(key: property.key, value: YAMLNode(.mapping(others), at: property.value.mark)))
            }
        }
        return YAMLPair(key: component.key, value: YAMLNode(.mapping(kept), at: component.value.mark))
    }

    /// The component without the properties (`on-failure`, `replication`) that name one of
    /// `absent`: the last copy of a sample may stop before the components they name.
    static func withoutReferences(in component: YAMLPair, toAnyOf absent: Set<String>) -> YAMLPair {
        guard case .mapping(let properties) = component.value.content else { return component }
        let kept = properties.filter { property in
            guard ["on-failure", "replication"].contains(property.key.scalar?.value ?? "") else { return true }
            let named =
                property.value.scalar.map { [$0.value] }
                ?? (property.value.mapping?.first { $0.key.scalar?.value == "to" }?.value).map { to in
                    to.sequence?.compactMap(\.scalar?.value) ?? to.scalar.map { [$0.value] } ?? []
                } ?? []
            return absent.isDisjoint(with: named)
        }
        return YAMLPair(key: component.key, value: YAMLNode(.mapping(kept), at: component.value.mark))
    }

    /// The design's text, with `count` components.
    func text(components count: Int) -> String {
        var writer = BlockWriter()
        writer.line("name: generated")
        for pair in samples[0].header { writer.pair(pair, indent: 0, rename: .none) }
        writer.line("components:")
        var copies: [(sample: Int, present: Set<String>)] = []
        var namesByType: [String: [String]] = [:]
        var rankInType: [String: Int] = [:]
        var written = 0
        while written < count {
            let copy = copies.count, sample = copy % samples.count
            let included = samples[sample].components.prefix(count - written)
            let present = Set(included.map { $0.key.scalar?.value ?? "" })
            for var pair in included {
                let name = pair.key.scalar?.value ?? ""
                if present.count < samples[sample].names.count {
                    pair = Self.withoutReferences(in: pair, toAnyOf: samples[sample].names.subtracting(present))
                }
                writer.pair(
                    pair, indent: 2, renamingKey: true,
                    rename: Renaming(prefix: "p\(copy)-", names: samples[sample].names))
                let type = samples[sample].types[name, default: ""]
                rankInType["p\(copy)-\(name)"] = namesByType[type, default: []].count
                namesByType[type, default: []].append("p\(copy)-\(name)")
                written += 1
            }
            copies.append((sample, present))
        }
        writer.line("flows:")
        var flows = 0
        for (copy, (sample, present)) in copies.enumerated() {
            for flow in samples[sample].flows {
                let edges = Self.edges(of: flow)
                guard edges.allSatisfy({ present.contains($0.from) && present.contains($0.to) }) else { continue }
                writer.item(
                    flow, indent: 2, referencing: true,
                    rename: Renaming(prefix: "p\(copy)-", names: samples[sample].names))
                flows += edges.count
            }
        }
        let widest = namesByType.values.map(\.count).max() ?? 0
        var joined = Set<String>()
        var distance = 1
        while flows < 2 * count && distance < widest {
            for (copy, (sample, present)) in copies.enumerated() where flows < 2 * count {
                for flow in samples[sample].flows where flows < 2 * count {
                    for (from, to) in Self.edges(of: flow)
                    where flows < 2 * count && present.contains(from) && present.contains(to) {
                        let peers = namesByType[samples[sample].types[to, default: ""], default: []]
                        guard let rank = rankInType["p\(copy)-\(to)"], rank + distance < peers.count else { continue }
                        let target = peers[rank + distance], source = "p\(copy)-\(from)"
                        guard !target.hasPrefix("p\(copy)-"), joined.insert("\(source) \(target)").inserted else {
                            continue
                        }
                        writer.rejoined(flow, from: source, to: target)
                        flows += 1
                    }
                }
            }
            distance += 1
        }
        if flows == 0 { writer.line("  []") }
        return writer.text
    }

    /// A flow entry's edges: a chain `a -> b -> c` or `{from, to}` with one or many targets.
    static func edges(of flow: YAMLNode) -> [(from: String, to: String)] {
        if let chain = flow.scalar?.value {
            let names = chain.components(separatedBy: "->").map { $0.trimmingCharacters(in: .whitespaces) }
            return zip(names, names.dropFirst()).map { ($0, $1) }
        }
        guard let pairs = flow.mapping else { return [] }
        let from = pairs.first { $0.key.scalar?.value == "from" }?.value
        let to = pairs.first { $0.key.scalar?.value == "to" }?.value
        let sources = from?.sequence?.compactMap(\.scalar?.value) ?? from?.scalar.map { [$0.value] } ?? []
        let targets = to?.sequence?.compactMap(\.scalar?.value) ?? to?.scalar.map { [$0.value] } ?? []
        return sources.flatMap { source in targets.map { (source, $0) } }
    }
}

/// Gives the components of one copy of a sample their new names.
struct Renaming {
    /// Renames nothing.
    static let none = Renaming(prefix: "", names: [])

    var prefix: String
    var names: Set<String>

    func apply(_ name: String) -> String {
        names.contains(name) ? prefix + name : name
    }
}

/// Writes YAML nodes back as block-style text, renaming the component names that references hold
/// (`on-failure`, `from`, `to`, flow chains).
struct BlockWriter {
    private(set) var text = ""
    private static let referenceKeys: Set<String> = ["on-failure", "from", "to"]

    mutating func line(_ line: String) {
        text += line
        text += "\n"
    }

    /// Writes `pair`; a component's key is renamed too (`renamingKey`).
    mutating func pair(_ pair: YAMLPair, indent: Int, renamingKey: Bool = false, rename: Renaming) {
        let key = pair.key.scalar ?? YAMLScalar("")
        let prefix =
            String(repeating: " ", count: indent) + Self.scalarText(key, rename: renamingKey ? rename : nil) + ":"
        value(
            pair.value, after: prefix, indent: indent, rename: rename,
            referencing: Self.referenceKeys.contains(key.value))
    }

    /// Writes a list item; `referencing` when the item names components (a flow chain, a `to` list).
    mutating func item(_ node: YAMLNode, indent: Int, referencing: Bool, rename: Renaming) {
        let dash = String(repeating: " ", count: indent) + "-"
        switch node.content {
        case .mapping(let pairs) where !pairs.isEmpty:
            let key = pairs[0].key.scalar ?? YAMLScalar("")
            let first = Self.referenceKeys.contains(key.value)
            line(
                dash + " " + Self.scalarText(key, rename: nil) + ": "
                    + Self.flowText(pairs[0].value, rename: first ? rename : nil))
            for pair in pairs.dropFirst() { self.pair(pair, indent: indent + 2, rename: rename) }
        default:
            value(node, after: dash, indent: indent, rename: rename, referencing: referencing)
        }
    }

    /// One edge of `flow`, between other ends, with the flow's other attributes and a stated rate of
    /// its own (100 records of 1 KB a second): a rate carried over from upstream would compound
    /// along the copies, as nothing real does.
    mutating func rejoined(_ flow: YAMLNode, from: String, to: String) {
        line("  - from: \(from)")
        line("    to: \(to)")
        line("    rate: 100/s")
        line("    record-size: 1KB")
        for pair in flow.mapping ?? [] where !Self.rejoinedKeys.contains(pair.key.scalar?.value ?? "") {
            self.pair(pair, indent: 4, rename: .none)
        }
    }

    /// What a rejoined flow does not take from the flow it copies.
    private static let rejoinedKeys: Set<String> = ["from", "to", "rate", "record-size", "volume"]

    private mutating func value(
        _ node: YAMLNode, after prefix: String, indent: Int, rename: Renaming, referencing: Bool
    ) {
        switch node.content {
        case .scalar(let scalar):
            line(prefix + " " + Self.scalarText(scalar, rename: referencing ? rename : nil))
        case .mapping(let pairs) where !pairs.isEmpty && prefix.hasSuffix(":"):
            line(prefix)
            for pair in pairs { self.pair(pair, indent: indent + 2, rename: rename) }
        case .sequence(let items) where !items.isEmpty && prefix.hasSuffix(":"):
            line(prefix)
            for item in items { self.item(item, indent: indent + 2, referencing: referencing, rename: rename) }
        default:
            line(prefix + " " + Self.flowText(node, rename: referencing ? rename : nil))
        }
    }

    /// A node in flow style (`{a: b}`, `[a, b]`), quoting scalars that flow style would misread.
    static func flowText(_ node: YAMLNode, rename: Renaming?) -> String {
        switch node.content {
        case .scalar(let scalar):
            let text = scalarText(scalar, rename: rename)
            return scalar.style == .plain && text.contains(where: { ",[]{}".contains($0) }) ? quoted(text) : text
        case .sequence(let items):
            return "[" + items.map { flowText($0, rename: rename) }.joined(separator: ", ") + "]"
        case .mapping(let pairs):
            return "{"
                + pairs.map { pair in
                    let key = pair.key.scalar?.value ?? ""
                    return flowText(pair.key, rename: nil) + ": "
                        + flowText(pair.value, rename: referenceKeys.contains(key) ? rename : nil)
                }.joined(separator: ", ") + "}"
        }
    }

    /// A scalar as written, its component names renamed when `rename` is given.
    static func scalarText(_ scalar: YAMLScalar, rename: Renaming?) -> String {
        var value = scalar.value
        if let rename {
            value =
                value.contains("->")
                ? value.components(separatedBy: "->").map { rename.apply($0.trimmingCharacters(in: .whitespaces)) }
                    .joined(separator: " -> ")
                : rename.apply(value)
        }
        return scalar.style == .plain ? value : quoted(value)
    }

    static func quoted(_ text: String) -> String {
        "\""
            + text.replacing(every: "\\", with: "\\\\").replacing(every: "\"", with: "\\\"")
            .replacing(every: "\n", with: "\\n") + "\""
    }
}
