import Foundation
import Testing
import YAMLLoader
@testable import Model
@testable import Analysis
@testable import Pricing
import Reporting

/// A large design's components and flows are read, checked and priced on every core; the results
/// must be those of one core, in the same order, byte for byte.
@Suite struct SharedWorkTests {
    /// `copies` pipelines of eight components written as a first draft (so that rules fire), each
    /// stage feeding the next; `broken` copies carry an unknown property, a bad value and a flow to
    /// a component that does not exist.
    static func design(copies: Int, broken: Set<Int> = []) -> String {
        var text = "dataplan: 1\nname: shared\nregion: us-east-1\ntags: {project: p, environment: prod, team: t}\ncomponents:\n"
        text += "  dlq: {type: sqs, encryption: {at-rest: kms}}\n"
        let kinds = [
            "{type: web-app, emits: {rate: 2K/s, record-size: 1KB}, pii: true}",
            "{type: kinesis-data-streams, mode: provisioned, shards: 2, retention: 24h}",
            "{type: lambda, memory: 512MB, duration: 100ms, batch-size: 100, on-failure: dlq}",
            "{type: firehose, buffer: {size: 64MB, interval: 60s}, convert-to: parquet}",
            "{type: s3, versioning: true, retention: 90d, region: eu-west-1}",
            "{type: glue, worker-type: G.1X, workers: 2, duration: 10min, schedule: daily}",
            "{type: dynamodb, capacity: on-demand, pitr: true}",
            "{type: athena, queries: 1K/day, scan-per-query: 1GB}",
        ]
        for copy in 0..<copies {
            for (stage, kind) in kinds.enumerated() {
                text += "  c\(copy)-\(stage): \(kind)\n"
            }
            if broken.contains(copy) {
                text += "  c\(copy)-bad: {type: s3, versioning: maybe, colour: blue}\n"
            }
        }
        text += "flows:\n"
        for copy in 0..<copies {
            for stage in 0..<(kinds.count - 1) {
                text += stage >= 4 ? "  - {from: c\(copy)-\(stage), to: c\(copy)-\(stage + 1), mode: batch}\n" : "  - c\(copy)-\(stage) -> c\(copy)-\(stage + 1)\n"
            }
            if broken.contains(copy) { text += "  - c\(copy)-0 -> nowhere\n" }
        }
        return text
    }

    static func read(_ text: String, sharing: Bool) -> DesignReading {
        let document = YAMLLoader().load(text, file: "shared.yaml")
        return DesignReader(limits: DesignLimits(maxComponents: 100_000, maxFlows: 100_000)).read(document, sharing: sharing)
    }

    @Test func componentsAndFlowsReadOnEveryCoreAsOnOne() throws {
        let text = Self.design(copies: 300)
        let shared = try #require(Self.read(text, sharing: true).design)
        let alone = try #require(Self.read(text, sharing: false).design)
        #expect(shared.components.count == 2_401)
        #expect(shared.components.map(\.name) == alone.components.map(\.name))
        #expect(shared.components.map { $0.properties.keys.sorted() } == alone.components.map { $0.properties.keys.sorted() })
        #expect(shared.flows.map(\.label) == alone.flows.map(\.label))
        #expect(shared.flows.map(\.mark) == alone.flows.map(\.mark))
    }

    @Test func diagnosticsFromEveryCoreComeInFileOrder() {
        let text = Self.design(copies: 300, broken: [3, 150, 297])
        let shared = Self.read(text, sharing: true), alone = Self.read(text, sharing: false)
        #expect(shared.design == nil)
        let lines = shared.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.message)" }
        #expect(lines == alone.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.message)" })
        #expect(lines.count == 9)
        #expect(shared.diagnostics.map(\.location.line) == shared.diagnostics.map(\.location.line).sorted())
    }

    @Test func rulesRunOnEveryCoreFindWhatOneFinds() throws {
        // Suppressions of rules that do not exist, and of one that finds nothing there, warn from
        // two cores as from one.
        let suppressing = "  quiet: {type: s3, suppress: {NOPE-001: \"typo\", COST-999: \"typo\", PERF-001: \"no stream\"}}\n  c0-0:"
        let text = Self.design(copies: 300).replacingOccurrences(of: "  c0-0:", with: suppressing)
        let graph = DesignGraph(try #require(Self.read(text, sharing: false).design))
        let engine = RuleEngine(rules: RuleCatalog.bundled().rules, settings: RuleSettings(today: "2026-11-25"))
        let shared = engine.run(on: graph, sharing: true), alone = engine.run(on: graph, sharing: false)
        #expect(shared.findings.count > 5_000)
        #expect(shared.applicable == alone.applicable)
        #expect(shared.diagnostics.filter { $0.message.contains("which is not a rule") }.count == 2)
        #expect(shared.diagnostics.filter { $0.message.contains("PERF-001 on 'quiet' matches no finding") }.count == 1)
        let report = { (run: RuleRun) in
            JSONCheckReporter.report(CheckReport(files: [FileReport(path: "shared.yaml", designName: "shared", source: nil,
                                                                    diagnostics: run.diagnostics, findings: run.findings)]), options: .plain)
        }
        #expect(report(shared) == report(alone))
    }

    @Test func componentsPricedOnEveryCoreCostWhatOneCosts() throws {
        let graph = DesignGraph(try #require(Self.read(Self.design(copies: 300), sharing: false).design))
        let estimator = Estimator(book: RateBook.bundled())
        let shared = estimator.estimate(graph, path: "shared.yaml", sharing: true)
        let alone = estimator.estimate(graph, path: "shared.yaml", sharing: false)
        #expect(shared.components.count > 1_000)
        let report = { (estimate: DesignEstimate) in
            CostOutputFormat.json.render(CostReport(entries: [.init(file: FileReport(path: "shared.yaml", designName: "shared", source: nil, diagnostics: []),
                                                                    estimate: estimate, budget: nil)]), options: .plain)
        }
        #expect(report(shared) == report(alone))
        #expect(shared.components.contains { $0.lineItems.contains { $0.description.hasPrefix("Transfer to eu-west-1") } })
    }
}
