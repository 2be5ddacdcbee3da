import Model
import Parallel
import Pricing
import Reporting

/// `dataplan report`: every design the paths name, checked, priced and compared with its alternatives,
/// for one review page.
public struct ReviewRunner: Sendable {
    public var appraiser: DesignAppraiser
    /// `--budget`, over each design's `requirements.budget`.
    public var budget: Money?

    public init(appraiser: DesignAppraiser, budget: Money? = nil) {
        self.appraiser = appraiser
        self.budget = budget
    }

    /// The designs reviewed, in the order named and found; the files that could not be, as `check` reports them.
    public func run(paths: [String]) -> (designs: [ReviewedDesign], problems: [FileReport]) {
        let pipeline = appraiser.pipeline
        let loaded = Concurrently.map(FileDiscovery.candidates(for: paths)) { pipeline.load($0) }.compactMap { $0 }
        var problems = appraiser.problems
        var designs: [ReviewedDesign] = []
        for design in loaded {
            let file = appraiser.check.check(design)
            guard let graph = design.graph, !file.hasErrors else {
                problems.append(file)
                continue
            }
            let comparison =
                design.alternatives.isEmpty
                ? nil : CompareRunner(appraiser: appraiser).run(paths: [design.report.path])
            designs.append(
                ReviewedDesign(
                    file: file, graph: graph, estimate: appraiser.estimate(graph, path: design.report.path),
                    budget: budget ?? design.design?.requirements.budget, comparison: comparison))
        }
        return (designs, problems)
    }
}
