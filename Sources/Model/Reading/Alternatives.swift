import Diagnostics
import YAMLLoader

/// One named variant of a design's workload, as `alternatives:` writes it: the design's own YAML
/// with some components replaced, patched or added, so that it is read, checked and priced as a
/// full design whose errors point at the lines the alternative wrote.
public struct Alternative: Sendable {
    public let name: String
    public let description: String?
    /// The top level of the variant's design, built from the base's nodes and the alternative's.
    public let root: YAMLNode
    public let mark: Mark
}

/// Reads a design's `alternatives` (an extension of the format, docs/design-format.md).
///
/// Under `components`, an entry with a `type` replaces the base component of that name whole (or
/// adds one); an entry without `type` patches it, key by key, a key set to `null` removing the
/// base's; a component set to `null` is removed, with the flows that reach it. Everything else is the base's.
public enum Alternatives {
    public static let keys = ["description", "components"]
    /// At most this many alternatives, and alternatives × components at most `maxReadComponents`:
    /// each alternative is read as a whole design, so a large design with many would take minutes.
    public static let maxCount = 100
    public static let maxReadComponents = 1_000_000

    /// The variants written in `root`'s `alternatives`, in the order written, with every problem of their shape.
    public static func read(_ root: YAMLNode, file: String) -> (alternatives: [Alternative], diagnostics: [Diagnostic])
    {
        var log = DiagnosticLog(file: file)
        guard let top = root.mapping, let pair = top.first(where: { $0.key.scalar?.value == "alternatives" }) else {
            return ([], [])
        }
        guard let entries = pair.value.mapping else {
            log.error(
                "`alternatives` must be a mapping of name to {description, components}; found "
                    + "\(pair.value.kindDescription)",
                at: pair.value.mark)
            return ([], log.diagnostics)
        }
        let components = top.first { $0.key.scalar?.value == "components" }?.value.mapping?.count ?? 0
        guard entries.count <= maxCount, entries.count * max(components, 1) <= maxReadComponents else {
            log.error(
                "\(entries.count) alternatives of a design of \(components) components is over the limit (at most "
                    + "\(maxCount), and at most \(maxReadComponents) components read in all)",
                at: pair.key.mark)
            return ([], log.diagnostics)
        }
        var alternatives: [Alternative] = []
        var seen: Set<String> = []
        for entry in entries {
            guard let name = entry.key.scalar?.value, DesignNames.isValid(name) else {
                log.error("an alternative's name must be lowercase letters, digits and '-'", at: entry.key.mark)
                continue
            }
            if name == "base" {
                log.error("'base' names the design as written; call the alternative something else", at: entry.key.mark)
                continue
            }
            guard seen.insert(name).inserted else {
                log.error("alternative '\(name)' is written twice", at: entry.key.mark)
                continue
            }
            guard let fields = entry.value.fields(allowed: keys, context: "alternative '\(name)'", log: &log) else {
                continue
            }
            let description = fields["description"]?.value.scalar?.value
            guard let changes = fields["components"] else {
                log.error(
                    "alternative '\(name)' needs `components`: the components it replaces, patches or adds",
                    at: entry.key.mark)
                continue
            }
            guard let changed = changes.value.mapping else {
                log.error(
                    "`components` of alternative '\(name)' must be a mapping of component name to definition; found "
                        + "\(changes.value.kindDescription)",
                    at: changes.value.mark)
                continue
            }
            var valid = true
            for change in changed where change.value.mapping == nil && change.value.scalar?.isNull != true {
                log.error(
                    "component '\(change.key.scalar?.value ?? "?")' of alternative '\(name)' must be a mapping: a "
                        + "full definition with `type`, the properties it changes, or `null` to remove it",
                    at: change.value.mark)
                valid = false
            }
            guard valid else { continue }
            alternatives.append(
                Alternative(
                    name: name, description: description, root: variantRoot(root, changes: changed),
                    mark: entry.key.mark))
        }
        return (alternatives, log.diagnostics)
    }

