import Analysis

/// The rule catalog for people and tools: `dataplan rules` and docs/rules.md.
public enum RulesReporter {
    public enum Format: String, CaseIterable, Sendable {
        case text, json, markdown
    }

    public static func report(_ format: Format, rules: [Rule]) -> String {
        switch format {
        case .text: text(rules)
        case .json: json(rules).serialized()
        case .markdown: markdown(rules)
        }
    }

    static func text(_ rules: [Rule]) -> String {
        var output = ""
        for pillar in Pillar.allCases {
            let members = rules.filter { $0.pillar == pillar }
            guard !members.isEmpty else { continue }
            output += pillar.rawValue.capitalized + "\n"
            for rule in members {
                let id = rule.id.padded(to: 10)
                let severity = rule.severity.rawValue.padded(to: 8)
                output += "  \(id)\(severity)\(rule.title)  [\(rule.tags.map(\.rawValue).joined(separator: ", "))]\n"
            }
            output += "\n"
        }
        output += "\(rules.count) rules. `dataplan explain RULE` shows one in full.\n"
        return output
    }

    static func json(_ rules: [Rule]) -> JSONValue {
        .object([("version", .int(1)), ("rules", .array(rules.map(rule)))])
    }

    static func rule(_ rule: Rule) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("id", .string(rule.id)),
            ("title", .string(rule.title)),
            ("severity", .string(rule.severity.rawValue)),
            ("pillar", .string(rule.pillar.rawValue)),
            ("tags", .array(rule.tags.map { .string($0.rawValue) })),
            ("applies_to", .string(rule.scope.summary)),
            ("condition", .string(rule.conditionSummary)),
            ("rationale", .string(rule.rationale)),
            ("remediation", .string(rule.remediation)),
            ("references", .array(rule.references.map(JSONValue.string))),
            ("question", .optional(rule.question)),
            ("practices", .array(rule.practices.map(JSONValue.string))),
        ]
        if let check = rule.check {
            fields.append(
                (
                    "limits",
                    .array(
                        check.limits.keys.sorted().map { name in
                            let limit = check.limits[name]!
                            return .object([
                                ("name", .string(name)), ("value", .string(limit.text)),
                                ("source", .string(limit.source)),
                            ])
                        })
                ))
        }
        fields.append(("source", .string(rule.file)))
        return .object(fields)
    }

    static func markdown(_ rules: [Rule]) -> String {
        var output = "| id | severity | title | applies to | tags |\n|---|---|---|---|---|\n"
        for rule in rules {
            output +=
                "| [\(rule.id)](#\(rule.id.lowercased())) | \(rule.severity.rawValue) | \(rule.title) | "
                + "\(rule.scope.summary) | \(rule.tags.map(\.rawValue).joined(separator: ", ")) |\n"
        }
        for pillar in Pillar.allCases {
            let members = rules.filter { $0.pillar == pillar }
            guard !members.isEmpty else { continue }
            output += "\n## \(pillar.rawValue.capitalized)\n"
            for rule in members {
                output += "\n### \(rule.id)\n\n"
                output +=
                    "**\(rule.title)** · \(rule.severity.rawValue) · "
                    + "\(rule.tags.map { "`\($0.rawValue)`" }.joined(separator: " "))\n\n"
                output += "- Applies to: \(rule.scope.summary)\n"
                output += "- Condition: \(rule.conditionSummary.replacing(every: "|", with: "\\|"))\n"
                if let question = rule.question { output += "- Answers: \(question)\n" }
                if !rule.practices.isEmpty { output += "- Practices: \(rule.practices.joined(separator: ", "))\n" }
                output += "\n\(rule.rationale)\n\n**Fix:** \(rule.remediation)\n\n"
                if let check = rule.check {
                    output += "Limits:\n\n"
                    for name in check.limits.keys.sorted() {
                        let limit = check.limits[name]!
                        output += "- `\(name)`: \(limit.text) ([source](\(limit.source)))\n"
                    }
                    output += "\n"
                }
                output += "References: " + rule.references.map { "<\($0)>" }.joined(separator: ", ") + "\n"
            }
        }
        return output
    }
}
