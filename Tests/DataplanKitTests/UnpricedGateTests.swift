import Foundation
import Testing
import TestSupport
import Analysis
import Model
import Pricing
@testable import Reporting
@testable import DataplanKit

/// Cost gates never pass on what they cannot see: a line without a rate that could change the verdict fails the
/// gate unless `--allow-unpriced` says to judge on the priced lines; totals with such lines read "≥".
@Suite struct UnpricedGateTests {
    static let base = """
        dataplan: 1
        name: nightly
        components:
          job: {type: glue, worker-type: G.1X, workers: 10, duration: 1h, schedule: daily}

        """
    /// The same job moved to 50 SageMaker ml.m5.4xlarge instances all month: a large increase the tables cannot price.
    static let head = """
        dataplan: 1
        name: nightly
        components:
          job: {type: sagemaker, instance-type: ml.m5.4xlarge, instances: 50}

        """

    static func files() throws -> (String, String) {
        (
            try ExternalTool.temporaryFile(base, extension: "yaml"),
            try ExternalTool.temporaryFile(head, extension: "yaml")
        )
    }

    @Test func anIncreaseGateFailsOnAnAddedLineWithoutARate() throws {
        let (old, new) = try Self.files()
        defer { [old, new].forEach { try? FileManager.default.removeItem(atPath: $0) } }
        let runner = DiffRunner(appraiser: DesignAppraiser(check: CompareTests.check))
        let strict = try #require(runner.run(base: old, head: new, maxIncrease: .amount(500)).diff)
        #expect(strict.totalDelta < 0, "the priced lines alone show a saving")
        #expect(strict.exitCode == 1)
        #expect(
            strict.cannotVerify?.hasPrefix(
                "cannot verify: 1 line without a rate (job: sagemaker/instance-hour/ml.m5.4xlarge)") == true)
        #expect(DiffFormat.verdict(strict).contains("FAILS: cannot verify: 1 line without a rate"))
        let allowed = try #require(
            runner.run(base: old, head: new, maxIncrease: .amount(500), allowUnpriced: true).diff)
        #expect(allowed.exitCode == 0 && allowed.cannotVerify == nil)
        let ungated = try #require(runner.run(base: old, head: new).diff)
        #expect(ungated.exitCode == 0, "without --max-increase there is no cost gate to fail")
    }

    @Test func aBudgetCannotBePassedByLinesWithoutARate() throws {
        let (old, new) = try Self.files()
        defer { [old, new].forEach { try? FileManager.default.removeItem(atPath: $0) } }
        var report = CostRunner(budget: Money(amount: 1000, currency: "USD", perMonth: true)).run(paths: [new])
        #expect(report.exitCode == 1)
        let text = CostTextReporter.report(report, options: .plain)
        #expect(text.contains("The budget of 1000.00 USD a month cannot verify: 1 line without a rate"), "\(text)")
        #expect(text.contains("Total: ≥ 0.00 USD a month"))
        #expect(text.contains("unpriced\n"), "a component with no priced line reads unpriced, never 0.00")
        let json = CostJSONReporter.report(report, options: .plain)
        #expect(json.contains("\"monthly_total_is_lower_bound\": true") && json.contains("\"monthly\": null"))
        #expect(CostMarkdownReporter.report(report, options: .plain).contains("### nightly: ≥ 0.00 USD a month"))
        report.allowUnpriced = true
        #expect(report.exitCode == 0)
        let priced = CostRunner(budget: Money(amount: 1000, currency: "USD", perMonth: true)).run(paths: [old])
        #expect(priced.exitCode == 0)
        #expect(CostJSONReporter.report(priced, options: .plain).contains("\"monthly_total_is_lower_bound\": false"))
    }
}
