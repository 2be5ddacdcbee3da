import Model

/// An SVG drawn by Dataplan itself, no layout tool needed: components in columns by their depth in
/// the flow graph (longest path from a source), ordered by category within a column; components
/// without flows (account-wide services) in a band below, grouped by category.
public enum SVGDiagram {
    static let boxWidth = 176
    static let boxHeight = 46
    static let columnGap = 84
    static let rowGap = 22
    static let margin = 40
    static let titleHeight = 56

    public static func render(_ input: DiagramInput) -> String {
        let layout = Layout(input)
        var body = ""
        for (index, ends) in input.graph.ends.enumerated() {
            guard let from = layout.position[ends.from], let to = layout.position[ends.to] else { continue }
            body += edge(from: from, to: to, label: input.label(ofFlow: index))
        }
        for (index, point) in layout.position.sorted(by: { $0.key < $1.key }) {
            body += box(input, index, at: point)
        }
        body += layout.bandLabels.map { label in
            "  <text x=\"\(label.x)\" y=\"\(label.y)\" class=\"band\">\(XMLText.escape(label.text))</text>\n"
        }.joined()
        let width = max(layout.width, 560)
        var svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        svg +=
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(layout.height)\" viewBox=\"0 0 "
            + "\(width) \(layout.height)\" font-family=\"Helvetica, Arial, sans-serif\">\n"
        svg += "  <title>\(XMLText.escape(input.graph.design.name))</title>\n"
        svg +=
            "  <defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
            + "markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555555\"/></marker></defs>\n"
        svg +=
            "  <style>.name{font-size:12px;font-weight:bold}.type{font-size:10px;fill:#444444}"
            + ".flow{font-size:9px;fill:#333333}.band{font-size:11px;fill:#666666}"
            + ".title{font-size:16px;font-weight:bold}</style>\n"
        svg += "  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
        svg += "  <text x=\"\(margin)\" y=\"28\" class=\"title\">\(XMLText.escape(input.graph.design.name))</text>\n"
        svg += legend(x: width - margin - 300)
        svg += body
        svg += "</svg>\n"
        return svg
    }

    struct Point: Hashable {
        let x: Int
        let y: Int
    }

    /// Columns by longest path over flows in topological order; flows that close a cycle are ignored.
    struct Layout {
        var position: [Int: Point] = [:]
        var bandLabels: [(x: Int, y: Int, text: String)] = []
        var width = 0
        var height = 0

        init(_ input: DiagramInput) {
            let graph = input.graph
            let count = graph.design.components.count
            var order = [Int](repeating: 0, count: count)
            for (rank, node) in graph.topologicalOrder.enumerated() { order[node] = rank }
            var depth = [Int](repeating: 0, count: count)
            for node in graph.topologicalOrder {
                for flow in graph.incoming[node] where order[graph.ends[flow].from] < order[node] {
                    depth[node] = max(depth[node], depth[graph.ends[flow].from] + 1)
                }
            }
            let connected = (0..<count).filter { !graph.incoming[$0].isEmpty || !graph.outgoing[$0].isEmpty }
            let categoryRank = Dictionary(uniqueKeysWithValues: Category.allCases.enumerated().map { ($1, $0) })
            var columns: [Int: [Int]] = [:]
            for node in connected { columns[depth[node], default: []].append(node) }
            var tallest = 0
            for (column, members) in columns {
                let sorted = members.sorted {
                    (categoryRank[graph.component($0).category]!, $0) < (
                        categoryRank[graph.component($1).category]!, $1
                    )
                }
                for (row, node) in sorted.enumerated() {
                    position[node] = Point(
                        x: margin + column * (boxWidth + columnGap), y: titleHeight + row * (boxHeight + rowGap))
                }
                tallest = max(tallest, sorted.count)
            }
            width = margin * 2 + max(1, columns.count) * (boxWidth + columnGap) - columnGap
            var y = titleHeight + tallest * (boxHeight + rowGap) + 20
            let perRow = max(1, (width - 2 * margin + columnGap) / (boxWidth + columnGap))
            for group in input.byCategory {
                let apart = group.members.filter { graph.incoming[$0].isEmpty && graph.outgoing[$0].isEmpty }
                guard !apart.isEmpty else { continue }
                bandLabels.append((margin, y + 12, group.category.title))
                y += 20
                for (offset, node) in apart.enumerated() {
                    position[node] = Point(
                        x: margin + (offset % perRow) * (boxWidth + columnGap),
                        y: y + (offset / perRow) * (boxHeight + rowGap))
                }
                y += ((apart.count + perRow - 1) / perRow) * (boxHeight + rowGap) + 8
            }
            height = y + margin
        }
    }

    static func box(_ input: DiagramInput, _ index: Int, at point: Point) -> String {
        let component = input.graph.component(index)
        let status = input.status(of: index)
        var text = "  <g>\n"
        text += "    <title>\(XMLText.escape("\(component.name) (\(component.type.title)): \(status)"))</title>\n"
        text +=
            "    <rect x=\"\(point.x)\" y=\"\(point.y)\" width=\"\(boxWidth)\" height=\"\(boxHeight)\" rx=\"8\" "
            + "fill=\"\(DiagramInput.fill[status]!)\" stroke=\"\(DiagramInput.stroke[status]!)\" "
            + "stroke-width=\"1.5\"/>\n"
        text +=
            "    <text x=\"\(point.x + 10)\" y=\"\(point.y + 19)\" "
            + "class=\"name\">\(XMLText.escape(component.name))</text>\n"
        var second = component.type.name
        if let cost = input.monthlyCost[index] { second += " · \(cost)" }
        text +=
            "    <text x=\"\(point.x + 10)\" y=\"\(point.y + 35)\" class=\"type\">\(XMLText.escape(second))</text>\n"
        text += "  </g>\n"
        return text
    }

    static func edge(from: Point, to: Point, label: String) -> String {
        let start = (x: from.x + boxWidth, y: from.y + boxHeight / 2)
        let end = (x: to.x, y: to.y + boxHeight / 2)
        let bend = max(30, abs(end.x - start.x) / 2)
        var path: String
        if end.x > start.x {
            path = "M\(start.x),\(start.y) C\(start.x + bend),\(start.y) \(end.x - bend),\(end.y) \(end.x),\(end.y)"
        } else {
            path =
                "M\(start.x),\(start.y) C\(start.x + 60),\(start.y - 80) \(end.x - 60),\(end.y - 80) \(end.x),\(end.y)"
        }
        var text =
            "  <path d=\"\(path)\" fill=\"none\" stroke=\"#555555\" stroke-width=\"1.2\" marker-end=\"url(#arrow)\"/>\n"
        if !label.isEmpty {
            text +=
                "  <text x=\"\((start.x + end.x) / 2)\" y=\"\((start.y + end.y) / 2 - 4)\" text-anchor=\"middle\" "
                + "class=\"flow\">\(XMLText.escape(label))</text>\n"
        }
        return text
    }

    static func legend(x: Int) -> String {
        var text = ""
        for (offset, status) in ["error", "warning", "info", "clean"].enumerated() {
            let left = x + offset * 75
            text +=
                "  <rect x=\"\(left)\" y=\"16\" width=\"14\" height=\"14\" rx=\"3\" "
                + "fill=\"\(DiagramInput.fill[status]!)\" stroke=\"\(DiagramInput.stroke[status]!)\"/>\n"
            text += "  <text x=\"\(left + 19)\" y=\"27\" class=\"type\">\(status)</text>\n"
        }
        return text
    }
}
