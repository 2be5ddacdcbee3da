import Testing
@testable import Analysis

/// Bundled rules read without their examples, as check, cost and graph read them.
@Suite struct RuleExamplesCutTests {
    @Test func examplesAsTheLastKeyAreCutAndEveryLineBeforeKeepsItsNumber() {
        let text =
            "id: X-001\ntitle: t\nexamples:\n  triggering:\n    - |\n      dataplan: 1\n\n  # a note\n  passing: []\n"
        #expect(RuleExamples.cut(from: text) == "id: X-001\ntitle: t\n")
    }

    @Test func aKeyAfterTheExamplesKeepsTheTextWhole() {
        let text = "id: X-001\nexamples:\n  triggering: []\ntitle: t\n"
        #expect(RuleExamples.cut(from: text) == text)
        #expect(RuleExamples.cut(from: "id: X-001\ntitle: t\n") == "id: X-001\ntitle: t\n")
    }

    @Test func theCatalogWithoutExamplesHasTheSameRulesAndNoProblems() {
        let whole = RuleCatalog.bundled(), cut = RuleCatalog.bundled(examples: false)
        #expect(cut.diagnostics.isEmpty, "\(cut.diagnostics.prefix(3))")
        #expect(cut.rules.map(\.id) == whole.rules.map(\.id))
        #expect(cut.rules.map(\.message.source) == whole.rules.map(\.message.source))
        #expect(cut.rules.map(\.mark) == whole.rules.map(\.mark))
        #expect(cut.rules.allSatisfy { $0.triggering.isEmpty && $0.passing.isEmpty })
        #expect(whole.rules.allSatisfy { !$0.triggering.isEmpty && !$0.passing.isEmpty })
    }

    @Test func theCatalogWithoutExamplesIsReadOnceAProcess() {
        let first = RuleCatalog.bundled(examples: false), second = RuleCatalog.bundled(examples: false)
        #expect(first.rules.count == RuleCatalog.bundled().rules.count)
        #expect(first.rules.count == second.rules.count)
        #expect(zip(first.rules, second.rules).allSatisfy { $0 === $1 })
    }

    @Test func aPackRuleWithoutExamplesIsStillAnError() {
        let read = RuleCatalog.read([(path: "pack/X.yaml", text: "id: X-001\n")], origin: .pack("pack"))
        #expect(read.diagnostics.contains { $0.message.contains("missing `examples`") })
    }
}
