import Foundation
import Testing
import TestSupport
import Analysis
import Reporting
@testable import DataplanKit

/// Each sample's findings against a golden file, and a broken twin of each that trips the rule it should.
@Suite struct SampleFindingsTests {
    /// The rules as `dataplan check Samples/` runs them from the repository: with its `.dataplan.yml`.
    static let prepared = CheckRunner().prepare(
        CheckSettings(
            config: ProjectConfigReader.read(path: Repository.root.appendingPathComponent(".dataplan.yml").path).config,
            today: "2026-11-25"))

    /// A sample (or its twin) checked under the stable path `Samples/<name>`.
    static func check(
        _ name: String, replacing original: String? = nil, with broken: String? = nil
    ) throws -> FileReport {
        var text = try String(contentsOf: Repository.samples.appendingPathComponent(name), encoding: .utf8)
        if let original, let broken {
            #expect(text.contains(original), "\(name) no longer contains \(original)")
            text = text.replacingOccurrences(of: original, with: broken)
        }
        let loaded = try #require(DesignPipeline().load(Array(text.utf8), path: "Samples/\(name)"))
        var report = prepared.check(loaded)
        report.graph = loaded.graph
        return report
    }

    @Test(arguments: SamplesTests.sampleFiles)
    func everySamplesFindingsMatchItsGoldenFile(name: String) throws {
        let report = CheckReport(files: [try Self.check(name)])
        #expect(report.errors.isEmpty && report.count(.error) == 0, "the seed scenarios have no errors")
        let golden = name.replacingOccurrences(of: ".yaml", with: ".findings.json")
        try GoldenFile.check(JSONCheckReporter.report(report, options: .plain), against: golden)
    }

    struct Twin: Sendable, CustomStringConvertible {
        let sample: String
        let original: String
        let broken: String
        let rule: String
        let component: String?
        var description: String { "\(sample): \(rule)" }
    }

    static let twins: [Twin] = [
        Twin(
            sample: "ecommerce-realtime.yaml", original: "shards: 120", broken: "shards: 60", rule: "PERF-001",
            component: "events"),
        Twin(
            sample: "financial-migration.yaml", original: "migration: full-load-and-cdc",
            broken: "migration: full-load", rule: "MIG-001", component: "ledger-migration"),
        Twin(
            sample: "multi-region-lake.yaml", original: "residency: [us-east-1, eu-west-1]",
            broken: "residency: [us-east-1]", rule: "GOV-003", component: "gold-us"),
        Twin(
            sample: "lambda-architecture.yaml", original: "    kpu: 8\n    checkpointing: true",
            broken: "    kpu: 8\n    checkpointing: false", rule: "REL-009", component: "speed"),
        Twin(
            sample: "ml-feature-store.yaml", original: "    on-failure: dead-letters\n", broken: "\n", rule: "REL-002",
            component: "compute-features"),
        Twin(
            sample: "nightly-batch-etl.yaml", original: "block-public-access: true",
            broken: "block-public-access: false", rule: "SEC-004", component: "raw"),
    ]

    @Test(arguments: twins)
    func aBrokenTwinTripsTheRuleItShould(twin: Twin) throws {
        let clean = try Self.check(twin.sample).findings.filter { $0.isActive && $0.rule.id == twin.rule }
        #expect(clean.isEmpty, "the sample itself must pass \(twin.rule)")
        let broken = try Self.check(twin.sample, replacing: twin.original, with: twin.broken)
        let tripped = broken.findings.filter { $0.isActive && $0.rule.id == twin.rule }
        #expect(tripped.contains { $0.component == twin.component }, "\(tripped.map(\.message))")
        #expect(tripped.allSatisfy { $0.severity == .error || $0.rule.severity != .error })
    }

    /// The 1-based line of a sample that contains `text`.
    static func line(of text: String, in name: String) throws -> Int {
        let lines = try String(contentsOf: Repository.samples.appendingPathComponent(name), encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false)
        return try #require(lines.firstIndex { $0.contains(text) }) + 1
    }

    @Test func theShardTwinSaysHowManyShardsAreNeeded() throws {
        let twin = try Self.check("ecommerce-realtime.yaml", replacing: "shards: 120", with: "shards: 60")
        let finding = try #require(twin.findings.first { $0.rule.id == "PERF-001" })
        #expect(
            finding.message
                == "Stream 'events' has 60 shards but needs at least 100 for 100K records/s, 100 MB/s (sum of the "
                + "flows into events)"
        )
        #expect(
            "\(finding.location.line):\(finding.location.column)"
                == "\(try Self.line(of: "shards: 120", in: "ecommerce-realtime.yaml")):5")
    }

    @Test func theResidencyTwinFlagsComponentsAndReplicationEdges() throws {
        let twin = try Self.check(
            "multi-region-lake.yaml", replacing: "residency: [us-east-1, eu-west-1]", with: "residency: [us-east-1]")
        let messages = twin.findings.filter { $0.rule.id == "GOV-003" }.map(\.message)
        #expect(
            messages.contains(
                "'gold-us' replicates to 'gold-eu' in eu-west-1, outside the residency requirement [us-east-1]"))
        #expect(
            messages.contains(
                "'reference' keeps a global-table replica in eu-west-1, outside the residency requirement [us-east-1]"))
        #expect(messages.contains("'intake-eu' runs in eu-west-1, outside the residency requirement [us-east-1]"))
    }
}

@Suite struct FindingTextTests {
    @Test func aFindingShowsItsLineCaretRuleAndFix() throws {
        let twin = try SampleFindingsTests.check(
            "ecommerce-realtime.yaml", replacing: "shards: 120", with: "shards: 60")
        let text = TextCheckReporter.report(CheckReport(files: [twin]), options: .plain)
        try GoldenFile.check(text, against: "ecommerce-shards-twin.text")
    }
}
