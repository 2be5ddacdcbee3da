import Diagnostics

/// Compiler-style text: `path:line:col: error: message`, the source line, and a caret under the column.
public enum TextCheckReporter: CheckReporter {
    public static let identifier = "text"

    public static func report(_ run: CheckReport, options: ReportOptions) -> String {
        var output = ""
        for file in run.files {
            for diagnostic in file.diagnostics {
                output += render(diagnostic, source: file.source, style: options.style)
            }
        }
        if !options.quiet {
            output += summary(run, style: options.style) + "\n"
        }
        return output
    }

    static func render(_ diagnostic: Diagnostic, source: String?, style: TerminalStyle) -> String {
        let label = switch diagnostic.severity {
        case .error: style.red("error:")
        case .warning: style.yellow("warning:")
        case .info: style.cyan("note:")
        }
        var text = style.bold("\(diagnostic.location):") + " " + label + " " + diagnostic.message + "\n"
        if let source, let snippet = SourceSnippet.render(line: diagnostic.location.line, column: diagnostic.location.column, in: source, style: style) {
            text += snippet + "\n"
        }
        return text
    }

    static func summary(_ run: CheckReport, style: TerminalStyle) -> String {
        let files = run.files.count
        let designs = run.files.filter { $0.designName != nil && !$0.hasErrors }.count
        let errors = run.errors.count
        let warnings = run.warnings.count
        var line = "\(files) \(files == 1 ? "file" : "files") checked, \(designs) valid \(designs == 1 ? "design" : "designs")"
        line += ": \(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")"
        return errors > 0 ? style.red(line) : style.bold(line)
    }
}
