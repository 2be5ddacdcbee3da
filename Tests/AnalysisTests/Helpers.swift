import Testing
import Diagnostics
import YAMLLoader
import Model
@testable import Analysis

/// Reads a rule file's text; the rule, or nil, and every diagnostic as `line:col: message`.
func readRule(_ text: String, origin: RuleOrigin = .pack("pack")) -> (rule: Rule?, problems: [String]) {
    let (rule, diagnostics) = RuleReader(origin: origin).read(YAMLLoader().load(text, file: "rule.yaml"))
    return (rule, diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" })
}

/// A design's graph, from text that must be a valid design.
func graph(_ text: String) throws -> DesignGraph {
    let reading = DesignReader().read(YAMLLoader().load(text, file: "design.yaml"))
    #expect(reading.diagnostics.filter { $0.severity == .error }.isEmpty, "\(reading.diagnostics.prefix(3))")
    return DesignGraph(try #require(reading.design))
}

/// The bundled rule with this id.
func bundled(_ id: String) throws -> Rule {
    try #require(RuleCatalog.bundled().rule(id))
}

/// A minimal rule file around a condition, with one example of each kind.
func ruleFile(appliesTo: String = "{types: [s3]}", require: String, extra: String = "") -> String {
    """
    id: ACME-001
    title: A test rule
    severity: warning
    pillar: security
    tags: [audit]
    applies-to: \(appliesTo)
    require: \(require)
    message: "'{component}' fails"
    rationale: Because.
    remediation: Fix it.
    references: [https://docs.aws.amazon.com/]
    \(extra)
    examples:
      triggering:
        - |
          dataplan: 1
          name: t
          components:
            ↓a: {type: s3}
      passing:
        - |
          dataplan: 1
          name: t
          components:
            a: {type: s3, versioning: true}
    """
}
