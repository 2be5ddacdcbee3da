import Diagnostics

/// The JSON of interface.md: version, files, errors, findings, suppressed, summary; plus `warnings`.
public enum JSONCheckReporter: CheckReporter {
    public static let identifier = "json"

    public static func report(_ run: CheckReport, options: ReportOptions) -> String {
        let files = run.files.map { file -> JSONValue in
            .object([("path", .string(file.path)), ("design", .optional(file.designName))])
        }
        let document: JSONValue = .object([
            ("version", .int(1)),
            ("files", .array(files)),
            ("errors", .array(run.errors.map(diagnostic))),
            ("warnings", .array(run.warnings.map(diagnostic))),
            ("findings", .array([])),
            ("suppressed", .array([])),
            ("summary", .object([
                ("error", .int(0)), ("warning", .int(0)), ("info", .int(0)), ("suppressed", .int(0)),
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
}
