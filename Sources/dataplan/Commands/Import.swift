import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import DataplanKit
import Reporting

/// `dataplan import TEMPLATE...`: CloudFormation, SAM and CDK templates as design files.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Write a design for each CloudFormation, SAM or CDK template (YAML or JSON).",
        discussion: """
            Components come from resources, flows from the references that carry data (event sources, \
            destinations, subscriptions, what a function's role lets it write). Each entry names the logical ID \
            and template line it came from; resources left out are listed at the end. `check`, `cost` and `graph` \
            also read templates directly. Exit codes: 0 imported, 2 a template could not be read.
            """
    )

    @Argument(help: ArgumentHelp("The templates.", valueName: "template"))
    var templates: [String]

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "Write each design to this folder as NAME.design.yaml, with a starter overlay NAME.dataplan.yml "
                + "(needed for more than one template).",
            valueName: "dir"))
    var output: String?

    @Flag(name: .long, help: "Print only problems, no summary.")
    var quiet = false

    @OptionGroup var limits: LimitOptions

    func validate() throws {
        if output == nil && templates.count > 1 {
            throw ValidationError("name an --output folder to import more than one template")
        }
    }

    func run() throws {
        let pipeline = limits.pipeline
        var failed: [FileReport] = []
        var summaries: [String] = []
        for path in templates {
            let imported = pipeline.importTemplate(path)
            if !imported.report.diagnostics.isEmpty {
                let report = CheckReport(files: [imported.report])
                StandardStream.error(TextCheckReporter.report(report, options: ReportOptions(quiet: true)))
            }
            guard let yaml = imported.yaml else {
                if imported.report.hasErrors {
                    failed.append(imported.report)
                } else {
                    summaries.append("\(path): \(imported.summary); nothing to write")
                }
                continue
            }
            if let output {
                let destination = output + "/" + imported.name + ".design.yaml"
                try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
                try AtomicFile.write(Data(yaml.utf8), to: destination)
                var summary = "\(path): \(imported.summary) -> \(destination)"
                // The starter overlay never replaces one a user has filled in.
                let overlay = output + "/" + imported.name + ".dataplan.yml"
                if let starter = imported.overlayStarter, !FileManager.default.fileExists(atPath: overlay) {
                    try AtomicFile.write(Data(starter.utf8), to: overlay)
                    summary += " (overlay to fill in: \(overlay))"
                }
                summaries.append(summary)
            } else {
                StandardStream.output(Array(yaml.utf8))
                summaries.append("\(path): \(imported.summary)")
            }
        }
        if !quiet {
            StandardStream.error(summaries.map { $0 + "\n" }.joined())
        }
        if !failed.isEmpty { throw ExitCode(2) }
    }
}
