import Foundation
import Testing
import TestSupport
import Model
import Pricing
@testable import Reporting
@testable import DataplanKit

/// `dataplan compare`: alternatives priced side by side, the Spot saving and the break-even found
/// by a sweep checked against the cost formulas worked by hand, with test rates (Fixtures/test-rates).
@Suite struct CompareTests {
    static let testRates = RateBook.load(
        overrides: Repository.root.appendingPathComponent("Tests/DataplanKitTests/Fixtures/test-rates").path)
    static let check = CheckRunner().prepare(CheckSettings(today: "2026-11-25"))
    /// Paths shown relative to the repository, as a user running from its root sees them.
    static let options = ReportOptions(workingDirectory: Repository.root.path)

    static func compare(
        _ name: String, book: RateBook = testRates, sweep: String? = nil, region: String? = nil
    ) throws -> Comparison {
        let spec = try sweep.map { try SweepSpec.parse($0).get() }
        let runner = CompareRunner(
            appraiser: DesignAppraiser(book: book, settings: EstimateSettings(region: region), check: check))
        return runner.run(
            paths: ["Samples/\(name)"].map { Repository.root.appendingPathComponent($0).path }, sweep: spec)
    }

    static func variant(_ comparison: Comparison, _ name: String) throws -> Comparison.Variant {
        try #require(comparison.variants.first { $0.name == name })
    }

    static func line(_ variant: Comparison.Variant, _ description: String) throws -> LineItem {
        let transform = try #require(variant.estimate.components.first { $0.component == "transform" })
        return try #require(transform.lineItems.first { $0.description.hasPrefix(description) })
    }

