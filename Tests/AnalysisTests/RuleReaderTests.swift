import Foundation
import Testing
@testable import Analysis

/// A malformed rule is reported like a malformed design: line, column, and what was expected.
@Suite struct RuleReaderTests {
    @Test func aWellFormedPackRuleReads() throws {
        let (rule, problems) = readRule(ruleFile(require: "{property: versioning, equals: true}"))
        #expect(problems == [])
        let read = try #require(rule)
        #expect(
            read.id == "ACME-001" && read.tags == [.audit] && read.triggering[0].expected.map(\.description) == ["4:3"])
    }

    @Test func anUnknownPropertySuggestsTheClosestOfTheTypesItAppliesTo() {
        let (rule, problems) = readRule(ruleFile(require: "{property: versionning, equals: true}"))
        #expect(rule == nil)
        #expect(
            problems == [
                "7:21: no type this rule applies to has the property 'versionning'; did you mean 'versioning'?"
            ])
    }

    @Test func aValueOutsideThePropertysKindIsAnError() {
        let (_, problems) = readRule(ruleFile(require: "{property: storage-class, equals: glacier}"))
        #expect(problems.count == 1)
        #expect(
            problems.first?.hasPrefix("7:44: `equals` value 'glacier' is not standard | intelligent-tiering") == true,
            "\(problems)")
        let (_, units) = readRule(
            ruleFile(appliesTo: "{types: [kinesis-data-streams]}", require: "{property: retention, at-least: 7days}"))
        #expect(units == ["7:42: `at-least` value '7days' is not duration, e.g. 80ms, 5min, 24h"])
    }

    @Test func unknownKeysTagsConditionsAndTypesAreNamedWithAHint() {
        #expect(
            readRule(ruleFile(require: "{property: versioning, equals: true}", extra: "remediaton: x")).problems
                == ["12:1: unknown key 'remediaton' in a rule; did you mean 'remediation'?"])
        #expect(
            readRule(
                ruleFile(require: "{property: versioning, equals: true}").replacingOccurrences(
                    of: "[audit]", with: "[audits]")
            ).problems
                == ["5:8: unknown tag 'audits'; did you mean 'audit'?"])
        #expect(
            readRule(ruleFile(require: "{upstrem: {type: s3}}")).problems
                == ["7:11: unknown condition 'upstrem'; did you mean 'upstream'?"])
        #expect(
            readRule(ruleFile(appliesTo: "{types: [s4]}", require: "{property: region, present: true}")).problems
                == ["6:22: unknown component type 's4'; did you mean 's3'?"])
    }

    @Test func aComparisonWithARequirementMustMatchItsKind() {
        let (_, problems) = readRule(
            ruleFile(
                appliesTo: "{types: [firehose]}", require: "{property: buffer.size, at-most: {requirement: latency}}"))
        #expect(
            problems == [
                "7:57: requirement 'latency' is duration, e.g. 80ms, 5min, 24h, which cannot be compared with size, "
                    + "e.g. 1KB, 50TB, 4GiB"
            ])
    }

    @Test func aComparisonWithAnotherPropertyMustMatchItsKindAndScaleByAPositiveNumber() {
        func problems(_ comparand: String) -> [String] {
            readRule(
                ruleFile(appliesTo: "{types: [lambda]}", require: "{property: timeout, at-most: \(comparand)}")
            ).problems
        }
        #expect(problems("{property: duration, times: 10}").isEmpty)
        #expect(
            problems("{property: memory}") == [
                "7:50: 'memory' is size, e.g. 1KB, 50TB, 4GiB, which cannot be compared with duration, "
                    + "e.g. 80ms, 5min, 24h"
            ])
        #expect(problems("{property: duration, times: 0}") == ["7:67: `times` is a positive number"])
        #expect(problems("{property: duraton}").first?.contains("did you mean 'duration'") == true)
    }

    @Test func examplesMustSayWhereTheFindingLands() {
        let unmarked = ruleFile(require: "{property: versioning, equals: true}").replacingOccurrences(
            of: "↓a:", with: "a:")
        #expect(readRule(unmarked).problems == ["15:7: a triggering example must mark where each finding lands with ↓"])
    }

    @Test func bundledIdsFollowTheirPillarAndLimitsCiteASource() {
        let mislabelled = ruleFile(require: "{property: versioning, equals: true}").replacingOccurrences(
            of: "ACME-001", with: "REL-001")
        #expect(
            readRule(mislabelled, origin: .bundled).problems == [
                "1:5: rule id 'REL-001' of pillar security must start with SEC-"
            ])
        let check = """
            id: ACME-002
            title: t
            severity: error
            pillar: performance
            tags: [capacity]
            applies-to: {types: [lambda]}
            check: lambda-concurrency
            limits:
              account-concurency: {value: 1000, source: "https://x"}
            """
        #expect(
            readRule(check).problems.contains(
                "9:3: check 'lambda-concurrency' has no limit 'account-concurency'; did you mean 'account-concurrency'?"
            ))
    }

    @Test func aBuiltInCheckRefusesARuleOutsideItsScope() {
        func problems(_ appliesTo: String) -> [String] {
            readRule(
                """
                id: ACME-004
                title: t
                severity: error
                pillar: performance
                tags: [capacity]
                applies-to: \(appliesTo)
                check: stream-readers
                limits:
                  shared-readers: {value: 2, source: "https://x"}
                """
            ).problems.filter { $0.contains("works on") }
        }
        #expect(problems("{types: [kinesis-data-streams]}").isEmpty)
        #expect(
            problems("{types: [lambda]}") == [
                "7:1: check 'stream-readers' works on kinesis-data-streams; this rule applies to lambda"
            ])
        #expect(problems("components").count == 1, "every component is wider than the kind's one type")
        #expect(problems("design").count == 1)
    }

    @Test func aRegionalLimitNamesARequiredLimitAndAKnownRegion() {
        func problems(_ extra: String) -> [String] {
            readRule(
                """
                id: ACME-003
                title: t
                severity: error
                pillar: performance
                tags: [capacity]
                applies-to: {types: [firehose]}
                check: firehose-capacity
                limits:
                  direct-put-records: {value: 100000/s, source: "https://x"}
                  direct-put-bytes: {value: 1MiB/s, source: "https://x"}
                  \(extra): {value: 5MiB/s, source: "https://x"}
                """
            ).problems.filter { $0.contains("limit") }
        }
        #expect(problems("direct-put-bytes@us-east-1").isEmpty)
        #expect(problems("direct-put-bytes@mars-1").first?.contains("has no limit 'direct-put-bytes@mars-1'") == true)
        #expect(problems("buffer@us-east-1").first?.contains("has no limit 'buffer@us-east-1'") == true)
    }

    @Test func aDuplicateIdInAPackIsAnErrorAtTheSecondDefinition() {
        let first = RuleCatalog.read(
            [(path: "a.yaml", text: ruleFile(require: "{property: versioning, equals: true}"))], origin: .pack("p"))
        let both = first.adding(
            RuleCatalog.read(
                [(path: "b.yaml", text: ruleFile(require: "{property: versioning, equals: true}"))], origin: .pack("p"))
        )
        #expect(both.rules.count == 1)
        #expect(
            both.diagnostics.map(\.description) == [
                "b.yaml:1:5: error: rule id ACME-001 is already defined in a.yaml:1:5"
            ])
    }
}
