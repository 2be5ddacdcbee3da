import Foundation
import Testing
import TestSupport
import Analysis
import Pricing
@testable import Reporting
@testable import DataplanKit

/// Diagrams of every sample against golden files; the SVG is well-formed XML, the DOT renders.
@Suite struct DiagramTests {
    static func input(
        _ name: String, replacing original: String? = nil, with broken: String? = nil
    ) throws -> DiagramInput {
        var text = try String(contentsOf: Repository.samples.appendingPathComponent(name), encoding: .utf8)
        if let original, let broken { text = text.replacingOccurrences(of: original, with: broken) }
        let loaded = try #require(DesignPipeline().load(Array(text.utf8), path: "Samples/\(name)"))
        let report = SampleFindingsTests.prepared.check(loaded)
        return DiagramInput(graph: try #require(loaded.graph), findings: report.findings)
    }

    @Test(arguments: SamplesTests.sampleFiles)
    func everySamplesDiagramsMatchTheirGoldenFiles(name: String) throws {
        let input = try Self.input(name)
        let stem = name.replacingOccurrences(of: ".yaml", with: "")
        try GoldenFile.check(MermaidDiagram.render(input), against: "\(stem).mmd")
        try GoldenFile.check(DOTDiagram.render(input), against: "\(stem).dot")
        let svg = SVGDiagram.render(input)
        try GoldenFile.check(svg, against: "\(stem).svg")
        #expect(SVGDiagram.render(try Self.input(name)) == svg, "two runs differ")
    }

    @Test(
        .enabled(
            if: OptionalResource.xmllint.isAvailable && OptionalResource.graphviz.isAvailable,
            "needs xmllint (libxml2-utils) and Graphviz's dot"))
    func theSVGIsWellFormedAndTheDOTRendersWithGraphviz() throws {
        let input = try Self.input("financial-migration.yaml")
        let svg = try ExternalTool.temporaryFile(SVGDiagram.render(input), extension: "svg")
        defer { try? FileManager.default.removeItem(atPath: svg) }
        let parsed = try ExternalTool.run(["xmllint", "--noout", svg])
        #expect(parsed.status == 0, "\(parsed.output)")
        let rendered = try ExternalTool.run(["dot", "-Tsvg"], input: DOTDiagram.render(input))
        #expect(rendered.status == 0 && rendered.output.contains("<svg"), "\(rendered.output.prefix(300))")
    }

    @Test func aComponentIsColouredByItsWorstOpenFinding() throws {
        let input = try Self.input("ecommerce-realtime.yaml", replacing: "shards: 120", with: "shards: 60")
        let events = try #require(input.graph.design.index(of: "events"))
        #expect(input.status(of: events) == "error")
        #expect(MermaidDiagram.render(input).contains("  class n\(events) error\n"))
        #expect(
            DOTDiagram.render(input).contains(
                "n\(events) [label=\"events\\nkinesis-data-streams\", fillcolor=\"#f8d7da\""))
        let archive = try #require(input.graph.design.index(of: "archive"))
        #expect(input.status(of: archive) == "clean", "a suppressed finding does not colour")
    }

    /// "unpriced" means a rate is missing; a component with nothing to bill says "no billable usage".
    @Test func costLabelsTellAMissingRateFromNoBillableUsage() throws {
        let text =
            "dataplan: 1\nname: t\ncomponents:\n  queue: {type: sqs}\n  hosted: {type: sagemaker-endpoint, "
            + "instance-type: ml.m5.large}\n"
            + "  fn: {type: lambda, duration: 100ms, usage: {requests: 1M}}\n"
        let loaded = try #require(DesignPipeline().load(Array(text.utf8), path: "t.yaml"))
        let graph = try #require(loaded.graph)
        let estimate = Estimator(book: RateBook.bundled()).estimate(graph, path: "t.yaml")
        #expect(DiagramInput.costLabels(estimate, graph: graph) == ["no billable usage", "unpriced", "0.41 USD/mo"])
    }

    @Test func flowsAreLabelledWithTheirRates() throws {
        let mermaid = MermaidDiagram.render(try Self.input("ecommerce-realtime.yaml"))
        #expect(mermaid.contains("-->|\"100K/s\"|"))
        #expect(mermaid.contains("subgraph source[\"Sources (outside AWS)\"]"))
    }
}
