import DataplanKit
import Foundation
import Model
import TestSupport
import Testing

@testable import Reporting

/// Dataplan's SVG against Graphviz's `dot` on the same graphs (every sample and a set of generated designs),
/// measured the same way in both SVGs: edge crossings, edges through boxes, overlapping labels, text overflow.
@Suite struct DiagramLayoutTests {
    struct Rect {
        var x, y, width, height: Double
        var maxX: Double { x + width }
        var maxY: Double { y + height }

        func inset(_ amount: Double) -> Rect {
            Rect(x: x + amount, y: y + amount, width: width - 2 * amount, height: height - 2 * amount)
        }

        func intersects(_ other: Rect) -> Bool {
            x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
        }

        /// Overlapping or sharing an edge.
        func touches(_ other: Rect) -> Bool {
            x <= other.maxX && other.x <= maxX && y <= other.maxY && other.y <= maxY
        }
    }

    typealias Point = (x: Double, y: Double)

    /// What a drawing holds, whoever drew it.
    struct Drawing {
        var boxes: [String: Rect] = [:]
        /// Each box's text lines with their widths, for overflow.
        var texts: [String: [Double]] = [:]
        var edges: [(from: String, to: String, line: [Point])] = []
        var labels: [Rect] = []
    }

    struct Measures: Equatable {
        var crossings = 0
        var throughBoxes = 0
        var overlappingLabels = 0
        var overflowingText = 0
    }

    // MARK: Measuring

    static func measure(_ drawing: Drawing) -> Measures {
        var result = Measures()
        let edges = drawing.edges
        let edgeBounds = edges.map { bounds($0.line) }
        for i in edges.indices {
            for j in edges.indices where j > i && edgeBounds[i].touches(edgeBounds[j]) {
                let ends: Set<String> = [edges[i].from, edges[i].to]
                guard !ends.contains(edges[j].from), !ends.contains(edges[j].to) else { continue }
                if polylinesCross(edges[i].line, edges[j].line) { result.crossings += 1 }
            }
            for (name, box) in drawing.boxes where name != edges[i].from && name != edges[i].to {
                if polyline(edges[i].line, entersRect: box.inset(1)) { result.throughBoxes += 1 }
            }
        }
        let labels = drawing.labels
        for i in labels.indices {
            for j in labels.indices where j > i && labels[i].inset(0.5).intersects(labels[j].inset(0.5)) {
                result.overlappingLabels += 1
            }
            for box in drawing.boxes.values where labels[i].inset(0.5).intersects(box) {
                result.overlappingLabels += 1
            }
        }
        for (name, widths) in drawing.texts {
            guard let box = drawing.boxes[name] else { continue }
            result.overflowingText += widths.filter { $0 > box.width - 12 }.count
        }
        return result
    }

    /// The smallest rectangle holding every point.
    static func bounds(_ line: [Point]) -> Rect {
        let xs = line.map(\.x)
        let ys = line.map(\.y)
        let (minX, minY) = (xs.min() ?? 0, ys.min() ?? 0)
        return Rect(x: minX, y: minY, width: (xs.max() ?? 0) - minX, height: (ys.max() ?? 0) - minY)
    }

    static func polylinesCross(_ a: [Point], _ b: [Point]) -> Bool {
        // Lines whose bounds are apart cannot cross; most pairs are.
        let (boundsA, boundsB) = (bounds(a), bounds(b))
        guard boundsA.x <= boundsB.maxX, boundsB.x <= boundsA.maxX, boundsA.y <= boundsB.maxY,
            boundsB.y <= boundsA.maxY
        else { return false }
        for (p1, p2) in zip(a, a.dropFirst()) {
            let (minX, maxX) = (min(p1.x, p2.x), max(p1.x, p2.x))
            let (minY, maxY) = (min(p1.y, p2.y), max(p1.y, p2.y))
            for (q1, q2) in zip(b, b.dropFirst())
            where max(q1.x, q2.x) >= minX && min(q1.x, q2.x) <= maxX && max(q1.y, q2.y) >= minY
                && min(q1.y, q2.y) <= maxY && segmentsIntersect(p1, p2, q1, q2)
            {
                return true
            }
        }
        return false
    }