    /// The base's top level without `alternatives`, its components changed as the alternative says.
    static func variantRoot(_ root: YAMLNode, changes: [YAMLPair]) -> YAMLNode {
        var top = (root.mapping ?? []).filter { $0.key.scalar?.value != "alternatives" }
        guard let index = top.firstIndex(where: { $0.key.scalar?.value == "components" }),
            var components = top[index].value.mapping
        else {
            return YAMLNode(.mapping(top), at: root.mark, coreTag: root.coreTag)
        }
        var removed: Set<String> = []
        for change in changes {
            let name = change.key.scalar?.value
            if change.value.scalar?.isNull == true, let name {
                removed.insert(name)
                components.removeAll { $0.key.scalar?.value == name }
                continue
            }
            let replaces = change.value.mapping?.contains { $0.key.scalar?.value == "type" } ?? false
            guard let position = components.firstIndex(where: { $0.key.scalar?.value == name }) else {
                components.append(change)
                continue
            }
            if replaces {
                components[position] = change
            } else {
                components[position].value = patched(components[position].value, with: change.value.mapping ?? [])
            }
        }
        top[index].value = YAMLNode(.mapping(components), at: top[index].value.mark, coreTag: top[index].value.coreTag)
        if !removed.isEmpty, let flows = top.firstIndex(where: { $0.key.scalar?.value == "flows" }),
            let entries = top[flows].value.sequence
        {
            let kept = entries.flatMap { flowsAvoiding(removed, in: $0) }
            top[flows].value = YAMLNode(.sequence(kept), at: top[flows].value.mark, coreTag: top[flows].value.coreTag)
        }
        return YAMLNode(.mapping(top), at: root.mark, coreTag: root.coreTag)
    }

    /// A flow entry without the components an alternative removed: a chain `a -> b -> c` without `b` becomes
    /// nothing (no two neighbours remain), `a -> b -> c -> d` without `c` becomes `a -> b`; a mapping loses the
    /// removed targets, or goes when its source or every target is removed.
    static func flowsAvoiding(_ removed: Set<String>, in entry: YAMLNode) -> [YAMLNode] {
        if let chain = entry.scalar {
            let names = chain.value.components(separatedBy: "->").map { $0.trimmingSpaces }
            guard names.contains(where: removed.contains) else { return [entry] }
            var runs: [[String]] = [[]]
            for name in names {
                if removed.contains(name) { runs.append([]) } else { runs[runs.count - 1].append(name) }
            }
            return runs.filter { $0.count >= 2 }.map { run in
                YAMLNode(
                    .scalar(YAMLScalar(run.joined(separator: " -> "), style: .plain)), at: entry.mark,
                    coreTag: entry.coreTag)
            }
        }
        guard var pairs = entry.mapping else { return [entry] }
        if let from = pairs.first(where: { $0.key.scalar?.value == "from" })?.value.scalar?.value,
            removed.contains(from)
        {
            return []
        }
        guard let to = pairs.firstIndex(where: { $0.key.scalar?.value == "to" }) else { return [entry] }
        if let target = pairs[to].value.scalar?.value {
            return removed.contains(target) ? [] : [entry]
        }
        guard let targets = pairs[to].value.sequence else { return [entry] }
        let kept = targets.filter { !removed.contains($0.scalar?.value ?? "") }
        guard !kept.isEmpty else { return [] }
        pairs[to].value = YAMLNode(.sequence(kept), at: pairs[to].value.mark, coreTag: pairs[to].value.coreTag)
        return [YAMLNode(.mapping(pairs), at: entry.mark, coreTag: entry.coreTag)]
    }

    /// The base component's mapping with each patched key's pair replaced by the alternative's, new
    /// keys appended, and keys patched to `null` removed.
    static func patched(_ base: YAMLNode, with patch: [YAMLPair]) -> YAMLNode {
        var pairs = base.mapping ?? []
        for change in patch {
            if change.value.scalar?.isNull == true {
                pairs.removeAll { $0.key.scalar?.value == change.key.scalar?.value }
            } else if let position = pairs.firstIndex(where: { $0.key.scalar?.value == change.key.scalar?.value }) {
                pairs[position] = change
            } else {
                pairs.append(change)
            }
        }
        return YAMLNode(.mapping(pairs), at: base.mark, coreTag: base.coreTag)
    }
}
