import Analysis

/// `dataplan rules --coverage`: which practices of the guidance the rules enforce, and what is left.
public enum CoverageReporter {
    public static func report(_ format: RulesReporter.Format, coverage: PracticeCoverage) -> String {
        switch format {
        case .text: text(coverage)
        case .json: json(coverage).serialized()
        case .markdown: markdown(coverage)
        }
    }

    static func groups(_ coverage: PracticeCoverage) -> [(title: String, tally: PracticeCoverage.Tally)] {
        Practice.Source.allCases.map { ($0.title, coverage.tally($0)) }
            + [("All practices", coverage.total), ("High-risk lens practices", coverage.highRisk)]
    }

    static func summary(_ tally: PracticeCoverage.Tally) -> String {
        "\(tally.checkable) checkable: \(tally.covered) covered (\(tally.coveredPercent)%), \(tally.partly) partly, "
            + "\(tally.none) none; \(tally.notCheckable) not checkable"
    }

    static func text(_ coverage: PracticeCoverage) -> String {
        var output = ""
        for source in Practice.Source.allCases {
            let entries = coverage.entries.filter { $0.practice.source == source }
            guard !entries.isEmpty else { continue }
            output += "\(source.title)\n"
            for entry in entries {
                let rules = entry.rules.isEmpty ? "-" : entry.rules.joined(separator: ", ")
                output +=
                    "  \(entry.practice.id.padded(to: 22))\((entry.practice.risk ?? "").padded(to: 8))"
                    + "\(entry.verdict.rawValue.padded(to: 15))\(entry.practice.title)  [\(rules)]\n"
                if let reason = entry.practice.notCheckable { output += "      why: \(reason)\n" }
                if let note = entry.practice.note { output += "      note: \(note)\n" }
                if entry.verdict == .partly {
                    for facet in entry.practice.open { output += "      open: \(facet)\n" }
                }
            }
            output += "\n"
        }
        for (title, tally) in groups(coverage) {
            output += "\(title.padded(to: 31))\(summary(tally))\n"
        }
        for unknown in coverage.unknownIDs {
            output += "warning: \(unknown.rule) names \(unknown.id), which is not in Rules/practices.yaml\n"
        }
        return output
    }

    static func markdown(_ coverage: PracticeCoverage) -> String {
        var output =
            "| practices | checkable | covered | partly | none | not checkable |\n|---|---:|---:|---:|---:|---:|\n"
        for (title, tally) in groups(coverage) {
            output +=
                "| \(title) | \(tally.checkable) | \(tally.covered) (\(tally.coveredPercent)%) | \(tally.partly) | "
                + "\(tally.none) | \(tally.notCheckable) |\n"
        }
        for source in Practice.Source.allCases {
            let entries = coverage.entries.filter { $0.practice.source == source }
            guard !entries.isEmpty else { continue }
            output += "\n### \(source.title)\n\n| practice | risk | coverage | rules | what is left |\n"
            output += "|---|---|---|---|---|\n"
            for entry in entries {
                let practice = entry.practice
                let name = practice.url.map { "[\(practice.id)](\($0))" } ?? practice.id
                let rules = entry.rules.map { "[\($0)](#\($0.lowercased()))" }.joined(separator: ", ")
                let left = ([practice.notCheckable, practice.note].compactMap { $0 } + practice.open)
                    .joined(separator: " ")
                output +=
                    "| \(name) \(cell(practice.title)) | \(practice.risk ?? "") | \(entry.verdict.rawValue) | "
                    + "\(rules) | \(cell(left)) |\n"
            }
        }
        return output
    }

    private static func cell(_ text: String) -> String { text.replacing(every: "|", with: "\\|") }

    static func json(_ coverage: PracticeCoverage) -> JSONValue {
        func tally(_ tally: PracticeCoverage.Tally) -> JSONValue {
            .object([
                ("checkable", .int(tally.checkable)), ("covered", .int(tally.covered)),
                ("covered_percent", .int(tally.coveredPercent)), ("partly", .int(tally.partly)),
                ("none", .int(tally.none)), ("not_checkable", .int(tally.notCheckable)),
            ])
        }
        let practices: [JSONValue] = coverage.entries.map { entry in
            .object([
                ("id", .string(entry.practice.id)), ("title", .string(entry.practice.title)),
                ("source", .string(entry.practice.source.rawValue)), ("risk", .optional(entry.practice.risk)),
                ("url", .optional(entry.practice.url)), ("coverage", .string(entry.verdict.rawValue)),
                ("rules", .array(entry.rules.map(JSONValue.string))),
                ("open", .array(entry.practice.open.map(JSONValue.string))),
                ("not_checkable", .optional(entry.practice.notCheckable)),
                ("note", .optional(entry.practice.note)),
            ])
        }
        return .object([
            ("version", .int(1)),
            (
                "summary",
                .object(
                    Practice.Source.allCases.map { ($0.rawValue, tally(coverage.tally($0))) }
                        + [("all", tally(coverage.total)), ("high_risk", tally(coverage.highRisk))])
            ),
            ("practices", .array(practices)),
        ])
    }
}
