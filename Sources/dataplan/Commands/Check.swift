import ArgumentParser
import DataplanKit
import Analysis
import Reporting

extension CheckFormat: ExpressibleByArgument {}
extension FailLevel: ExpressibleByArgument {}

/// `dataplan check PATH...`: lint design files and folders against the rules.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check design files against the rules; folders are searched for *.yaml and *.yml designs.",
        discussion:
            "Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 a file could not be used."
    )

    @Argument(help: ArgumentHelp("Design files or folders.", valueName: "path"))
    var paths: [String]

    @Option(name: .long, help: "Output format: \(CheckFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: CheckFormat = .text

    @Option(
        name: .long,
        help: "Fail (exit 1) on findings at or above: error, warning, info, never (default: the config's, else error).")
    var failOn: FailLevel?

    @Option(
        name: .long,
        help: ArgumentHelp("Report findings this baseline lists as baselined, not failed.", valueName: "file"))
    var baseline: String?

    @Option(
        name: .long,
        help: ArgumentHelp("Write every finding that is not suppressed to this baseline file.", valueName: "file"))
    var writeBaseline: String?

    @Flag(
        name: .long, help: "Skip files named directly that are not designs, as a folder search does (for pre-commit).")
    var skipNonDesigns = false

    @Option(name: .long, help: .hidden)
    var today: String?

    @OptionGroup var packs: RulePackOptions
    @OptionGroup var common: CommonOptions
    @OptionGroup var limits: LimitOptions

    func run() throws {
        let settings = common.checkSettings(rulePacks: packs.rules, failOn: failOn, baseline: baseline, today: today)
        let report = CheckRunner(pipeline: limits.pipeline).run(
            paths: paths, settings: settings, skippingNonDesigns: skipNonDesigns, keepingGraphs: format == .markdown)
        if let writeBaseline {
            try AtomicFile.write(Baseline.serialize(CheckRunner.baselineKeys(report)), to: writeBaseline)
        }
        try common.emit(format.reporter.report(report, options: common.reportOptions))
        // Writing a baseline is a setup step: it succeeds once written, unless an input could not be read.
        let exitCode = writeBaseline != nil && report.exitCode == 1 ? 0 : report.exitCode
        if exitCode != 0 { throw ExitCode(exitCode) }
    }
}
