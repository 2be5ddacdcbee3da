import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import YAMLLoader
import Model
import DataplanKit
import Reporting

/// Options every command shares: where output goes and how it looks.
struct CommonOptions: ParsableArguments {
    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Read settings from this file (default: the nearest .dataplan.yml upward).", valueName: "file"))
    var config: String?

    @Flag(
        name: .long,
        help: "Never colour the output (colour is also off with NO_COLOR or when not writing to a terminal).")
    var noColor = false

    @Flag(name: .long, help: "Print only problems, no summary.")
    var quiet = false

    /// Colour only on a terminal, never with --no-color, NO_COLOR or --output.
    var style: TerminalStyle {
        let environment = ProcessInfo.processInfo.environment
        let noColorSet = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return TerminalStyle(colored: !noColor && !noColorSet && output == nil && StandardStream.outputIsTerminal)
    }

    var reportOptions: ReportOptions {
        ReportOptions(style: style, quiet: quiet, workingDirectory: FileManager.default.currentDirectoryPath)
    }

    /// Writes the report to --output (through a temporary file renamed into place) or to standard output.
    func emit(_ text: String) throws {
        guard let output else {
            StandardStream.output(Array(text.utf8))
            return
        }
        try AtomicFile.write(Data(text.utf8), to: output)
    }
}

/// Limits on input, for every command that reads designs.
struct LimitOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Largest design file read, in bytes.", valueName: "bytes"))
    var maxFileSize: Int = LoaderLimits.default.maxFileBytes

    @Option(name: .long, help: ArgumentHelp("Deepest nesting of YAML lists and mappings.", valueName: "levels"))
    var maxDepth: Int = LoaderLimits.default.maxDepth

    @Option(
        name: .long, help: ArgumentHelp("Most YAML nodes a file may expand to, aliases included.", valueName: "nodes"))
    var maxNodes: Int = LoaderLimits.default.maxNodes

    @Option(name: .long, help: ArgumentHelp("Most components a design may declare.", valueName: "count"))
    var maxComponents: Int = DesignLimits.default.maxComponents

    @Option(name: .long, help: ArgumentHelp("Most flows a design may declare, chains expanded.", valueName: "count"))
    var maxFlows: Int = DesignLimits.default.maxFlows

    @OptionGroup(title: "CloudFormation templates") var templates: TemplateOptions

    var limits: LoaderLimits {
        LoaderLimits(maxFileBytes: maxFileSize, maxDepth: maxDepth, maxNodes: maxNodes)
    }

    /// The stages every file goes through; a parameters file that cannot be read was refused by `validate`.
    var pipeline: DesignPipeline {
        DesignPipeline(
            limits: limits, designLimits: DesignLimits(maxComponents: maxComponents, maxFlows: maxFlows),
            templates: (try? templates.settings) ?? TemplateSettings())
    }

    func validate() throws {
        guard maxFileSize > 0, maxDepth > 0, maxNodes > 0, maxComponents > 0, maxFlows > 0 else {
            throw ValidationError(
                "--max-file-size, --max-depth, --max-nodes, --max-components and --max-flows must be positive")
        }
        _ = try templates.settings
    }
}