    @Test func aDesignWithAlternativesGivesTheBaseAndEachAlternative() throws {
        let comparison = try Self.compare("emr-vs-glue.yaml")
        #expect(comparison.problems.isEmpty)
        #expect(comparison.variants.map(\.name) == ["base", "emr-on-demand", "emr-spot", "emr-serverless"])
        #expect(
            comparison.variants.map { $0.estimate.components.first { $0.component == "transform" }?.type } == [
                "glue", "emr", "emr", "emr-serverless",
            ])
    }

    @Test func theSpotSavingIsTheTablesSpotDiscountOfTheOnDemandEC2Line() throws {
        let comparison = try Self.compare("emr-vs-glue.yaml")
        let onDemand = try Self.variant(comparison, "emr-on-demand")
        let spot = try Self.variant(comparison, "emr-spot")
        // 500 GB a day at 200 GB/h: 2.5 h a run, plus 10 min idle before auto-termination; 730 ÷ 24 runs; 5 instances.
        let instanceHours = (Decimal(5) / 2 + Decimal(1) / 6) * 730 / 24 * 5
        let ec2 = instanceHours * Decimal(string: "0.192")!
        #expect(try Self.line(spot, "EC2 instance hours").quantity.rounded(9) == instanceHours.rounded(9))
        let saving = try Self.line(spot, "Spot saving on EC2")
        #expect(saving.monthly == (-ec2 * Decimal(string: "0.7")!).rounded(2))
        #expect(saving.monthly == Decimal(string: "-54.51"))
        #expect(onDemand.total - spot.total == Decimal(string: "54.51"))
        #expect(comparison.cheapest == comparison.variants.firstIndex { $0.name == "emr-spot" })
        #expect(comparison.saving(against: 1) == Comparison.Saving(amount: onDemand.total - spot.total, percent: nil))
    }

    @Test func theGlueEMRBreakEvenVolumeIsTheOneTheCostFormulasGive() throws {
        let comparison = try Self.compare("emr-vs-glue.yaml", sweep: "landing->transform.volume=1GB/day..20GB/day:19")
        let sweep = try #require(comparison.sweep)
        #expect(sweep.points.count == 20)
        #expect(sweep.unit == "GB/day")
        let breakEven = try #require(sweep.breakEvens.first)
        #expect(sweep.breakEvens.count == 1)
        #expect(comparison.variants[breakEven.below].name == "base")
        #expect(comparison.variants[breakEven.above].name == "emr-spot")
        // Glue: 10 DPU × 0.44 × h a run. EMR on Spot: 5 × (0.192 × (1 − 0.7) + 0.048) × (h + 1/6).
        // Equal at h = 0.088 ÷ 3.872 hours a run, and at 200 GB/h that is V = 200 h GB a day.
        let glue = Decimal(10) * Decimal(string: "0.44")!
        let spot = Decimal(5) * (Decimal(string: "0.192")! * Decimal(string: "0.3")! + Decimal(string: "0.048")!)
        let hours = spot / 6 / (glue - spot)
        let volume = hours * 200
        #expect(
            abs(breakEven.value - volume) < Decimal(string: "0.000000001")!,
            "found \(breakEven.value), formulas give \(volume)")
        #expect(CompareFormat.figure(breakEven.value) == "4.5455")
    }

    @Test func sharedComponentsWithoutARateLeaveTheRankingExact() throws {
        let comparison = try Self.compare("emr-vs-glue.yaml")
        #expect(comparison.sharedComponents == ["sessions"])
        #expect(comparison.variants.allSatisfy { !$0.isComplete })
        #expect(comparison.variants.indices.allSatisfy(comparison.isRankable))
    }

    /// The learner's first question, EMR or Glue, has an answer in both bundled regions.
    @Test(arguments: ["us-east-1", "eu-west-1"])
    func withTheBundledTablesTheEMRAndGlueSampleNamesItsCheapest(region: String) throws {
        let comparison = try Self.compare("emr-vs-glue.yaml", book: .bundled(), region: region)
        #expect(comparison.variants.indices.allSatisfy(comparison.isRankable))
        #expect(comparison.cheapest.map { comparison.variants[$0].name } == "emr-spot")
        #expect(CompareTextReporter.verdict(comparison).hasPrefix("Cheapest: emr-spot"))
    }

    @Test func aVariantWithoutItsOwnRatesIsNotRanked() throws {
        let bundled = RateBook.bundled()
        var tables = bundled.tables
        let table = try #require(tables["us-east-1"])
        tables["us-east-1"] = RateTable(
            region: table.region, currency: table.currency,
            rates: table.rates.filter { $0.key != "emr/ec2-hour/m5.xlarge" }, file: table.file)
        let comparison = try Self.compare("emr-vs-glue.yaml", book: RateBook(tables: tables))
        #expect(comparison.cheapest == nil)
        #expect(!comparison.isRankable(1))
        #expect(CompareTextReporter.verdict(comparison).hasPrefix("Cheapest: undecided"))
    }

    @Test func theRedshiftSweepFindsWhereTheProvisionedClusterOvertakesServerless() throws {
        let comparison = try Self.compare(
            "redshift-provisioned-vs-serverless.yaml", book: .bundled(), sweep: "warehouse.hours-per-day=1..24:23")
        let sweep = try #require(comparison.sweep)
        let breakEven = try #require(sweep.breakEvens.first)
        // Serverless: 32 RPU × h × 730/24 days × 0.375; provisioned: 2 × 730 × 3.26 (storage is the same in both).
        let hours = Decimal(2) * 730 * Decimal(string: "3.26")! / (Decimal(32) * 730 / 24 * Decimal(string: "0.375")!)
        #expect(abs(breakEven.value - hours) < Decimal(string: "0.000000001")!)
        #expect(sweep.unaffected == ["provisioned"])
        #expect(sweep.points.first?.cheapest == 0 && sweep.points.last?.cheapest == 1)
    }

    @Test(arguments: ["emr-vs-glue.yaml", "kinesis-vs-msk.yaml", "redshift-provisioned-vs-serverless.yaml"])
    func everyComparisonSampleMatchesItsGoldenFiles(name: String) throws {
        let comparison = try Self.compare(name, book: .bundled())
        let stem = name.replacingOccurrences(of: ".yaml", with: "")
        for format in [CompareOutputFormat.text, .json, .markdown] {
            let output = format.render(comparison, options: Self.options)
            #expect(
                format.render(try Self.compare(name, book: .bundled()), options: Self.options) == output,
                "two runs differ")
            try GoldenFile.check(output, against: "\(stem).compare.\(format.rawValue)")
        }
    }

    @Test(.enabled(if: OptionalResource.xmllint.isAvailable, "needs xmllint (libxml2-utils) to parse the chart"))
    func theSweepChartHasALinePerVariantLabelledAxesAndParses() throws {
        let comparison = try Self.compare(
            "redshift-provisioned-vs-serverless.yaml", book: .bundled(), sweep: "warehouse.hours-per-day=1..24:23")
        let svg = CompareOutputFormat.svg.render(comparison, options: Self.options)
        try GoldenFile.check(svg, against: "redshift-provisioned-vs-serverless.sweep.svg")
        try GoldenFile.check(
            CompareOutputFormat.text.render(comparison, options: Self.options),
            against: "redshift-provisioned-vs-serverless.sweep.text")
        #expect(svg.components(separatedBy: "<path class=\"variant\"").count - 1 == comparison.variants.count)
        #expect(svg.contains(">monthly cost (USD)</text>"))
        #expect(svg.contains(">warehouse.hours-per-day</text>"))
        #expect(svg.components(separatedBy: "<g class=\"break-even\">").count - 1 == 1)
        let file = try ExternalTool.temporaryFile(svg, extension: "svg")
        defer { try? FileManager.default.removeItem(atPath: file) }
        let parsed = try ExternalTool.run(["xmllint", "--noout", file])
        #expect(parsed.status == 0, "\(parsed.output)")
    }

    @Test func oneDesignWithoutAlternativesIsNothingToCompare() throws {
        let comparison = try Self.compare("nightly-batch-etl.yaml")
        #expect(comparison.exitCode == 2)
        #expect(comparison.errors.first?.message.hasPrefix("nothing to compare") == true)
    }

    @Test func twoDesignsAreTwoVariantsNamedByTheirDesigns() throws {
        let paths = ["ecommerce-realtime.yaml", "lambda-architecture.yaml"].map {
            Repository.samples.appendingPathComponent($0).path
        }
        let comparison = CompareRunner(appraiser: DesignAppraiser(check: Self.check)).run(paths: paths)
        #expect(comparison.variants.map(\.name) == ["ecommerce-realtime", "lambda-architecture"])
        #expect(comparison.problems.isEmpty)
    }

    /// The list of files under the heading is in the order of the columns, the order the files were named.
    @Test func theVariantListFollowsTheColumns() throws {
        let paths = ["lambda-architecture.yaml", "ecommerce-realtime.yaml"].map {
            Repository.samples.appendingPathComponent($0).path
        }
        let comparison = CompareRunner(appraiser: DesignAppraiser(check: Self.check)).run(paths: paths)
        let text = CompareTextReporter.report(
            comparison, options: ReportOptions(style: .plain, workingDirectory: Repository.samples.path))
        #expect(text.hasPrefix("2 variants (lambda-architecture.yaml, ecommerce-realtime.yaml)"), "\(text.prefix(120))")
        #expect(comparison.variants.map(\.name) == ["lambda-architecture", "ecommerce-realtime"])
    }
}
