import Foundation
import Testing
import TestSupport
import Analysis
import Pricing
@testable import Reporting
@testable import DataplanKit

/// `dataplan diff BASE HEAD`: the findings a change adds and resolves, the cost per component before
/// and after, and the gate of `--fail-on` and `--max-increase`.
@Suite struct DiffTests {
    static let sample = Repository.samples.appendingPathComponent("ecommerce-realtime.yaml").path
    static let options = ReportOptions(workingDirectory: Repository.root.path)

    /// The ecommerce sample with one line changed, written to a temporary file.
    static func twin(_ original: String, _ changed: String) throws -> String {
        let text = try String(contentsOfFile: sample, encoding: .utf8)
        #expect(text.contains(original))
        return try ExternalTool.temporaryFile(text.replacingOccurrences(of: original, with: changed), extension: "yaml")
    }

    static func diff(_ head: String, failOn: FailLevel = .never, maxIncrease: String? = nil) -> DiffReport {
        DiffRunner(appraiser: DesignAppraiser(check: CompareTests.check))
            .run(base: sample, head: head, failOn: failOn, maxIncrease: maxIncrease.flatMap(DesignDiff.Increase.parse))
    }

    @Test func aDesignAgainstItselfChangesNothingAndPasses() throws {
        let report = Self.diff(Self.sample)
        let diff = try #require(report.diff)
        #expect(report.exitCode == 0)
        #expect(diff.totalDelta == 0)
        #expect(diff.components.allSatisfy { !$0.changed })
        #expect(diff.added.isEmpty && diff.resolved.isEmpty)
        #expect(DiffTextReporter.report(report, options: Self.options).contains("No component's monthly cost changed."))
    }

    @Test func oneMoreShardChangesExactlyThatStreamsCost() throws {
        let head = try Self.twin("shards: 120", "shards: 121")
        defer { try? FileManager.default.removeItem(atPath: head) }
        let report = Self.diff(head)
        let diff = try #require(report.diff)
        let changed = diff.components.filter(\.changed)
        #expect(changed.map(\.component) == ["events"])
        // One shard-hour more each hour at 0.015, and so for each of the three enhanced fan-out consumers,
        // and one more shard-hour of extended retention at 0.02.
        let expected = Decimal(730) * (Decimal(string: "0.015")! * 4 + Decimal(string: "0.02")!)
        #expect(changed.first?.delta == expected)
        #expect(diff.totalDelta == expected)
        #expect(changed.first?.exact == true, "every line of the stream has a rate")
        #expect(report.exitCode == 0)
        for format in DiffOutputFormat.allCases {
            let output = format.render(report, options: Self.options).replacingOccurrences(of: head, with: "HEAD.yaml")
            try GoldenFile.check(output, against: "ecommerce-one-more-shard.diff.\(format.rawValue)")
        }
    }

    @Test(arguments: [("40 USD/month", Int32(1)), ("60", 0), ("1%", 0), ("0.01%", 1)])
    func maxIncreaseGatesOnMoneyOrPercent(limit: String, exitCode: Int32) throws {
        let head = try Self.twin("shards: 120", "shards: 121")
        defer { try? FileManager.default.removeItem(atPath: head) }
        let report = Self.diff(head, maxIncrease: limit)
        #expect(report.exitCode == exitCode, "\(limit): \(report.diff?.increaseOverLimit ?? "within")")
    }

    @Test func halfTheShardsAddsTheCapacityFindingAndFailsOnError() throws {
        let head = try Self.twin("shards: 120", "shards: 60")
        defer { try? FileManager.default.removeItem(atPath: head) }
        let report = Self.diff(head, failOn: .error)
        let diff = try #require(report.diff)
        #expect(diff.added.map(\.rule.id).contains("PERF-001"))
        #expect(diff.resolved.isEmpty)
        #expect(diff.totalDelta < 0)
        #expect(report.exitCode == 1)
        #expect(Self.diff(head).exitCode == 0, "without --fail-on, findings do not gate")
    }

    /// interface.md: the added and resolved findings are in `check --format json`'s shape.
    @Test func addedFindingsHaveTheShapeOfCheckFindings() throws {
        let head = try Self.twin("shards: 120", "shards: 60")
        defer { try? FileManager.default.removeItem(atPath: head) }
        let diffJSON = try Self.object(DiffJSONReporter.report(Self.diff(head), options: Self.options))
        let added = try #require(diffJSON["findings_added"] as? [[String: Any]])
        let capacity = try #require(added.first { $0["rule"] as? String == "PERF-001" })
        let checked = CheckRunner().run(paths: [head], settings: CheckSettings(today: "2026-01-01"))
        let checkJSON = try Self.object(JSONCheckReporter.report(checked, options: Self.options))
        let findings = try #require(checkJSON["findings"] as? [[String: Any]])
        let same = try #require(findings.first { $0["rule"] as? String == "PERF-001" })
        #expect(Set(capacity.keys) == Set(same.keys))
        #expect(capacity["remediation"] as? String == same["remediation"] as? String)
        #expect(capacity["line"] as? Int == same["line"] as? Int)
    }

    static func object(_ json: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test func anInvalidSideIsAnInputError() throws {
        let head = try ExternalTool.temporaryFile(
            "dataplan: 1\nname: x\ncomponents: {a: {type: nosuch}}\n", extension: "yaml")
        defer { try? FileManager.default.removeItem(atPath: head) }
        let report = Self.diff(head)
        #expect(report.exitCode == 2)
        #expect(report.diff == nil)
        #expect(report.errors.first?.location.line == 3)
    }

    @Test func increaseLimitsAreReadAsMoneyOrPercent() {
        #expect(DesignDiff.Increase.parse("500 USD/month") == .amount(500))
        #expect(DesignDiff.Increase.parse("500") == .amount(500))
        #expect(DesignDiff.Increase.parse("10%") == .percent(10))
        #expect(DesignDiff.Increase.parse("ten") == nil)
    }
}
