import Diagnostics
import Analysis

/// The JSON of interface.md: version, files, errors, findings, suppressed, summary; plus `warnings`
/// and `baselined` (extensions).
public enum JSONCheckReporter: CheckReporter {
    public static let identifier = "json"

    public static func report(_ run: CheckReport, options: ReportOptions) -> String {
        var json = JSONWriter()
        json.object { json in
            json.field("version", 1)
            json.key("files")
            json.array { json in
                for file in run.files where file.designName != nil || file.hasErrors {
                    json.object { json in
                        json.field("path", file.path)
                        json.field("design", file.designName)
                    }
                }
            }
            writeSkipped(run.skipped, to: &json)
            json.key("errors")
            json.array { json in for error in run.errors { diagnostic(error).write(to: &json) } }
            json.key("warnings")
            json.array { json in for warning in run.warnings { diagnostic(warning).write(to: &json) } }
            json.key("findings")
            json.array { json in
                run.forEachFinding(where: { $0.isActive }) { write($0, to: &json) }
            }
            json.key("suppressed")
            json.array { json in run.forEachFinding(where: { $0.suppression != nil }) { writeSuppressed($0, to: &json) }
            }
            json.key("baselined")
            json.array { json in
                run.forEachFinding(where: { $0.suppression == nil && $0.baselined }) { write($0, to: &json) }
            }
            json.key("summary")
            json.object { json in
                json.field("error", run.count(.error))
                json.field("warning", run.count(.warning))
                json.field("info", run.count(.info))
                json.field("suppressed", run.suppressedCount)
                json.field("baselined", run.baselinedCount)
            }
        }
        return json.finish()
    }

    static func diagnostic(_ diagnostic: Diagnostic) -> JSONValue {
        .object([
            ("path", .string(diagnostic.location.file)),
            ("line", .int(diagnostic.location.line)),
            ("column", .int(diagnostic.location.column)),
            ("message", .string(diagnostic.message)),
        ])
    }

    /// One finding in the shape of interface.md; `path` as the report shows it (the finding's file unless told).
    /// The `skipped` array: a folder's YAML files that are not designs, with why.
    static func writeSkipped(_ skipped: [SkippedFile], to json: inout JSONWriter) {
        json.key("skipped")
        json.array { json in
            for file in skipped {
                json.object { json in
                    json.field("path", file.path)
                    json.field("reason", file.reason)
                }
            }
        }
    }

    static func write(_ finding: borrowing Finding, path: String? = nil, to json: inout JSONWriter) {
        json.object { json in
            json.field("rule", finding.rule.id)
            json.field("severity", finding.severity.rawValue)
            json.field("pillar", finding.rule.pillar.rawValue)
            json.key("tags")
            json.array { json in for tag in finding.rule.tags { json.string(tag.rawValue) } }
            json.field("title", finding.rule.title)
            json.field("message", finding.message + (finding.note.map { " (\($0))" } ?? ""))
            json.field("remediation", finding.rule.remediation)
            json.field("path", path ?? finding.location.file)
            json.field("line", finding.location.line)
            json.field("column", finding.location.column)
            json.field("component", finding.component)
            json.field("flow", finding.flow)
        }
    }

    static func writeSuppressed(_ finding: borrowing Finding, to json: inout JSONWriter) {
        json.object { json in
            json.field("rule", finding.rule.id)
            json.field("component", finding.component)
            json.field("flow", finding.flow)
            json.field("reason", finding.suppression?.reason ?? "")
            json.field("until", finding.suppression?.until)
            json.field("path", finding.location.file)
            json.field("line", finding.location.line)
            json.field("column", finding.location.column)
        }
    }
}
