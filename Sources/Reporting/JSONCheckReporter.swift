import Diagnostics
import Analysis

/// The JSON of interface.md: version, files, errors, findings, suppressed, summary; plus `warnings`
/// and `baselined` (extensions).
public enum JSONCheckReporter: CheckReporter {
    public static let identifier = "json"

    public static func report(_ run: CheckReport, options: ReportOptions) -> String {
        let files = run.files.filter { $0.designName != nil || $0.hasErrors }.map { file -> JSONValue in
            .object([("path", .string(file.path)), ("design", .optional(file.designName))])
        }
        let document: JSONValue = .object([
            ("version", .int(1)),
            ("files", .array(files)),
            ("errors", .array(run.errors.map(diagnostic))),
            ("warnings", .array(run.warnings.map(diagnostic))),
            ("findings", .array(run.activeFindings.map(finding))),
            ("suppressed", .array(run.suppressedFindings.map(suppressed))),
            ("baselined", .array(run.baselinedFindings.map(finding))),
            ("summary", .object([
                ("error", .int(run.count(.error))), ("warning", .int(run.count(.warning))), ("info", .int(run.count(.info))),
                ("suppressed", .int(run.suppressedFindings.count)), ("baselined", .int(run.baselinedFindings.count)),
            ])),
        ])
        return document.serialized()
    }

    static func diagnostic(_ diagnostic: Diagnostic) -> JSONValue {
        .object([
            ("path", .string(diagnostic.location.file)),
            ("line", .int(diagnostic.location.line)),
            ("column", .int(diagnostic.location.column)),
            ("message", .string(diagnostic.message)),
        ])
    }

    static func finding(_ finding: Finding) -> JSONValue {
        .object([
            ("rule", .string(finding.rule.id)),
            ("severity", .string(finding.severity.rawValue)),
            ("pillar", .string(finding.rule.pillar.rawValue)),
            ("tags", .array(finding.rule.tags.map { .string($0.rawValue) })),
            ("title", .string(finding.rule.title)),
            ("message", .string(finding.message + (finding.note.map { " (\($0))" } ?? ""))),
            ("remediation", .string(finding.rule.remediation)),
            ("path", .string(finding.location.file)),
            ("line", .int(finding.location.line)),
            ("column", .int(finding.location.column)),
            ("component", .optional(finding.component)),
            ("flow", .optional(finding.flow)),
        ])
    }

    static func suppressed(_ finding: Finding) -> JSONValue {
        .object([
            ("rule", .string(finding.rule.id)),
            ("component", .optional(finding.component)),
            ("flow", .optional(finding.flow)),
            ("reason", .string(finding.suppression?.reason ?? "")),
            ("until", .optional(finding.suppression?.until)),
            ("path", .string(finding.location.file)),
            ("line", .int(finding.location.line)),
            ("column", .int(finding.location.column)),
        ])
    }
}
