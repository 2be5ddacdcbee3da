import Diagnostics
import Analysis

/// SARIF 2.1.0, as GitHub code scanning reads it: every rule of the run with its help, each finding
/// with a stable `partialFingerprints` entry, suppressed findings with their justification, and
/// input problems as tool notifications.
public enum SARIFCheckReporter: CheckReporter {
    public static let identifier = "sarif"
    public static let toolVersion = "0.1.0"
    public static let informationURI = "https://github.com/dataplan-dev/dataplan"
    static let fingerprintKey = "dataplanFinding/v1"

    public static func report(_ run: CheckReport, options: ReportOptions) -> String {
        let rules = run.rules.isEmpty ? uniqueRules(run) : run.rules
        var index: [String: Int] = [:]
        for (position, rule) in rules.enumerated() where index[rule.id] == nil { index[rule.id] = position }
        var results: [JSONValue] = []
        for file in run.files {
            for finding in file.findings {
                results.append(
                    result(finding, design: file.designName ?? "", ruleIndex: index[finding.rule.id], options))
            }
        }
        var notifications = run.files.flatMap(\.diagnostics).map { notification($0, options) }
        notifications += run.skipped.map { skipped in
            notification(
                Diagnostic(
                    .info, at: SourceLocation(file: skipped.path, line: 1, column: 1), "skipped: \(skipped.reason)"),
                options)
        }
        let document: JSONValue = .object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            (
                "runs",
                .array([
                    .object([
                        (
                            "tool",
                            .object([
                                (
                                    "driver",
                                    .object([
                                        ("name", .string("dataplan")),
                                        ("version", .string(toolVersion)),
                                        ("informationUri", .string(informationURI)),
                                        ("rules", .array(rules.map(descriptor))),
                                    ])
                                )
                            ])
                        ),
                        (
                            "invocations",
                            .array([
                                .object([
                                    ("executionSuccessful", .bool(run.errors.isEmpty)),
                                    ("toolExecutionNotifications", .array(notifications)),
                                ])
                            ])
                        ),
                        ("results", .array(results)),
                    ])
                ])
            ),
        ])
        return document.serialized()
    }

    static func uniqueRules(_ run: CheckReport) -> [Rule] {
        var seen: Set<String> = []
        return run.files.flatMap(\.findings).map(\.rule).filter { seen.insert($0.id).inserted }
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// The rule's title as an identifier:
    /// "Kinesis data stream encrypted at rest" -> "KinesisDataStreamEncryptedAtRest".
    static func name(_ rule: Rule) -> String {
        rule.title.split { !$0.isLetter && !$0.isNumber }.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    static func descriptor(_ rule: Rule) -> JSONValue {
        var properties: [(String, JSONValue)] = [
            (
                "tags",
                .array(
                    ([rule.pillar.rawValue] + rule.tags.map(\.rawValue).filter { $0 != rule.pillar.rawValue }).map(
                        JSONValue.string))
            ),
            ("pillar", .string(rule.pillar.rawValue)),
        ]
        if rule.pillar == .security {
            let score =
                switch rule.severity {
                case .error: "8.0"
                case .warning: "5.0"
                case .info: "2.0"
                }
            properties.append(("security-severity", .string(score)))
        }
        let markdown =
            "\(rule.rationale)\n\n**Fix:** \(rule.remediation)\n\n"
            + rule.references.map { "- <\($0)>" }.joined(separator: "\n")
        return .object([
            ("id", .string(rule.id)),
            ("name", .string(name(rule))),
            ("shortDescription", .object([("text", .string(rule.title))])),
            ("fullDescription", .object([("text", .string(rule.rationale))])),
            ("help", .object([("text", .string(rule.remediation)), ("markdown", .string(markdown))])),
            ("helpUri", .string(rule.references.first ?? informationURI)),
            ("defaultConfiguration", .object([("level", .string(level(rule.severity)))])),
            ("properties", .object(properties)),
        ])
    }

    static func location(_ location: SourceLocation, _ options: ReportOptions, message: String? = nil) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            (
                "physicalLocation",
                .object([
                    (
                        "artifactLocation",
                        .object([
                            ("uri", .string(RelativePath.uri(location.file, in: options.workingDirectory))),
                            ("uriBaseId", .string("%SRCROOT%")),
                        ])
                    ),
                    ("region", .object([("startLine", .int(location.line)), ("startColumn", .int(location.column))])),
                ])
            )
        ]
        if let message { fields.append(("message", .object([("text", .string(message))]))) }
        return .object(fields)
    }

    static func result(_ finding: Finding, design: String, ruleIndex: Int?, _ options: ReportOptions) -> JSONValue {
        var fields: [(String, JSONValue)] = [("ruleId", .string(finding.rule.id))]
        if let ruleIndex { fields.append(("ruleIndex", .int(ruleIndex))) }
        fields += [
            ("level", .string(level(finding.severity))),
            ("message", .object([("text", .string(finding.message + (finding.note.map { " (\($0))" } ?? "")))])),
            ("locations", .array([location(finding.location, options)])),
            ("partialFingerprints", .object([(fingerprintKey, .string(Fingerprint.of(finding.key(design: design))))])),
        ]
        if !finding.related.isEmpty {
            fields.append(
                (
                    "relatedLocations",
                    .array(
                        finding.related.enumerated().map { offset, related in
                            var object = location(related.location, options, message: related.label)
                            if case .object(var entries) = object {
                                entries.insert(("id", .int(offset)), at: 0)
                                object = .object(entries)
                            }
                            return object
                        })
                ))
        }
        if let suppression = finding.suppression {
            fields.append(
                (
                    "suppressions",
                    .array([
                        .object([
                            ("kind", .string("inSource")),
                            ("status", .string("accepted")),
                            (
                                "justification",
                                .string(suppression.reason + (suppression.until.map { " (until \($0))" } ?? ""))
                            ),
                        ])
                    ])
                ))
        } else if finding.baselined {
            fields.append(
                (
                    "suppressions",
                    .array([
                        .object([
                            ("kind", .string("external")),
                            ("status", .string("accepted")),
                            ("justification", .string("listed in the baseline")),
                        ])
                    ])
                ))
        }
        var properties: [(String, JSONValue)] = []
        if let component = finding.component { properties.append(("component", .string(component))) }
        if let flow = finding.flow { properties.append(("flow", .string(flow))) }
        properties.append(("design", .string(design)))
        fields.append(("properties", .object(properties)))
        return .object(fields)
    }

    static func notification(_ diagnostic: Diagnostic, _ options: ReportOptions) -> JSONValue {
        .object([
            ("level", .string(level(diagnostic.severity))),
            ("message", .object([("text", .string(diagnostic.message))])),
            ("locations", .array([location(diagnostic.location, options)])),
        ])
    }
}
