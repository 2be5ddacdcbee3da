#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Model
import Reporting

/// Prices every variant at each step of a sweep and finds, by bisection between the steps where
/// the cheapest variant changes, the value at which the two cost the same.
struct Sweeper {
    let runner: CompareRunner
    let sources: [CompareRunner.Source]

    /// Halvings of a step's interval: 2^-60 of a step is below any figure a design can state.
    static let bisections = 60

    func run(_ spec: SweepSpec) -> Result<SweepResult, SweepError> {
        let figure: SweptFigure
        do {
            figure = try SweptFigure(spec: spec, kind: kind(of: spec))
        } catch {
            return .failure(error)
        }
        let reached = sources.filter { reaches(figure, $0) }
        guard !reached.isEmpty else {
            return .failure(SweepError("--sweep: no variant has '\(spec.path)'"))
        }
        var points: [SweepResult.Point] = []
        for step in 0...spec.steps {
            let value = figure.value(at: step)
            points.append(
                SweepResult.Point(
                    value: figure.shown(value), totals: runner.rankableTotals(of: sources, figure: figure, at: value)))
        }
        var breakEvens: [SweepResult.BreakEven] = []
        for step in 0..<spec.steps {
            guard let below = points[step].cheapest, let above = points[step + 1].cheapest, below != above else {
                continue
            }
            breakEvens.append(
                breakEven(
                    figure, below: below, above: above, low: figure.value(at: step), high: figure.value(at: step + 1)))
        }
        // A variant the figure does not reach, or whose total it never moves (a cluster billed every hour
        // whatever its hours of use), is constant along the sweep.
        let unaffected = sources.indices.filter { index in
            !reaches(figure, sources[index]) || Set(points.map { $0.totals[index] }).count == 1
        }.map { sources[$0].name }
        return .success(
            SweepResult(
                path: spec.path, unit: figure.unit, points: points, breakEvens: breakEvens, unaffected: unaffected))
    }

    /// The kind of the swept figure, from the first variant that has it.
    func kind(of spec: SweepSpec) throws(SweepError) -> ValueKind {
        for source in sources {
            if let kind = spec.kind(in: source.graph.design) { return kind }
        }
        throw SweepError(
            "--sweep: no variant has a figure '\(spec.path)' (a component's property, a mapped flow's property, or "
                + "rate:KEY)"
        )
    }

    func reaches(_ figure: SweptFigure, _ source: CompareRunner.Source) -> Bool {
        figure.reaches(source.graph.design) && figure.applied(figure.from, to: source.root) != nil
    }

    /// Halves [low, high] while `below` stays cheapest at the low end; the midpoint of what is left.
    func breakEven(_ figure: SweptFigure, below: Int, above: Int, low: Decimal, high: Decimal) -> SweepResult.BreakEven
    {
        var low = low
        var high = high
        for _ in 0..<Self.bisections {
            let middle = (low + high) / 2
            let totals = runner.rankableTotals(
                of: [sources[below], sources[above]], figure: figure, at: middle, unrounded: true)
            guard let cheap = totals[0], let dear = totals[1] else { break }
            if cheap <= dear { low = middle } else { high = middle }
        }
        let value = (low + high) / 2
        let total = runner.rankableTotals(of: [sources[below]], figure: figure, at: value)[0] ?? 0
        return SweepResult.BreakEven(value: figure.shown(value), below: below, above: above, total: total)
    }
}
