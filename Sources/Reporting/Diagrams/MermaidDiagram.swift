/// A Mermaid flowchart: one subgraph per category, flows labelled with their rates, components
/// coloured by their worst finding.
public enum MermaidDiagram {
    public static func render(_ input: DiagramInput) -> String {
        var output = "flowchart LR\n"
        for group in input.byCategory {
            output += "  subgraph \(group.category.rawValue)[\"\(group.category.title)\"]\n"
            for index in group.members {
                output += "    n\(index)[\"\(node(input, index))\"]\n"
            }
            output += "  end\n"
        }
        for (index, ends) in input.graph.ends.enumerated() {
            let label = input.label(ofFlow: index)
            output +=
                label.isEmpty
                ? "  n\(ends.from) --> n\(ends.to)\n" : "  n\(ends.from) -->|\"\(escape(label))\"| n\(ends.to)\n"
        }
        for status in ["error", "warning", "info", "clean"] {
            output += "  classDef \(status) fill:\(DiagramInput.fill[status]!),stroke:\(DiagramInput.stroke[status]!)\n"
            let members = input.graph.design.components.indices.filter { input.status(of: $0) == status }
            if !members.isEmpty { output += "  class \(members.map { "n\($0)" }.joined(separator: ",")) \(status)\n" }
        }
        return output
    }

    static func node(_ input: DiagramInput, _ index: Int) -> String {
        let component = input.graph.component(index)
        var text = "\(component.name)<br/><small>\(component.type.name)</small>"
        if let cost = input.monthlyCost[index] { text += "<br/>\(cost)" }
        return escape(text)
    }

    /// Mermaid labels are quoted; a quote inside one is written as an entity.
    static func escape(_ text: String) -> String {
        text.replacing(every: "\"", with: "#quot;")
    }
}
