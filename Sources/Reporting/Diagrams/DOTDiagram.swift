/// A Graphviz DOT digraph: one cluster per category, flows labelled with their rates, failure destinations
/// and replication dashed, components filled by their worst finding. Render with `dot -Tsvg`.
public enum DOTDiagram {
    public static func render(_ input: DiagramInput) -> String {
        var output = "digraph \(quote(input.graph.design.name)) {\n"
        output += "  rankdir=LR;\n  fontname=\"Helvetica\";\n"
        output += "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=11];\n"
        output += "  edge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\"];\n"
        for group in input.byCategory {
            output += "  subgraph cluster_\(group.category.rawValue) {\n"
            output += "    label=\(quote(group.category.title)); style=dashed; color=\"#999999\";\n"
            for index in group.members {
                let component = input.graph.component(index)
                let status = input.status(of: index)
                var label = "\(component.name)\n\(component.type.name)"
                if let cost = input.monthlyCost[index] { label += "\n\(cost)" }
                output +=
                    "    n\(index) [label=\(quote(label)), fillcolor=\"\(DiagramInput.fill[status]!)\", "
                    + "color=\"\(DiagramInput.stroke[status]!)\"];\n"
            }
            output += "  }\n"
        }
        for link in SVGDiagram.links(input) {
            var attributes = link.label.isEmpty ? [] : ["label=\(quote(link.label))"]
            if link.dashed { attributes.append("style=dashed") }
            output +=
                "  n\(link.from) -> n\(link.to)"
                + (attributes.isEmpty ? ";\n" : " [\(attributes.joined(separator: ", "))];\n")
        }
        output += "}\n"
        return output
    }

    /// A DOT string literal: quotes and backslashes escaped, newlines as `\n`.
    static func quote(_ text: String) -> String {
        "\""
            + text.replacing(every: "\\", with: "\\\\").replacing(every: "\"", with: "\\\"")
            .replacing(every: "\n", with: "\\n") + "\""
    }
}
