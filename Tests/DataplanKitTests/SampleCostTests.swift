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

    @Test(arguments: CostOutputFormat.allCases, ["nightly-batch-etl", "kinesis-vs-msk"])
    func everyFormatOfTwoSamplesMatchesItsGoldenFile(format: CostOutputFormat, sample: String) throws {
        let output = format.render(try Self.report("\(sample).yaml"), options: .plain)
        try GoldenFile.check(output, against: "\(sample).cost.\(format.rawValue)")
    }

    @Test func theTextAndMarkdownNameEveryRateWithItsSourceAndCopy() throws {
        let report = try Self.report("kinesis-vs-msk.yaml")
        let text = CostOutputFormat.text.render(report, options: .plain)
        #expect(text.contains("Rates:\n  kinesis-data-streams/shard-hour = 0.015 per shard-hour: https://aws.amazon.com/kinesis/data-streams/pricing/, "
                              + "read 2026-12-07 via https://github.com/lamngockhuong/aws-price/blob/"))
        let markdown = CostOutputFormat.markdown.render(report, options: .plain)
        #expect(markdown.contains("| `lambda/requests` | 0.2 | 1M requests | https://aws.amazon.com/lambda/pricing/ | 2026-12-07 | "
                                  + "[copy](https://github.com/lamngockhuong/aws-price/blob/"))
    }
}
