import Foundation
import Testing
import TestSupport
import Pricing
import Reporting
@testable import DataplanKit

/// Each sample's cost breakdown against a golden file: every quantity, assumption and unpriced line.
@Suite struct SampleCostTests {
    static func report(_ name: String) throws -> CostReport {
        let text = try String(contentsOf: Repository.samples.appendingPathComponent(name), encoding: .utf8)
        let loaded = try #require(DesignPipeline().load(Array(text.utf8), path: "Samples/\(name)"))
        return CostReport(entries: [CostRunner().entry(loaded)])
    }

    @Test(arguments: SamplesTests.sampleFiles)
    func everySamplesBreakdownMatchesItsGoldenFile(name: String) throws {
        let report = try Self.report(name)
        let json = CostOutputFormat.json.render(report, options: .plain)
        #expect(CostOutputFormat.json.render(try Self.report(name), options: .plain) == json, "two runs differ")
        try GoldenFile.check(json, against: name.replacingOccurrences(of: ".yaml", with: ".cost.json"))
        let estimate = try #require(report.entries.first?.estimate)
        #expect(!estimate.components.isEmpty)
        #expect(estimate.components.allSatisfy { !$0.lineItems.isEmpty })
    }

    /// In both bundled regions every sample's line has a rate, but for the keys no copy of AWS's price data gives
    /// (docs/pricing.md): SageMaker, SageMaker Feature Store and Snowball job fees.
    @Test(arguments: ["us-east-1", "eu-west-1"])
    func everySampleIsPricedButForTheDocumentedMissingKeys(region: String) throws {
        let documented = ["sagemaker/", "sagemaker-feature-store/", "snowball/job/"]
        let runner = CostRunner(settings: EstimateSettings(region: region))
        let report = runner.run(paths: [Repository.samples.path])
        #expect(report.entries.count == SamplesTests.sampleFiles.count)
        for entry in report.entries {
            for component in entry.estimate?.components ?? [] {
                for item in component.lineItems where item.missing != nil {
                    #expect(
                        documented.contains { item.rate.hasPrefix($0) },
                        "\(component.component): \(item.rate) unpriced in \(region)")
                }
            }
        }
    }

    /// EMR or Glue: a sweep of the daily volume from 1 GB to 2 TB ranks every variant at every step, in both regions.
    @Test(arguments: ["us-east-1", "eu-west-1"])
    func theEMROrGlueSweepRanksEveryVariantAtEveryStep(region: String) throws {
        let spec = try SweepSpec.parse("landing->transform.volume=1GB/day..2TB/day:20").get()
        let appraiser = DesignAppraiser(settings: EstimateSettings(region: region), check: SampleFindingsTests.prepared)
        let comparison = CompareRunner(appraiser: appraiser).run(
            paths: [Repository.samples.appendingPathComponent("emr-vs-glue.yaml").path],
            sweep: spec)
        let sweep = try #require(comparison.sweep)
        #expect(sweep.points.count == 21)
        #expect(sweep.points.allSatisfy { $0.cheapest != nil }, "no step is undecided")
        #expect(!sweep.breakEvens.isEmpty)
    }

    @Test(arguments: CostOutputFormat.allCases, ["nightly-batch-etl", "kinesis-vs-msk"])
    func everyFormatOfTwoSamplesMatchesItsGoldenFile(format: CostOutputFormat, sample: String) throws {
        let output = format.render(try Self.report("\(sample).yaml"), options: .plain)
        try GoldenFile.check(output, against: "\(sample).cost.\(format.rawValue)")
    }

    @Test func theTextAndMarkdownNameEveryRateWithItsSourceAndCopy() throws {
        let report = try Self.report("kinesis-vs-msk.yaml")
        let text = CostOutputFormat.text.render(report, options: .plain)
        #expect(
            text.contains(
                "Rates:\n  kinesis-data-streams/shard-hour = 0.015 per shard-hour: "
                    + "https://aws.amazon.com/kinesis/data-streams/pricing/, "
                    + "read 2026-12-07 via https://github.com/lamngockhuong/aws-price/blob/"))
        let markdown = CostOutputFormat.markdown.render(report, options: .plain)
        #expect(
            markdown.contains(
                "| `lambda/requests` | 0.2 | 1M requests | https://aws.amazon.com/lambda/pricing/ | 2026-12-07 | "
                    + "[copy](https://github.com/lamngockhuong/aws-price/blob/"))
    }
}
