import Foundation
import Testing
import Analysis
import Reporting
@testable import DataplanKit

@Suite struct ConfigAndBaselineTests {
    static func read(_ text: String) -> (ProjectConfig, [String]) {
        let (config, diagnostics) = ProjectConfigReader.read(Array(text.utf8), path: "/repo/.dataplan.yml")
        return (config, diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" })
    }

    @Test func theInterfaceExampleReads() throws {
        let (config, problems) = Self.read(
            """
            fail-on: warning
            required-tags: [project, environment, team, cost-center]
            rules:
              disable: [COST-003]
              severity: {COST-001: error}
            rule-packs: [policies/]
            baseline: .dataplan-baseline.json
            budget: 20000 USD/month
            """)
        #expect(problems == [])
        #expect(
            config.failOn == .warning && config.disabledRules == ["COST-003"]
                && config.severityOverrides == ["COST-001": .error])
        #expect(config.rulePacks == ["/repo/policies/"] && config.baseline == "/repo/.dataplan-baseline.json")
        #expect(config.budget?.amount == 20000)
        #expect(config.unknownRuleDiagnostics(known: ["COST-001", "COST-003"]).isEmpty)
    }

    @Test func mistakesArePositionedAndUnknownRuleIdsAreErrors() {
        let (config, problems) = Self.read(
            """
            fail-on: warnings
            rule: {disable: [COST-003]}
            rules:
              disable: [COST-0003]
            """)
        #expect(
            problems == [
                "1:10: `fail-on` must be one of error, warning, info, never",
                "2:1: unknown key 'rule' in a config file; did you mean 'rules'?",
            ])
        #expect(
            config.unknownRuleDiagnostics(known: ["COST-003"]).map(\.description)
                == ["/repo/.dataplan.yml:4:13: error: no rule has the id COST-0003; did you mean 'COST-003'?"])
    }

    @Test func aBaselineKeysFindingsByRuleDesignAndComponentSoMovedLinesStayKnown() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dataplan-baseline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let design = folder.appendingPathComponent("d.yaml")
        let text = "dataplan: 1\nname: d\ncomponents:\n  clicks: {type: kinesis-data-streams, mode: on-demand}\n"
        try text.write(to: design, atomically: true, encoding: .utf8)
        let first = CheckRunner().run(paths: [design.path], settings: CheckSettings(today: "2026-11-25"))
        #expect(first.exitCode == 1)
        let baselinePath = folder.appendingPathComponent("baseline.json").path
        try Baseline.serialize(CheckRunner.baselineKeys(first)).write(
            toFile: baselinePath, atomically: true, encoding: .utf8)

        try ("# moved down\n\n" + text + "  lake: {type: kinesis-data-streams, mode: on-demand}\n").write(
            to: design, atomically: true, encoding: .utf8)
        let second = CheckRunner().run(
            paths: [design.path], settings: CheckSettings(baseline: baselinePath, today: "2026-11-25"))
        #expect(second.baselinedFindings.count == first.activeFindings.count)
        #expect(Set(second.activeFindings.compactMap(\.component)) == ["lake"])
    }

    @Test func aMalformedBaselineIsAnErrorWithAPosition() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dataplan-bad-baseline-\(UUID().uuidString).json"
        ).path
        try "{\"version\": 1, \"findings\": [{\"rule\": \"SEC-001\"}]}".write(
            toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let report = CheckRunner().run(paths: [], settings: CheckSettings(baseline: path, today: "2026-11-25"))
        #expect(
            report.errors.map { "\($0.location.line):\($0.location.column): \($0.message)" } == [
                "1:29: a baseline entry needs `rule` and `design`"
            ])
        #expect(report.exitCode == 2)
    }

    @Test func failOnDecidesTheExitCode() {
        #expect(FailLevel.error.fails(.error) && !FailLevel.error.fails(.warning))
        #expect(FailLevel.warning.fails(.warning) && !FailLevel.warning.fails(.info))
        #expect(FailLevel.info.fails(.info) && !FailLevel.never.fails(.error))
    }
}

extension ConfigAndBaselineTests {
    /// Account-wide controls declared once in `.dataplan.yml` meet every design's `design-has` rules.
    @Test func accountControlsAreDeclaredOnceForEveryDesign() throws {
        let design = """
            dataplan: 1
            name: one-job
            components:
              job: {type: glue, worker-type: G.1X, workers: 2, duration: 1h, schedule: daily}
            """
        func rules(_ config: String) throws -> Set<String> {
            let read = ProjectConfigReader.read(Array(config.utf8), path: ".dataplan.yml")
            #expect(read.diagnostics.isEmpty, "\(read.diagnostics)")
            let prepared = CheckRunner().prepare(CheckSettings(config: read.config, today: "2026-12-07"))
            let loaded = try #require(DesignPipeline().load(Array(design.utf8), path: "d.yaml"))
            return Set(prepared.check(loaded).findings.map(\.rule.id))
        }
        let accountRules: Set<String> = ["GOV-001", "GOV-010", "OPS-005", "COST-007"]
        #expect(try rules("fail-on: error\n").isSuperset(of: accountRules))
        let declared = try rules(
            """
            account:
              trail: {type: cloudtrail, multi-region: true, log-validation: true}
              posture: {type: config}
              monitoring: {type: cloudwatch}
              budget: {type: budgets, alerts: true}
            """)
        #expect(declared.isDisjoint(with: accountRules))
        #expect(declared.contains("COST-012"), "anomaly detection is not declared, so its rule still holds")

        let (_, problems) = Self.read("account:\n  trail: {type: cloudtrial}\n")
        #expect(problems.count == 1 && problems[0].contains("2:"), "\(problems)")
    }
}

extension ConfigAndBaselineTests {
    /// Without `account:`, an account-wide rule's finding is reported once a run, naming the other designs.
    @Test func anAccountFindingIsReportedOnceARun() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dataplan-once-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["a", "b", "c"] {
            try "dataplan: 1\nname: \(name)\ncomponents:\n  q: {type: sqs}\n".write(
                to: folder.appendingPathComponent("\(name).yaml"), atomically: true, encoding: .utf8)
        }
        let report = CheckRunner().run(paths: [folder.path], settings: CheckSettings(today: "2026-12-07"))
        let trails = report.files.flatMap(\.findings).filter { $0.rule.id == "GOV-001" }
        #expect(trails.count == 1)
        #expect(trails.first?.note?.hasPrefix("also 2 other designs: b, c") == true, "\(trails.first?.note ?? "")")
        #expect(report.files.first?.designName == "a")
    }
}
