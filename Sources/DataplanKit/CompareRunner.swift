#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Diagnostics
import Parallel
import YAMLLoader
import Model
import Analysis
import Pricing
import Reporting

/// Runs `dataplan compare`: the variants of one workload (two or more designs, or one design and
/// its `alternatives`) checked and priced side by side, and swept across a range when asked.
public struct CompareRunner: Sendable {
    public var appraiser: DesignAppraiser

    public init(appraiser: DesignAppraiser) {
        self.appraiser = appraiser
    }

    /// One variant before pricing: its name, the YAML it is read from, and the design read.
    struct Source {
        let name: String
        let description: String?
        let path: String
        let root: YAMLNode
        let graph: DesignGraph
    }

    public func run(paths: [String], sweep: SweepSpec? = nil) -> Comparison {
        let pipeline = appraiser.pipeline
        let loaded = Concurrently.map(FileDiscovery.candidates(for: paths)) { pipeline.load($0) }.compactMap { $0 }
        var reports = appraiser.problems + loaded.map(\.report).filter(\.hasErrors)
        let sources = Self.sources(loaded)
        if reports.isEmpty && sources.count < 2 {
            reports += CheckRunner.reports(for: [
                Diagnostic(
                    .error, at: SourceLocation(file: paths.first ?? ".", line: 1, column: 1),
                    "nothing to compare: give two or more designs, or one design with `alternatives`")
            ])
        }
        let variants = sources.map { source in
            Comparison.Variant(
                name: source.name, description: source.description, path: source.path,
                estimate: appraiser.estimate(source.graph, path: source.path),
                findings: appraiser.findings(source.graph))
        }
        guard let sweep, reports.isEmpty else { return Comparison(variants: variants, problems: reports) }
        switch Sweeper(runner: self, sources: sources).run(sweep) {
        case .success(let result):
            return Comparison(variants: variants, problems: reports, sweep: result)
        case .failure(let error):
            let diagnostic = Diagnostic(
                .error, at: SourceLocation(file: sources.first?.path ?? ".", line: 1, column: 1), error.message)
            return Comparison(
                variants: variants,
                problems: [
                    FileReport(path: diagnostic.location.file, designName: nil, source: nil, diagnostics: [diagnostic])
                ])
        }
    }

    /// One design with alternatives gives the design as written (`base`) and each alternative;
    /// several designs give one variant each, named by the design.
    static func sources(_ loaded: [LoadedDesign]) -> [Source] {
        let valid = loaded.filter { $0.graph != nil && $0.root != nil }
        if valid.count == 1, let only = valid.first, !only.alternatives.isEmpty {
            let base = Source(
                name: "base", description: only.design?.description, path: only.report.path, root: only.root!,
                graph: only.graph!)
            return [base]
                + only.alternatives.compactMap { alternative in
                    alternative.graph.map {
                        Source(
                            name: alternative.name, description: alternative.description, path: only.report.path,
                            root: alternative.root, graph: $0)
                    }
                }
        }
        var counts: [String: Int] = [:]
        for design in valid { counts[design.graph!.design.name, default: 0] += 1 }
        return valid.map { design in
            let name = design.graph!.design.name
            return Source(
                name: counts[name]! > 1 ? design.report.path : name, description: design.design?.description,
                path: design.report.path, root: design.root!, graph: design.graph!)
        }
    }

    /// The variant's estimate with the figure at `value`; nil when the variant is not valid there.
    func estimate(of source: Source, figure: SweptFigure, at value: Decimal) -> DesignEstimate? {
        var book = appraiser.book
        var graph = source.graph
        if case .rate(let key) = figure.spec.target {
            book = book.setting(key, to: value)
        } else if figure.reaches(source.graph.design), let root = figure.applied(value, to: source.root) {
            let reading = DesignReader(limits: appraiser.pipeline.designLimits).read(
                LoadedDocument(file: source.path, root: root, diagnostics: []))
            guard let design = reading.design else { return nil }
            graph = DesignGraph(design)
        }
        return appraiser.estimate(graph, path: source.path, book: book)
    }

    /// The monthly totals of `sources` with the figure at `value`, each nil where that variant
    /// cannot be ranked against the others (its own components not priced in full, or not valid);
    /// `unrounded` sums quantity × price before rounding, so that bisection finds exact values.
    func rankableTotals(
        of sources: [Source], figure: SweptFigure, at value: Decimal, unrounded: Bool = false
    ) -> [Decimal?] {
        let estimates = sources.map { estimate(of: $0, figure: figure, at: value) }
        let priced = zip(sources, estimates).compactMap { source, estimate in
            estimate.map {
                Comparison.Variant(name: source.name, description: nil, path: source.path, estimate: $0, findings: [])
            }
        }
        let comparison = Comparison(variants: priced, problems: [])
        var index = 0
        return estimates.map { estimate in
            guard let estimate else { return nil }
            defer { index += 1 }
            return comparison.isRankable(index) ? (unrounded ? estimate.unroundedTotal : estimate.monthlyTotal) : nil
        }
    }
}
