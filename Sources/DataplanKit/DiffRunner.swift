import Foundation
import Diagnostics
import Analysis
import Model
import Pricing
import Reporting

/// Runs `dataplan diff BASE HEAD`: both designs checked and priced, then compared.
public struct DiffRunner: Sendable {
    public var pipeline: DesignPipeline
    public var book: RateBook
    public var settings: EstimateSettings
    public var check: PreparedCheck

    public init(pipeline: DesignPipeline = DesignPipeline(), book: RateBook = .bundled(), settings: EstimateSettings = EstimateSettings(),
                check: PreparedCheck) {
        self.pipeline = pipeline
        self.book = book
        self.settings = settings
        self.check = check
    }

    public func run(base: String, head: String, failOn: FailLevel = .never, maxIncrease: DesignDiff.Increase? = nil) -> DiffReport {
        let sides = [base, head].map { path in pipeline.load(FileDiscovery.Candidate(path: path, explicit: true)) }
        var problems = CheckRunner.reports(for: check.problems + book.diagnostics)
        problems += sides.compactMap { $0?.report }.filter(\.hasErrors)
        guard problems.isEmpty, let old = sides[0]?.graph, let new = sides[1]?.graph else {
            return DiffReport(diff: nil, problems: problems)
        }
        let estimator = Estimator(book: book, settings: settings)
        let side = { (graph: DesignGraph, path: String) -> DesignDiff.Side in
            DesignDiff.Side(path: path, estimate: estimator.estimate(graph, path: path), findings: check.openFindings(graph))
        }
        return DiffReport(diff: DesignDiff(base: side(old, base), head: side(new, head), failOn: failOn, maxIncrease: maxIncrease), problems: [])
    }
}
