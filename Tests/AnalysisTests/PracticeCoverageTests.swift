import Testing
@testable import Analysis

/// Rules/practices.yaml and the rules' `lens:` and `seed:` ids give the coverage `dataplan rules --coverage` prints.
@Suite struct PracticeCoverageTests {
    static let practices = PracticeCatalog.bundled()
    static let coverage = PracticeCoverage(practices: practices.practices, rules: RuleCatalog.bundled().rules)

    @Test func thePracticesFileReadsCleanAndNamesEachPracticeOnce() {
        #expect(Self.practices.diagnostics.isEmpty, "\(Self.practices.diagnostics)")
        let ids = Self.practices.practices.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(Self.practices.practices.filter { $0.source == .lens }.count == 62)
        #expect(Self.practices.practices.filter { $0.risk == "high" }.count == 20)
        for practice in Self.practices.practices where practice.source != .seed {
            #expect(practice.url?.hasPrefix("https://docs.aws.amazon.com/") == true, "\(practice.id) cites its page")
        }
    }

    @Test func everyPracticeARuleNamesIsInTheFile() {
        #expect(Self.coverage.unknownIDs.isEmpty, "\(Self.coverage.unknownIDs)")
    }

    /// The acceptance of issue 33: most checkable practices covered, every high-risk one covered or explained.
    @Test func coverageStaysAboveItsFloor() {
        #expect(Self.coverage.total.coveredPercent >= 80, "\(Self.coverage.total)")
        let high = Self.coverage.entries.filter { $0.practice.risk == "high" }
        for entry in high {
            let shown = entry.verdict == .covered || entry.verdict == .notCheckable
            #expect(shown, "\(entry.practice.id): \(entry.verdict)")
        }
    }

    @Test func theVerdictFollowsTheRulesAndTheOpenFacets() throws {
        let text = """
            practices:
              DALOPS01-BP01: {title: Validate, source: lens, risk: high}
              DALSEC05-BP01: {title: Prevent access, source: lens, open: [MWAA is not checked]}
              X-NOBODY: {title: Unclaimed, source: serverless}
              Q6: {title: Skew, source: seed, not-checkable: Job code}
            """
        let read = PracticeCatalog.read(text, file: "practices.yaml")
        #expect(read.diagnostics.isEmpty, "\(read.diagnostics)")
        let coverage = PracticeCoverage(practices: read.practices, rules: RuleCatalog.bundled().rules)
        #expect(coverage.entries.map(\.verdict) == [.covered, .partly, .none, .notCheckable])
        #expect(coverage.entries[0].rules.contains("GOV-011"))
        #expect(coverage.total.checkable == 3 && coverage.total.covered == 1 && coverage.total.coveredPercent == 33)
    }

    @Test func aMalformedPracticeIsAnErrorAtItsLine() {
        let text = """
            practices:
              DALOPS01-BP01: {title: Validate, source: lense, colour: red}
              Q6: {title: Skew, source: seed, not-checkable: Job code, open: [x]}
            """
        let messages = PracticeCatalog.read(text, file: "p.yaml").diagnostics.map(\.description)
        #expect(messages.contains { $0.hasPrefix("p.yaml:2:51: error: unknown key 'colour'") }, "\(messages)")
        #expect(messages.contains { $0.contains("`source` is lens, serverless or seed") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("p.yaml:3:") && $0.contains("not both") }, "\(messages)")
    }
}
