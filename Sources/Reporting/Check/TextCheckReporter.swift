import Diagnostics
import Analysis

/// Compiler-style text: `path:line:col: error: message [RULE]`, the source line with a caret, and the fix.
///
/// Suppressed and baselined findings are counted in the summary, not printed.
public enum TextCheckReporter: CheckReporter {
    public static let identifier = "text"

    public static func report(_ run: CheckReport, options: ReportOptions) -> String {
        var output = ""
        for file in run.files {
            let quotesLines = !file.diagnostics.isEmpty || file.findings.contains { $0.isActive }
            let source = quotesLines ? file.source.map(SourceLines.init) : nil
            for diagnostic in file.diagnostics {
                output += render(diagnostic, source: source, style: options.style)
            }
            for finding in file.findings where finding.isActive {
                output += render(finding, source: source, style: options.style)
            }
        }
        if !options.quiet {
            for skipped in run.skipped {
                output += "\(RelativePath.of(skipped.path, in: options.workingDirectory)): skipped: \(skipped.reason)\n"
            }
            output += summary(run, style: options.style) + "\n"
        }
        return output
    }

    static func label(_ severity: Severity, _ style: TerminalStyle) -> String {
        switch severity {
        case .error: style.red("error:")
        case .warning: style.yellow("warning:")
        case .info: style.cyan("note:")
        }
    }

    /// Each diagnostic with its source line; the file's lines are found once for all of them.
    static func render(_ diagnostics: [Diagnostic], source: String?, style: TerminalStyle) -> String {
        guard !diagnostics.isEmpty else { return "" }
        let lines = source.map(SourceLines.init)
        return diagnostics.map { render($0, source: lines, style: style) }.joined()
    }

    static func render(_ diagnostic: Diagnostic, source: SourceLines?, style: TerminalStyle) -> String {
        var text =
            style.bold("\(diagnostic.location):") + " " + label(diagnostic.severity, style) + " " + diagnostic.message
            + "\n"
        if let source,
            let snippet = SourceSnippet.render(
                line: diagnostic.location.line, column: diagnostic.location.column, in: source, style: style)
        {
            text += snippet + "\n"
        }
        return text
    }

    static func render(_ finding: Finding, source: SourceLines?, style: TerminalStyle) -> String {
        let note = finding.note.map { " (\($0))" } ?? ""
        var text =
            style.bold("\(finding.location):") + " " + label(finding.severity, style)
            + " " + finding.message + note + " " + style.bold("[\(finding.rule.id)]") + "\n"
        if let source,
            let snippet = SourceSnippet.render(
                line: finding.location.line, column: finding.location.column, in: source, style: style)
        {
            text += snippet + "\n"
        }
        text += "  = fix: " + finding.rule.remediation + "\n"
        return text
    }

    static func summary(_ run: CheckReport, style: TerminalStyle) -> String {
        let files = run.files.filter { $0.designName != nil || $0.hasErrors || !$0.diagnostics.isEmpty }.count
        let designs = run.files.filter { $0.designName != nil && !$0.hasErrors }.count
        let errors = run.errors.count
        let warnings = run.warnings.count
        var line = "\(plural(files, "file")) checked, \(designs) valid \(designs == 1 ? "design" : "designs")"
        if errors + warnings > 0 {
            line += " (\(plural(errors, "error")), \(plural(warnings, "warning")) in the input)"
        }
        line +=
            "; findings: \(plural(run.count(.error), "error")), \(plural(run.count(.warning), "warning")), "
            + "\(run.count(.info)) info"
        var held: [String] = []
        if run.suppressedCount > 0 { held.append("\(run.suppressedCount) suppressed") }
        if run.baselinedCount > 0 { held.append("\(run.baselinedCount) baselined") }
        if !held.isEmpty { line += " (" + held.joined(separator: ", ") + ")" }
        if !run.skipped.isEmpty {
            line +=
                "; skipped \(plural(run.skipped.count, "YAML file")) "
                + (run.skipped.count == 1 ? "that is not a design" : "that are not designs")
        }
        return run.exitCode != 0 ? style.red(line) : style.bold(line)
    }

    static func plural(_ count: Int, _ word: String) -> String {
        "\(count) \(word)\(count == 1 ? "" : "s")"
    }
}
