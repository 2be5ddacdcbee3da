import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import DataplanKit
import Reporting
import Pricing

/// The formats `dataplan graph` draws.
enum DiagramFormat: String, CaseIterable, ExpressibleByArgument {
    case mermaid, dot, svg
}

/// `dataplan graph PATH`: the design as a diagram, components coloured by their worst finding.
struct Graph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Draw a design: components grouped by category, flows with their rates, colours by findings."
    )

    @Argument(help: ArgumentHelp("The design file.", valueName: "path"))
    var path: String

    @Option(name: .long, help: "Output format: mermaid, dot, svg.")
    var format: DiagramFormat = .mermaid

    @Flag(name: .long, help: "Show each component's monthly cost (from the rate tables).")
    var cost = false

    @Option(
        name: .long, help: ArgumentHelp("Rate tables that replace the bundled ones, with --cost.", valueName: "dir"))
    var pricing: String?

    @OptionGroup var packs: RulePackOptions
    @OptionGroup var common: CommonOptions
    @OptionGroup var limits: LimitOptions

    func run() throws {
        let prepared = CheckRunner(pipeline: limits.pipeline).prepare(common.checkSettings(rulePacks: packs.rules))
        guard let loaded = limits.pipeline.load(.init(path: path, explicit: true)) else { throw ExitCode(2) }
        let report = prepared.check(loaded)
        let problems = CheckRunner.reports(for: prepared.problems) + [report]
        guard let graph = loaded.graph, !problems.contains(where: \.hasErrors) else { try common.fail(with: problems) }
        var labels: [String?]?
        if cost {
            let book = RateBook.load(overrides: pricing)
            let tableProblems = CheckRunner.reports(for: book.diagnostics)
            if tableProblems.contains(where: \.hasErrors) { try common.fail(with: tableProblems) }
            let estimate = Estimator(book: book).estimate(graph, path: path)
            labels = DiagramInput.costLabels(estimate, graph: graph)
        }
        let input = DiagramInput(graph: graph, findings: report.findings, monthlyCost: labels)
        let text =
            switch format {
            case .mermaid: MermaidDiagram.render(input)
            case .dot: DOTDiagram.render(input)
            case .svg: SVGDiagram.render(input)
            }
        try common.emit(text)
    }
}
