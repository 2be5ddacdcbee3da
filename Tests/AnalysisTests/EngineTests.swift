import Foundation
import Testing
import Diagnostics
import Model
@testable import Analysis

@Suite struct EngineTests {
    static let settings = RuleSettings(today: "2026-06-01")

    @Test func aTypeSetTestsCatalogTypesByPlaceAndOthersByName() {
        let types: TypeSet = ["s3", "lambda"]
        let s3 = ComponentCatalog.type(named: "s3")!, sqs = ComponentCatalog.type(named: "sqs")!
        #expect(types.contains(ordinal: s3.ordinal, name: "not read"))
        #expect(
            !types.contains(ordinal: sqs.ordinal, name: "s3"),
            "a catalog type is found by its place, not the name given")
        #expect(types.contains(ordinal: -1, name: "lambda"))
        #expect(!types.contains(ordinal: -1, name: "sqs"))
    }

    @Test func aSuppressionSilencesTheFindingButKeepsIt() throws {
        let design = try graph(
            """
            dataplan: 1
            name: t
            components:
              clicks:
                type: kinesis-data-streams
                suppress: {SEC-001: "test stream with synthetic data"}
              other: {type: kinesis-data-streams}
            """)
        let run = RuleEngine(rules: [try bundled("SEC-001")], settings: Self.settings).run(on: design)
        #expect(run.findings.map(\.component) == ["clicks", "other"])
        #expect(run.findings[0].suppression?.reason == "test stream with synthetic data" && !run.findings[0].isActive)
        #expect(run.findings[1].isActive)
    }

    @Test func anExpiredSuppressionLetsTheFindingReturnWithANote() throws {
        let design = try graph(
            """
            dataplan: 1
            name: t
            components:
              clicks:
                type: kinesis-data-streams
                suppress: {SEC-001: {reason: "until the KMS key exists", until: 2026-05-31}}
            """)
        let finding = try #require(
            RuleEngine(rules: [try bundled("SEC-001")], settings: Self.settings).run(on: design).findings.first)
        #expect(finding.isActive && finding.note == "its suppression expired on 2026-05-31")
        let before = RuleEngine(rules: [try bundled("SEC-001")], settings: RuleSettings(today: "2026-05-31")).run(
            on: design)
        #expect(before.findings.first?.isActive == false)
    }

    @Test func aSuppressionOfAnUnknownRuleIsAWarningWithAHint() throws {
        let design = try graph(
            """
            dataplan: 1
            name: t
            components:
              clicks: {type: kinesis-data-streams, suppress: {SEC-0001: "typo"}}
            """)
        let run = RuleEngine(rules: [try bundled("SEC-001")], settings: Self.settings).run(on: design)
        #expect(
            run.diagnostics.map(\.description) == [
                "design.yaml:4:51: warning: `suppress` names SEC-0001, which is not a rule; did you mean 'SEC-001'?"
            ])
    }

    @Test func aSuppressionThatMatchesNoFindingIsAWarning() throws {
        let design = try graph(
            """
            dataplan: 1
            name: t
            components:
              clicks: {type: kinesis-data-streams, encryption: {at-rest: kms}, suppress: {SEC-001: "was unencrypted"}}
            """)
        let run = RuleEngine(rules: [try bundled("SEC-001")], settings: Self.settings).run(on: design)
        #expect(run.findings.isEmpty)
        #expect(
            run.diagnostics.map(\.description) == [
                "design.yaml:4:79: warning: `suppress` of SEC-001 on 'clicks' matches no finding; remove it"
            ])
    }

    @Test func messagesReadMergedTagsAsConditionsDo() throws {
        let text = ruleFile(require: "{property: tags.environment, in: [dev]}")
            .replacingOccurrences(
                of: "message: \"'{component}' fails\"", with: "message: \"'{component}' is in {tags.environment}\"")
        let rule = try #require(readRule(text).rule)
        let design = try graph("dataplan: 1\nname: t\ntags: {environment: prod}\ncomponents:\n  lake: {type: s3}\n")
        let finding = try #require(RuleEngine(rules: [rule], settings: Self.settings).run(on: design).findings.first)
        #expect(finding.message == "'lake' is in prod")
        #expect(finding.location.line == 5 && finding.location.column == 3)
    }

    @Test func severityOverridesAndRequiredTagsComeFromSettings() throws {
        let design = try graph(
            """
            dataplan: 1
            name: t
            tags: {owner: data}
            components:
              lake: {type: s3}
            """)
        let rule = try bundled("COST-001")
        let strict = RuleEngine(
            rules: [rule], settings: RuleSettings(requiredTags: ["owner", "budget-code"], today: "2026-01-01"),
            severityOverrides: ["COST-001": .error]
        ).run(on: design)
        #expect(strict.findings.map(\.severity) == [.error])
        #expect(
            strict.findings.map(\.message) == [
                "AWS components lack the cost-allocation tags budget-code, which the design's "
                    + "`tags` do not set: 'lake'; their spend cannot be charged back"
            ])
        #expect(strict.findings.map(\.location.line) == [3], "said at the design's `tags`")
        let relaxed = RuleEngine(rules: [rule], settings: RuleSettings(requiredTags: ["owner"], today: "2026-01-01"))
            .run(on: design)
        #expect(relaxed.findings.isEmpty)
    }

    /// A design whose top-level tags lack one is told once, at those tags, not once a component.
    @Test func missingRequiredTagsAreSaidOnceADesign() throws {
        let components = (1...12).map { "  lake\($0): {type: s3}\n" }.joined()
        let design = try graph(
            "dataplan: 1\nname: t\ntags: {project: p}\ncomponents:\n  web: {type: web-app}\n" + components
                + "  own: {type: s3, tags: {environment: e, team: t, cost-center: c}}\n")
        let run = RuleEngine(rules: [try bundled("COST-001")], settings: RuleSettings(today: "2026-01-01")).run(
            on: design)
        #expect(run.findings.count == 1)
        #expect(run.findings.first?.message.contains("tags environment, team, cost-center") == true)
        #expect(run.findings.first?.message.contains("'lake1', 'lake2', 'lake3', 'lake4', 'lake5' and 7 more;") == true)
    }

    /// An on-demand table over the table quota is not told to switch to on-demand.
    @Test func aTableIsAdvisedWhatFitsItsCapacityMode() throws {
        func message(_ table: String) throws -> String? {
            let design = try graph(
                "dataplan: 1\nname: t\ncomponents:\n  app: {type: mobile-app, emits: {rate: 50K/s, record-size: 1KB}}\n"
                    + "  table: \(table)\nflows:\n  - app -> table\n")
            return RuleEngine(rules: [try bundled("PERF-004")], settings: RuleSettings(today: "2026-01-01")).run(
                on: design
            )
            .findings.first?.message
        }
        let onDemand = try #require(try message("{type: dynamodb, capacity: on-demand}"))
        #expect(onDemand.hasSuffix(": request a higher table quota or shrink `item-size`"))
        let provisioned = try #require(try message("{type: dynamodb, capacity: provisioned, wcu: 1000}"))
        #expect(provisioned.hasSuffix(": raise `wcu` or use `capacity: on-demand`"))
    }

    @Test func personalDataTaintsEverythingDownstreamAndNothingUpstream() throws {
        let design = try graph(
            """
            dataplan: 1
            name: t
            components:
              web: {type: web-app}
              clicks: {type: kinesis-data-streams}
              orders: {type: mysql}
              join: {type: glue}
              lake: {type: s3}
              other: {type: s3}
            flows:
              - web -> clicks -> join -> lake
              - {from: orders, to: join, pii: true}
              - web -> other
            """)
        let evaluator = Evaluator(graph: design, settings: Self.settings)
        let tainted = evaluator.answers(for: GraphQuery(.piiTainted, .all([])))
        #expect(
            design.design.components.indices.filter { tainted[$0] }.map { design.component($0).name } == [
                "join", "lake",
            ])
        #expect(Evaluator.piiTaint(of: design) == tainted)
        let given = Evaluator(
            graph: design, settings: Self.settings, components: ComponentIndex(design.design),
            piiTaint: [true, false, false, false, false, true])
        #expect(
            given.answers(for: GraphQuery(.piiTainted, .all([]))) == [true, false, false, false, false, true],
            "an evaluator takes the run's answer rather than finding its own")
        #expect(
            given.answer(GraphQuery(.piiTainted, .all([])), at: 5)
                && !given.answer(GraphQuery(.piiTainted, .all([])), at: 4))
    }

    @Test func aRunFindsPersonalDataOnceForTheRulesThatAsk() {
        let rules = RuleCatalog.bundled().rules
        #expect(
            rules.filter(\.asksForPIITaint).map(\.id).sorted() == [
                "COST-018", "GOV-004", "GOV-005", "GOV-012", "GOV-013", "GOV-015", "SEC-006", "SEC-019", "SEC-021",
            ])
        let nested: Condition = .not(.designHas(DesignQuery(.from(.graph(GraphQuery(.piiTainted, .all([])))))))
        #expect(nested.asksForPIITaint)
        let through: Condition = .graph(
            GraphQuery(.everyPathFrom(through: .graph(GraphQuery(.piiTainted, .all([])))), .type(["s3"])))
        #expect(through.asksForPIITaint)
        #expect(!Condition.graph(GraphQuery(.upstream, .type(["s3"]))).asksForPIITaint)
    }

    @Test func everyPathFromQuestionsAreAnsweredWithoutWalkingPaths() throws {
        let design = try graph(
            """
            dataplan: 1
            name: t
            components:
              web: {type: web-app}
              clicks: {type: kinesis-data-streams}
              direct: {type: lambda}
              checked: {type: glue, data-quality: true}
              lake: {type: s3}
              mart: {type: s3}
            flows:
              - web -> clicks -> checked -> mart
              - clicks -> direct -> lake
              - checked -> lake
            """)
        let query = GraphQuery(
            .everyPathFrom(
                through: .property(
                    PropertyTest(
                        path: "data-quality", operation: .present(true), defaultValue: nil, defaultText: nil))),
            .type(["web-app"]))
        let answers = Evaluator(graph: design, settings: Self.settings).answers(for: query)
        let covered = design.design.components.indices.filter { answers[$0] }.map { design.component($0).name }
        #expect(covered == ["web", "checked", "mart"])
    }

    @Test func everyFlowUpstreamFailsDownstreamOfOneBadHopOnly() throws {
        let design = try graph(
            """
            dataplan: 1
            name: t
            components:
              db: {type: mysql}
              copy: {type: dms}
              side: {type: s3}
              lake: {type: s3}
              mart: {type: s3}
            flows:
              - {from: db, to: copy, tls: true}
              - {from: copy, to: lake, tls: true}
              - side -> lake
              - {from: copy, to: mart, tls: true}
            """)
        let query = GraphQuery(
            .everyFlowUpstream,
            .property(
                PropertyTest(
                    path: "tls", operation: .equals(.literal(.bool(true), "true")), defaultValue: nil, defaultText: nil)
            ))
        let answers = Evaluator(graph: design, settings: Self.settings).answers(for: query)
        #expect(design.design.components.indices.filter { !answers[$0] }.map { design.component($0).name } == ["lake"])
    }

    @Test func theLatencyBudgetNamesTheSlowestPathAndItsSlowestStage() throws {
        let design = try graph(
            """
            dataplan: 1
            name: t
            requirements: {latency: 2s}
            components:
              web: {type: web-app}
              clicks: {type: kinesis-data-streams}
              fast: {type: lambda, duration: 50ms}
              archive: {type: firehose, buffer: {interval: 60s}}
              lake: {type: s3}
            flows:
              - web -> clicks -> fast -> lake
              - clicks -> archive -> lake
            """)
        let finding = try #require(
            RuleEngine(rules: [try bundled("PERF-005")], settings: Self.settings).run(on: design).findings.first)
        #expect(
            finding.message
                == "The slowest path to 'lake' (web -> clicks -> archive -> lake) takes about 60.4 s against the 2 s "
                + "latency budget; archive alone adds 60 s"
        )
    }

    @Test func aLongPathIsShownByItsSourceAndLastStages() throws {
        var text = "dataplan: 1\nname: t\nrequirements: {latency: 1s}\ncomponents:\n  src: {type: web-app}\n"
        for index in 0..<20 { text += "  g\(index): {type: glue}\n" }
        text += "flows:\n  - src -> g0\n"
        for index in 1..<20 { text += "  - g\(index - 1) -> g\(index)\n" }
        let finding = try #require(
            RuleEngine(rules: [try bundled("PERF-005")], settings: Self.settings).run(on: try graph(text)).findings
                .first)
        #expect(
            finding.message
                == "The slowest path to 'g19' (src -> … -> g12 -> g13 -> g14 -> g15 -> g16 -> g17 -> g18 -> g19) "
                + "takes about 10 min against the 1 s latency budget; g19 alone adds 30 s"
        )
    }

    @Test func aChainOf5000ComponentsIsEvaluatedByEveryRule() throws {
        var text =
            "dataplan: 1\nname: long\ntags: {project: p, environment: e, team: t, cost-center: c}\ncomponents:\n  "
            + "src: {type: web-app, emits: {rate: 1K/s, record-size: 1KB}, pii: true}\n"
        text += "  dlq: {type: sqs, encryption: {at-rest: kms}}\n"
        for index in 0..<5_000 { text += "  q\(index): {type: sqs, on-failure: dlq, encryption: {at-rest: none}}\n" }
        text += "flows:\n  - src -> q0\n"
        for index in 1..<5_000 { text += "  - q\(index - 1) -> q\(index)\n" }
        let design = try graph(text)
        let run = RuleEngine(rules: RuleCatalog.bundled().rules, settings: Self.settings).run(on: design)
        #expect(run.findings.filter { $0.rule.id == "SEC-008" }.count == 5_000)
        #expect(run.findings.filter { $0.rule.id == "SEC-019" }.count == 5_000)
    }
}
