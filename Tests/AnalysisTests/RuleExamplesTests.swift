import Testing
import Diagnostics
import YAMLLoader
import Model
@testable import Analysis

/// Every rule's examples, run as SwiftLint runs its rule descriptions: each triggering example yields
/// the rule exactly at its ↓ marks, each passing example yields nothing from the rule.
@Suite struct RuleExamplesTests {
    static let catalog = RuleCatalog.bundled()

    @Test func theBundledCatalogReadsWithoutProblems() {
        #expect(Self.catalog.diagnostics.map(\.description) == [])
        #expect(Self.catalog.rules.count >= 60)
    }

    @Test(arguments: catalog.rules.map(\.id))
    func examples(of id: String) throws {
        let rule = try #require(Self.catalog.rule(id))
        let engine = RuleEngine(rules: [rule], settings: RuleSettings(today: "2026-01-01"))
        for (number, example) in rule.triggering.enumerated() {
            let marks = try findings(engine, example, "\(id) triggering #\(number + 1)")
            #expect(marks == example.expected.sorted(), "\(id) triggering example #\(number + 1)")
        }
        for (number, example) in rule.passing.enumerated() {
            let marks = try findings(engine, example, "\(id) passing #\(number + 1)")
            #expect(marks == [], "\(id) passing example #\(number + 1)")
        }
    }

    private func findings(_ engine: RuleEngine, _ example: RuleExample, _ label: String) throws -> [Mark] {
        let document = YAMLLoader().load(example.design, file: label)
        let reading = DesignReader().read(document)
        #expect(
            reading.diagnostics.filter { $0.severity == .error }.map(\.description) == [],
            "\(label) is not a valid design")
        let design = try #require(reading.design)
        return engine.run(on: DesignGraph(design)).findings.map {
            Mark(line: $0.location.line, column: $0.location.column)
        }
    }
}
