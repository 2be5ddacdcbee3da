import Model

/// An SVG drawn by Dataplan itself, no layout tool needed: the components joined by flows, failure
/// destinations and replication laid out in ranks (`LayeredLayout`), each flow labelled with what it carries;
/// components with no such link (account-wide services) in a band below, grouped by category.
public enum SVGDiagram {
    static let minimumBoxWidth = 150.0
    static let boxHeight = 46.0
    static let margin = 40.0
    static let titleHeight = 56.0
    static let labelSize = 9.0

    /// A link the diagram draws: a flow, or a dashed failure destination or replication.
    struct Link {
        let from: Int
        let to: Int
        let label: String
        let dashed: Bool
    }

    public static func render(_ input: DiagramInput) -> String {
        render(input, drawing: Drawing(input))
    }

    static func render(_ input: DiagramInput, drawing: Drawing) -> String {
        var body = ""
        for (index, link) in drawing.links.enumerated() {
            let title = "\(input.graph.component(link.from).name) -> \(input.graph.component(link.to).name)"
            body += "  <g class=\"edge\">\n    <title>\(XMLText.escape(title))</title>\n"
            body += edge(
                drawing.layout.routes[index], label: link.label, box: drawing.layout.labels[index], dashed: link.dashed)
            body += "  </g>\n"
        }
        for (index, rect) in drawing.boxes.sorted(by: { $0.key < $1.key }) {
            body += box(input, index, in: rect)
        }
        body += drawing.bandLabels.map { label in
            "  <text x=\"\(n(label.x))\" y=\"\(n(label.y))\" class=\"band\">\(XMLText.escape(label.text))</text>\n"
        }.joined()
        let width = n(max(drawing.width, 560))
        let height = n(drawing.height)
        var svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        svg +=
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 "
            + "\(width) \(height)\" font-family=\"Helvetica, Arial, sans-serif\">\n"
        svg += "  <title>\(XMLText.escape(input.graph.design.name))</title>\n"
        svg +=
            "  <defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
            + "markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555555\"/></marker></defs>\n"
        svg +=
            "  <style>.name{font-size:12px;font-weight:bold}.type{font-size:10px;fill:#444444}"
            + ".flow{font-size:9px;fill:#333333}.band{font-size:11px;fill:#666666}"
            + ".title{font-size:16px;font-weight:bold}</style>\n"
        svg += "  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
        svg += "  <text x=\"\(n(margin))\" y=\"28\" class=\"title\">\(XMLText.escape(input.graph.design.name))</text>\n"
        svg += legend(x: Int(max(drawing.width, 560) - margin - 300))
        svg += body
        svg += "</svg>\n"
        return svg
    }

    /// A coordinate as SVG writes it: whole numbers without a fraction, others to a tenth.
    static func n(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(tenths / 10)
    }

    /// The links a design draws between its components, in a fixed order: flows, then failure destinations,
    /// then replication.
    static func links(_ input: DiagramInput) -> [Link] {
        let graph = input.graph
        var links = graph.ends.enumerated().map { index, ends in
            Link(from: ends.from, to: ends.to, label: input.label(ofFlow: index), dashed: false)
        }
        for (index, component) in graph.design.components.enumerated() {
            if let name = component.properties["on-failure"]?.value.string, let target = graph.design.index(of: name) {
                links.append(Link(from: index, to: target, label: "on failure", dashed: true))
            }
            let replication = component.properties["replication"]?.value.object?["to"]
            for target in replication.map({ $0.value.list ?? [$0] }) ?? [] {
                if let name = target.value.string, let to = graph.design.index(of: name) {
                    links.append(Link(from: index, to: to, label: "replication", dashed: true))
                }
            }
        }
        return links
    }

    /// Every box, link and band of one diagram.
    struct Drawing {
        let links: [Link]
        let layout: LayeredLayout
        /// Each component's box, by component index.
        var boxes: [Int: LayeredLayout.Rect] = [:]
        var bandLabels: [(x: Double, y: Double, text: String)] = []
        var width = 0.0
        var height = 0.0

