import Diagnostics
import YAMLLoader

/// What a template cannot say, added from a file beside it (`TEMPLATE.dataplan.yml`): rates, usage,
/// requirements and suppressions, keyed by logical ID.
///
/// The overlay's entries are placed at the template position of what they add to (the resource, or
/// `Resources`), so that every finding and error names the template's own file.
public enum TemplateOverlay {
    static let topLevelKeys: Set<String> = [
        "dataplan-overlay", "requirements", "tags", "suppress", "resources", "flows", "components",
    ]

    /// The design with the overlay applied; problems in the overlay's shape are errors at the overlay's
    /// position, named with `overlayFile`.
    static func apply(
        _ overlay: YAMLNode, to design: YAMLNode, origins: [String: (logicalID: String, type: String)],
        overlayFile: String, log: inout DiagnosticLog
    ) -> YAMLNode {
        guard var top = design.mapping, let pairs = overlay.mapping else {
            log.error("overlay \(overlayFile): expected a mapping", at: design.mark)
            return design
        }
        let componentsIndex = top.firstIndex { $0.key.scalar?.value == "components" }
        let anchor = componentsIndex.map { top[$0].key.mark } ?? design.mark
        var nameOfLogicalID: [String: String] = [:]
        for (name, origin) in origins { nameOfLogicalID[origin.logicalID] = name }
        func name(_ reference: String) -> String { nameOfLogicalID[reference] ?? reference }

        for pair in pairs {
            let key = pair.key.scalar?.value ?? ""
            guard topLevelKeys.contains(key) else {
                log.error(
                    "overlay \(overlayFile):\(pair.key.mark.line):\(pair.key.mark.column): unknown key '\(key)' "
                        + "(expected \(topLevelKeys.sorted().joined(separator: ", ")))", at: anchor)
                continue
            }
            switch key {
            case "requirements", "tags", "suppress":
                top.removeAll { $0.key.scalar?.value == key }
                top.append(YAMLPair(key: placed(pair.key, at: anchor), value: placed(pair.value, at: anchor)))
            case "resources", "components":
                guard let componentsIndex, var components = top[componentsIndex].value.mapping else { continue }
                for entry in pair.value.mapping ?? [] {
                    let reference = entry.key.scalar?.value ?? ""
                    if let index = components.firstIndex(where: { $0.key.scalar?.value == name(reference) }) {
                        let mark = components[index].key.mark
                        var properties = components[index].value.mapping ?? []
                        for property in entry.value.mapping ?? [] {
                            let propertyName = property.key.scalar?.value
                            properties.removeAll { $0.key.scalar?.value == propertyName }
                            properties.append(
                                YAMLPair(key: placed(property.key, at: mark), value: placed(property.value, at: mark)))
                        }
                        components[index].value = YAMLNode(.mapping(properties), at: components[index].value.mark)
                    } else if key == "components" {
                        components.append(
                            YAMLPair(key: placed(entry.key, at: anchor), value: placed(entry.value, at: anchor)))
                    } else {
                        log.error(
                            "overlay \(overlayFile):\(entry.key.mark.line):\(entry.key.mark.column): '\(reference)' "
                                + "is no component of the template (resources are named by logical ID)", at: anchor)
                    }
                }
                top[componentsIndex].value = YAMLNode(.mapping(components), at: top[componentsIndex].value.mark)
            case "flows":
                top = applyFlows(pair.value, to: top, anchor: anchor, name: name)
            default:
                break
            }
        }
        return YAMLNode(.mapping(top), at: design.mark)
    }

    /// An overlay flow adds its figures to the template's flow between the same components, or is a new flow.
    private static func applyFlows(
        _ overlayFlows: YAMLNode, to top: [YAMLPair], anchor: Mark, name: (String) -> String
    ) -> [YAMLPair] {
        var top = top
        var flowsIndex = top.firstIndex { $0.key.scalar?.value == "flows" }
        if flowsIndex == nil {
            top.append(
                YAMLPair(
                    key: YAMLNode(.scalar(YAMLScalar("flows")), at: anchor), value: YAMLNode(.sequence([]), at: anchor))
            )
            flowsIndex = top.count - 1
        }
        guard let flowsIndex else { return top }
        var flows = top[flowsIndex].value.sequence ?? []
        for flow in overlayFlows.sequence ?? [] {
            guard let entries = flow.mapping else { continue }
            var renamed = entries.map { entry -> YAMLPair in
                let key = entry.key.scalar?.value
                guard key == "from" || key == "to", let text = entry.value.scalar?.value else { return entry }
                return YAMLPair(key: entry.key, value: YAMLNode(.scalar(YAMLScalar(name(text))), at: entry.value.mark))
            }
            let from = renamed.first { $0.key.scalar?.value == "from" }?.value.scalar?.value
            let to = renamed.first { $0.key.scalar?.value == "to" }?.value.scalar?.value
            if let index = flows.firstIndex(where: { $0["from"]?.text == from && $0["to"]?.text == to }) {
                let mark = flows[index].mark
                var existing = flows[index].mapping ?? []
                for entry in renamed where !["from", "to"].contains(entry.key.scalar?.value ?? "") {
                    existing.removeAll { $0.key.scalar?.value == entry.key.scalar?.value }
                    existing.append(YAMLPair(key: placed(entry.key, at: mark), value: placed(entry.value, at: mark)))
                }
                flows[index] = YAMLNode(.mapping(existing), at: mark)
            } else {
                renamed = renamed.map { YAMLPair(key: placed($0.key, at: anchor), value: placed($0.value, at: anchor)) }
                flows.append(YAMLNode(.mapping(renamed), at: anchor))
            }
        }
        top[flowsIndex].value = YAMLNode(.sequence(flows), at: top[flowsIndex].value.mark)
        return top
    }

    /// A copy of the node with every mark moved to `mark`: the overlay's lines mean nothing in the template.
    static func placed(_ node: YAMLNode, at mark: Mark) -> YAMLNode {
        switch node.content {
        case .scalar:
            return YAMLNode(node.content, at: mark, coreTag: node.coreTag)
        case .sequence(let items):
            return YAMLNode(.sequence(items.map { placed($0, at: mark) }), at: mark, coreTag: node.coreTag)
        case .mapping(let pairs):
            let moved = pairs.map { YAMLPair(key: placed($0.key, at: mark), value: placed($0.value, at: mark)) }
            return YAMLNode(.mapping(moved), at: mark, coreTag: node.coreTag)
        }
    }
}
