import Analysis

/// One rule in full, for `dataplan explain RULE`: what it checks, why, how to fix it, and its examples.
public enum ExplainReporter {
    /// `practices` gives the titles of the practices the rule names.
    public static func report(_ rule: Rule, practices: [Practice] = [], style: TerminalStyle = .plain) -> String {
        var output = style.bold("\(rule.id): \(rule.title)") + "\n"
        output +=
            "severity \(rule.severity.rawValue) · pillar \(rule.pillar.rawValue) · tags "
            + "\(rule.tags.map(\.rawValue).joined(separator: ", "))\n"
        output += "applies to: \(rule.scope.summary)\n"
        output += "condition: \(rule.conditionSummary)\n"
        if let question = rule.question { output += "answers: \(question)\n" }
        if !rule.practices.isEmpty {
            output += "\n" + style.bold("Practices") + "\n"
            let width = rule.practices.map(\.count).max() ?? 0
            for id in rule.practices {
                let title = practices.first { $0.id == id }.map { "  \($0.title)" } ?? ""
                output += "  " + (title.isEmpty ? id : id.padded(to: width) + title) + "\n"
            }
        }
        output += "\n" + style.bold("Why") + "\n" + indent(rule.rationale)
        output += "\n" + style.bold("Fix") + "\n" + indent(rule.remediation)
        if let check = rule.check {
            output += "\n" + style.bold("Limits") + "\n"
            for name in check.limits.keys.sorted() {
                let limit = check.limits[name]!
                output += "  \(name) = \(limit.text)  (\(limit.source))\n"
            }
        }
        output += "\n" + style.bold("References") + "\n" + rule.references.map { "  \($0)\n" }.joined()
        if let example = rule.triggering.first {
            output +=
                "\n" + style.bold("Triggers on") + " (↓ marks where the finding lands)\n" + indent(marked(example))
        }
        if let example = rule.passing.first {
            output += "\n" + style.bold("Passes") + "\n" + indent(example.design)
        }
        output += "\nsource: \(rule.file)\n"
        return output
    }

    /// The example's design with its ↓ marks put back where they were written.
    static func marked(_ example: RuleExample) -> String {
        var lines = example.design.split(separator: "\n", omittingEmptySubsequences: false).map {
            Array($0.unicodeScalars)
        }
        for mark in example.expected.sorted(by: >) where mark.line - 1 < lines.count {
            let index = min(mark.column - 1, lines[mark.line - 1].count)
            lines[mark.line - 1].insert("↓", at: index)
        }
        return lines.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n")
    }

    static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "  " + $0 }
            .joined(separator: "\n")
            .trimmingTrailingNewlines() + "\n"
    }
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var text = self
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
