/// A Mermaid flowchart: one subgraph per category, flows labelled with their rates, failure destinations
/// and replication dashed, components coloured by their worst finding.
public enum MermaidDiagram {
    /// How a change marks a component in `diff`'s diagram.
    public enum Change: String, Sendable {
        case added, changed
    }

    /// The flowchart; for `diff`, `changes` marks the head's added and changed components and `removed` names
    /// the base's components the head no longer has, drawn apart and dashed.
    public static func render(
        _ input: DiagramInput, changes: [Int: Change] = [:], removed: [String] = []
    ) -> String {
        var output = "flowchart LR\n"
        for group in input.byCategory {
            output += "  subgraph \(group.category.rawValue)[\"\(group.category.title)\"]\n"
            for index in group.members {
                let mark = changes[index].map { " (\($0.rawValue))" } ?? ""
                output += "    n\(index)[\"\(node(input, index, mark: mark))\"]\n"
            }
            output += "  end\n"
        }
        if !removed.isEmpty {
            output += "  subgraph removed[\"Removed\"]\n"
            for (offset, name) in removed.enumerated() {
                output += "    r\(offset)[\"\(escape(name)) (removed)\"]\n"
            }
            output += "  end\n"
        }
        for link in SVGDiagram.links(input) {
            let arrow = link.dashed ? "-.->" : "-->"
            output +=
                link.label.isEmpty
                ? "  n\(link.from) \(arrow) n\(link.to)\n"
                : "  n\(link.from) \(arrow)|\"\(escape(link.label))\"| n\(link.to)\n"
        }
        for status in ["error", "warning", "info", "clean"] {
            output += "  classDef \(status) fill:\(DiagramInput.fill[status]!),stroke:\(DiagramInput.stroke[status]!)\n"
            let members = input.graph.design.components.indices.filter { input.status(of: $0) == status }
            if !members.isEmpty { output += "  class \(members.map { "n\($0)" }.joined(separator: ",")) \(status)\n" }
        }
        let styles: [(String, String, [String])] = [
            ("added", "stroke-width:3px", changes.filter { $0.value == .added }.keys.sorted().map { "n\($0)" }),
            (
                "changed", "stroke-width:3px,stroke-dasharray:6 3",
                changes.filter { $0.value == .changed }.keys.sorted().map { "n\($0)" }
            ),
            ("removed", "fill:#eeeeee,stroke:#999999,stroke-dasharray:4 4", removed.indices.map { "r\($0)" }),
        ]
        for (name, style, members) in styles where !members.isEmpty {
            output += "  classDef \(name) \(style)\n  class \(members.joined(separator: ",")) \(name)\n"
        }
        return output
    }

    static func node(_ input: DiagramInput, _ index: Int, mark: String = "") -> String {
        let component = input.graph.component(index)
        var text = "\(component.name)\(mark)<br/><small>\(component.type.name)</small>"
        if let cost = input.monthlyCost[index] { text += "<br/>\(cost)" }
        return escape(text)
    }

    /// Mermaid labels are quoted; a quote inside one is written as an entity.
    static func escape(_ text: String) -> String {
        text.replacing(every: "\"", with: "#quot;")
    }
}