    static func segmentsIntersect(_ p1: Point, _ p2: Point, _ q1: Point, _ q2: Point) -> Bool {
        func cross(_ o: Point, _ a: Point, _ b: Point) -> Double {
            (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x)
        }
        let d1 = cross(q1, q2, p1)
        let d2 = cross(q1, q2, p2)
        let d3 = cross(p1, p2, q1)
        let d4 = cross(p1, p2, q2)
        return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))
    }

    static func polyline(_ line: [Point], entersRect rect: Rect) -> Bool {
        guard rect.width > 0, rect.height > 0 else { return false }
        let box = bounds(line)
        guard box.x <= rect.maxX, rect.x <= box.maxX, box.y <= rect.maxY, rect.y <= box.maxY else { return false }
        for point in line where point.x > rect.x && point.x < rect.maxX && point.y > rect.y && point.y < rect.maxY {
            return true
        }
        let corners: [Point] = [(rect.x, rect.y), (rect.maxX, rect.y), (rect.maxX, rect.maxY), (rect.x, rect.maxY)]
        let sides = zip(corners, corners.dropFirst() + [corners[0]])
        for (p1, p2) in zip(line, line.dropFirst()) {
            for (c1, c2) in sides where segmentsIntersect(p1, p2, c1, c2) { return true }
        }
        return false
    }

    // MARK: Reading SVG

    /// The numbers of an attribute, in order.
    static func numbers(_ text: Substring) -> [Double] {
        text.split(whereSeparator: { !"-.0123456789e".contains($0) }).compactMap { Double($0) }
    }

    static func attribute(_ name: String, in element: Substring) -> Substring? {
        let element = " " + element
        guard let start = element.range(of: " \(name)=\"") else { return nil }
        let rest = element[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return rest[..<end]
    }

    /// A path's points, each cubic curve flattened to eight segments.
    static func flatten(_ d: Substring) -> [Point] {
        var points: [Point] = []
        var command: Character = "M"
        var pending: [Double] = []
        func flush() {
            switch command {
            case "M", "L":
                var i = 0
                while i + 1 < pending.count {
                    points.append((pending[i], pending[i + 1]))
                    i += 2
                }
            case "C":
                var i = 0
                while i + 5 < pending.count, let start = points.last {
                    let c1 = (pending[i], pending[i + 1])
                    let c2 = (pending[i + 2], pending[i + 3])
                    let end = (pending[i + 4], pending[i + 5])
                    for step in 1...8 {
                        let t = Double(step) / 8
                        let u = 1 - t
                        let x = u * u * u * start.x + 3 * u * u * t * c1.0 + 3 * u * t * t * c2.0 + t * t * t * end.0
                        let y = u * u * u * start.y + 3 * u * u * t * c1.1 + 3 * u * t * t * c2.1 + t * t * t * end.1
                        points.append((x, y))
                    }
                    i += 6
                }
            default:
                break
            }
            pending = []
        }
        var number = ""
        for character in d {
            if "MLC".contains(character) {
                if !number.isEmpty { pending.append(Double(number)!) }
                number = ""
                flush()
                command = character
            } else if "-.0123456789e".contains(character) {
                if character == "-" && !number.isEmpty && number.last != "e" {
                    pending.append(Double(number)!)
                    number = ""
                }
                number.append(character)
            } else if !number.isEmpty {
                pending.append(Double(number)!)
                number = ""
            }
        }
        if !number.isEmpty { pending.append(Double(number)!) }
        flush()
        return points
    }

    static func label(_ element: Substring, text: String, size: Double) -> Rect? {
        guard let x = attribute("x", in: element).flatMap({ Double($0) }),
            let y = attribute("y", in: element).flatMap({ Double($0) })
        else { return nil }
        let width = TextWidth.of(text, size: size)
        return Rect(x: x - width / 2, y: y - size * 0.8, width: width, height: size)
    }

    /// The `<g>` groups of an SVG with the given class, each as its text.
    static func groups(_ svg: String, class name: String) -> [Substring] {
        svg.components(separatedBy: "<g ").dropFirst().filter { $0.contains("class=\"\(name)\"") }.map {
            Substring($0.components(separatedBy: "</g>")[0])
        }
    }

    static func title(_ group: Substring) -> String {
        guard let start = group.range(of: "<title>"), let end = group.range(of: "</title>") else { return "" }
        return String(group[start.upperBound..<end.lowerBound]).replacingOccurrences(of: "&#45;", with: "-")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }

    static func textContent(_ element: Substring) -> String {
        guard let start = element.firstIndex(of: ">") else { return "" }
        let rest = element[element.index(after: start)...]
        return String(rest.prefix { $0 != "<" }).replacingOccurrences(of: "&amp;", with: "&")
    }

    static func elements(_ group: Substring, _ tag: String) -> [Substring] {
        group.components(separatedBy: "<\(tag) ").dropFirst().map { Substring($0) }
    }

    static func readDataplan(_ svg: String) -> Drawing {
        var drawing = Drawing()
        for node in groups(svg, class: "node") {
            let name = String(title(node).prefix { $0 != " " })
            guard let rect = elements(node, "rect").first else { continue }
            let box =
                numbers(attribute("x", in: rect)!) + numbers(attribute("y", in: rect)!)
                + numbers(attribute("width", in: rect)!) + numbers(attribute("height", in: rect)!)
            drawing.boxes[name] = Rect(x: box[0], y: box[1], width: box[2], height: box[3])
            drawing.texts[name] = elements(node, "text").map { text in
                TextWidth.of(
                    textContent(text), size: text.contains("class=\"name\"") ? 12 : 10,
                    bold: text.contains("class=\"name\""))
            }
        }
        for edge in groups(svg, class: "edge") {
            let ends = title(edge).components(separatedBy: " -> ")
            guard let path = elements(edge, "path").first, let d = attribute("d", in: path) else { continue }
            drawing.edges.append((ends[0], ends[1], flatten(d)))
            for text in elements(edge, "text") {
                if let rect = label(text, text: textContent(text), size: 9) { drawing.labels.append(rect) }
            }
        }
        return drawing
    }

    static func readGraphviz(_ svg: String) -> Drawing {
        var drawing = Drawing()
        for node in groups(svg, class: "node") {
            let name = title(node)
            let shape =
                elements(node, "path").first.flatMap { attribute("d", in: $0) }
                ?? elements(node, "polygon").first.flatMap { attribute("points", in: $0) } ?? ""
            let values = numbers(shape)
            let xs = stride(from: 0, to: values.count - 1, by: 2).map { values[$0] }
            let ys = stride(from: 1, to: values.count, by: 2).map { values[$0] }
            guard let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max() else { continue }
            drawing.boxes[name] = Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
        }
        for edge in groups(svg, class: "edge") {
            let ends = title(edge).components(separatedBy: "->")
            guard let path = elements(edge, "path").first, let d = attribute("d", in: path) else { continue }
            drawing.edges.append((ends[0], ends[1], flatten(d)))
            for text in elements(edge, "text") {
                if let rect = label(text, text: textContent(text), size: 9) { drawing.labels.append(rect) }
            }
        }
        return drawing
    }

    // MARK: The graphs

    static func samples() throws -> [(name: String, input: DiagramInput)] {
        let folder = Golden.root.appendingPathComponent("Samples")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
        return try files.sorted().map { file in
            let loaded = try #require(
                DesignPipeline().load(.init(path: folder.appendingPathComponent(file).path, explicit: true)))
            let graph = try #require(loaded.graph, "\(file) is a valid design")
            return (String(file.dropLast(5)), DiagramInput(graph: graph, findings: []))
        }
    }

    /// Designs of 12 to 40 pipeline components with flows that skip ranks and fan in and out, from a fixed seed.
    static func generated() throws -> [(name: String, input: DiagramInput)] {
        var state: UInt64 = 0x5eed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let types = ["kinesis-data-streams", "lambda", "sqs", "s3", "glue", "dynamodb", "firehose", "athena", "sns"]
        return try [12, 16, 20, 24, 30, 40].enumerated().map { offset, count in
            var yaml = "dataplan: 1\nname: generated-\(count)\ncomponents:\n"
            yaml += "  source-a: {type: web-app}\n  source-b: {type: iot-devices}\n"
            for index in 0..<count { yaml += "  c\(index): {type: \(types[next(types.count)])}\n" }
            yaml += "flows:\n  - source-a -> c0\n  - source-b -> c1\n"
            for index in 0..<count {
                for _ in 0..<(1 + next(2)) where index + 1 < count {
                    let target = index + 1 + next(min(5, count - index - 1))
                    yaml += "  - c\(index) -> c\(target)\n"
                }
            }
            let loaded = try #require(DesignPipeline().load(Array(yaml.utf8), path: "generated-\(offset).yaml"))
            let graph = try #require(loaded.graph, "\(loaded.report.diagnostics)")
            return ("generated-\(count)", DiagramInput(graph: graph, findings: []))
        }
    }

    static func graphvizSVG(_ dot: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dataplan-dot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("g.dot")
        try dot.write(to: input, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("g.svg")
        let result = try ExternalTool.run(["dot", "-Tsvg", input.path, "-o", output.path])
        #expect(result.status == 0, "\(result.output)")
        return try String(contentsOf: output, encoding: .utf8)
    }

    // MARK: Tests

    /// Dataplan draws no edge through a box, no label over another or over a box, and no text past its box,
    /// with no more crossings than `dot`; docs/performance.md keeps the table.
    @Test(.enabled(if: OptionalResource.graphviz.isAvailable, "needs dot (Debian: graphviz)"))
    func dataplanDrawsAsCleanlyAsGraphviz() throws {
        var table =
            "| graph | components | links | dot crossings | Dataplan crossings | edges through boxes "
            + "| overlapping labels | text overflow |\n|---|---:|---:|---:|---:|---:|---:|---:|\n"
        for (name, input) in try Self.samples() + Self.generated() {
            let ourDrawing = Self.readDataplan(SVGDiagram.render(input))
            let theirDrawing = Self.readGraphviz(try Self.graphvizSVG(DOTDiagram.render(input)))
            let links = SVGDiagram.links(input).count
            #expect(ourDrawing.edges.count == links && theirDrawing.edges.count == links, "\(name): edges read")
            #expect(
                ourDrawing.edges.allSatisfy { $0.line.count > 1 } && theirDrawing.edges.allSatisfy { $0.line.count > 1 }
            )
            let ours = Self.measure(ourDrawing)
            let theirs = Self.measure(theirDrawing)
            #expect(ours.throughBoxes == 0, "\(name): \(ours.throughBoxes) edges through boxes")
            #expect(ours.overlappingLabels == 0, "\(name): \(ours.overlappingLabels) overlapping labels")
            #expect(ours.overflowingText == 0, "\(name): \(ours.overflowingText) lines past their box")
            #expect(ours.crossings <= theirs.crossings, "\(name): \(ours.crossings) crossings, dot \(theirs.crossings)")
            table +=
                "| \(name) | \(input.graph.design.components.count) | \(SVGDiagram.links(input).count) "
                + "| \(theirs.crossings) | \(ours.crossings) | \(ours.throughBoxes) | \(ours.overlappingLabels) "
                + "| \(ours.overflowingText) |\n"
        }
        try DocsTests.checkGenerated(
            "docs/performance.md", begin: "<!-- BEGIN GENERATED: diagram layout -->\n", generated: table)
    }

    /// The measures can fail: an edge drawn through a box and two labels on one spot are counted.
    @Test func theMeasuresCountWhatTheyLookFor() {
        var drawing = Drawing()
        drawing.boxes = [
            "a": Rect(x: 0, y: 0, width: 10, height: 10), "b": Rect(x: 50, y: 0, width: 10, height: 10),
            "c": Rect(x: 25, y: 0, width: 10, height: 10),
        ]
        drawing.edges = [
            ("a", "b", [(10, 5), (50, 5)]), ("c", "d", [(30, -20), (30, -5)]),
            ("e", "f", [(20, -10), (40, -10)]),
        ]
        drawing.labels = [Rect(x: 100, y: 100, width: 20, height: 9), Rect(x: 110, y: 104, width: 20, height: 9)]
        drawing.texts = ["a": [30]]
        let measured = Self.measure(drawing)
        #expect(measured == Measures(crossings: 1, throughBoxes: 1, overlappingLabels: 1, overflowingText: 1))
    }
}
