#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Diagnostics
import Analysis
import Model
import Pricing
import Reporting

/// Runs `dataplan diff BASE HEAD`: both designs checked and priced, then compared.
public struct DiffRunner: Sendable {
    public var appraiser: DesignAppraiser

    public init(appraiser: DesignAppraiser) {
        self.appraiser = appraiser
    }

    public func run(
        base: String, head: String, failOn: FailLevel = .never, maxIncrease: DesignDiff.Increase? = nil,
        allowUnpriced: Bool = false
    ) -> DiffReport {
        let sides = [base, head].map { path in
            appraiser.pipeline.load(FileDiscovery.Candidate(path: path, explicit: true))
        }
        var problems = appraiser.problems
        problems += sides.compactMap { $0?.report }.filter(\.hasErrors)
        guard problems.isEmpty, let old = sides[0]?.graph, let new = sides[1]?.graph else {
            return DiffReport(diff: nil, problems: problems)
        }
        let side = { (graph: DesignGraph, path: String) -> DesignDiff.Side in
            DesignDiff.Side(
                path: path, estimate: appraiser.estimate(graph, path: path), findings: appraiser.findings(graph),
                graph: graph)
        }
        let diff = DesignDiff(
            base: side(old, base), head: side(new, head), failOn: failOn, maxIncrease: maxIncrease,
            allowUnpriced: allowUnpriced)
        return DiffReport(diff: diff, problems: [])
    }
}