        init(_ input: DiagramInput) {
            let graph = input.graph
            links = SVGDiagram.links(input)
            var linked = Set<Int>()
            for link in links { linked.formUnion([link.from, link.to]) }
            // The laid-out nodes, in the categories' order so that the first ordering reads as the services map.
            let categoryRank = Dictionary(uniqueKeysWithValues: Category.allCases.enumerated().map { ($1, $0) })
            let nodes = linked.sorted {
                (categoryRank[graph.component($0).category]!, $0) < (categoryRank[graph.component($1).category]!, $1)
            }
            var slot = [Int: Int]()
            for (position, node) in nodes.enumerated() { slot[node] = position }
            let sizes = nodes.map {
                LayeredLayout.Size(width: SVGDiagram.boxWidth(input, $0), height: SVGDiagram.boxHeight)
            }
            let edges = links.map { link in
                LayeredLayout.Edge(
                    from: slot[link.from]!, to: slot[link.to]!,
                    label: LayeredLayout.Size(
                        width: link.label.isEmpty ? 2 : TextWidth.of(link.label, size: SVGDiagram.labelSize) + 6,
                        height: link.label.isEmpty ? 2 : 14),
                    primary: !link.dashed)
            }
            layout = LayeredLayout(sizes: sizes, edges: edges, origin: .init(x: margin, y: titleHeight))
            for (position, node) in nodes.enumerated() { boxes[node] = layout.boxes[position] }
            width = margin * 2 + layout.width
            var y = titleHeight + layout.height + (nodes.isEmpty ? 0 : 28)
            // Components without links, in their categories' bands, as many to a row as the width holds.
            let rowWidth = max(width, 560) - 2 * margin
            for group in input.byCategory {
                let apart = group.members.filter { !linked.contains($0) }
                guard !apart.isEmpty else { continue }
                bandLabels.append((margin, y + 12, group.category.title))
                y += 20
                var x = margin
                for node in apart {
                    let boxWidth = SVGDiagram.boxWidth(input, node)
                    if x > margin && x - margin + boxWidth > rowWidth {
                        x = margin
                        y += boxHeight + LayeredLayout.nodeGap
                    }
                    boxes[node] = LayeredLayout.Rect(x: x, y: y, width: boxWidth, height: boxHeight)
                    x += boxWidth + LayeredLayout.rankGap
                }
                y += boxHeight + 16
            }
            // Whole pixels: HTML reads an SVG's width and height as integers.
            width = width.rounded(.up)
            height = (y + margin).rounded(.up)
        }
    }

    /// Wide enough for the component's name and its second line (type, and cost with `--cost`).
    static func boxWidth(_ input: DiagramInput, _ index: Int) -> Double {
        let component = input.graph.component(index)
        let name = TextWidth.of(component.name, size: 12, bold: true)
        let second = TextWidth.of(secondLine(input, index), size: 10)
        return max(minimumBoxWidth, max(name, second) + 20)
    }

    static func secondLine(_ input: DiagramInput, _ index: Int) -> String {
        var second = input.graph.component(index).type.name
        if let cost = input.monthlyCost[index] { second += " · \(cost)" }
        return second
    }

    static func box(_ input: DiagramInput, _ index: Int, in rect: LayeredLayout.Rect) -> String {
        let component = input.graph.component(index)
        let status = input.status(of: index)
        var text = "  <g class=\"node\">\n"
        text += "    <title>\(XMLText.escape("\(component.name) (\(component.type.title)): \(status)"))</title>\n"
        text +=
            "    <rect x=\"\(n(rect.x))\" y=\"\(n(rect.y))\" width=\"\(n(rect.width))\" height=\"\(n(rect.height))\" "
            + "rx=\"8\" fill=\"\(DiagramInput.fill[status]!)\" stroke=\"\(DiagramInput.stroke[status]!)\" "
            + "stroke-width=\"1.5\"/>\n"
        text +=
            "    <text x=\"\(n(rect.x + 10))\" y=\"\(n(rect.y + 19))\" "
            + "class=\"name\">\(XMLText.escape(component.name))</text>\n"
        text +=
            "    <text x=\"\(n(rect.x + 10))\" y=\"\(n(rect.y + 35))\" "
            + "class=\"type\">\(XMLText.escape(secondLine(input, index)))</text>\n"
        text += "  </g>\n"
        return text
    }

    /// An edge along its route: straight inside a rank, a curve with level ends across each gap between ranks.
    static func edge(_ route: [LayeredLayout.Point], label: String, box: LayeredLayout.Rect, dashed: Bool) -> String {
        guard let first = route.first else { return "" }
        var path = "M\(n(first.x)),\(n(first.y))"
        for (from, to) in zip(route, route.dropFirst()) {
            if from.y == to.y {
                path += " L\(n(to.x)),\(n(to.y))"
            } else {
                let middle = (from.x + to.x) / 2
                path += " C\(n(middle)),\(n(from.y)) \(n(middle)),\(n(to.y)) \(n(to.x)),\(n(to.y))"
            }
        }
        let dash = dashed ? " stroke-dasharray=\"5,4\"" : ""
        var text =
            "    <path d=\"\(path)\" fill=\"none\" stroke=\"#555555\" stroke-width=\"1.2\"\(dash) "
            + "marker-end=\"url(#arrow)\"/>\n"
        if !label.isEmpty {
            text +=
                "    <text x=\"\(n(box.x + box.width / 2))\" y=\"\(n(box.maxY - 4))\" text-anchor=\"middle\" "
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
