import Diagnostics
import Analysis

/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=RULE::message`, shown as
/// annotations on the pull request's diff. Suppressed and baselined findings are left out.
public enum GitHubCheckReporter: CheckReporter {
    public static let identifier = "github"

    public static func report(_ run: CheckReport, options: ReportOptions) -> String {
        var output = ""
        for file in run.files {
            for diagnostic in file.diagnostics {
                output += command(
                    level(diagnostic.severity), diagnostic.location, title: "dataplan: invalid input",
                    message: diagnostic.message, options)
            }
            for finding in file.findings where finding.isActive {
                let message =
                    finding.message + (finding.note.map { " (\($0))" } ?? "") + "\nFix: " + finding.rule.remediation
                output += command(
                    level(finding.severity), finding.location, title: "\(finding.rule.id): \(finding.rule.title)",
                    message: message, options)
            }
        }
        for skipped in run.skipped {
            output += command(
                "notice", SourceLocation(file: skipped.path, line: 1, column: 1), title: "dataplan: skipped",
                message: skipped.reason, options)
        }
        return output
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    static func command(
        _ level: String, _ location: SourceLocation, title: String, message: String, _ options: ReportOptions
    ) -> String {
        let file = RelativePath.of(location.file, in: options.workingDirectory)
        let parameters = "file=\(property(file)),line=\(location.line),col=\(location.column),title=\(property(title))"
        return "::\(level) \(parameters)::\(data(message))\n"
    }

    /// The escaping GitHub's runner applies to a command's message.
    static func data(_ text: String) -> String {
        text.replacing(every: "%", with: "%25").replacing(every: "\r", with: "%0D").replacing(every: "\n", with: "%0A")
    }

    /// The escaping of a command's properties, which also reserve `:` and `,`.
    static func property(_ text: String) -> String {
        data(text).replacing(every: ":", with: "%3A").replacing(every: ",", with: "%2C")
    }
}
