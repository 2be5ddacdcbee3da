import ArgumentParser
import DataplanKit
import Reporting

extension CheckFormat: ExpressibleByArgument {}

/// `dataplan check PATH...`: lint design files and folders.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check design files; folders are searched for *.yaml and *.yml designs.",
        discussion: "Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 a file could not be used."
    )

    @Argument(help: ArgumentHelp("Design files or folders.", valueName: "path"))
    var paths: [String]

    @Option(name: .long, help: "Output format: \(CheckFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: CheckFormat = .text

    @OptionGroup var common: CommonOptions
    @OptionGroup var limits: LimitOptions

    func run() throws {
        let runner = CheckRunner(pipeline: DesignPipeline(limits: limits.limits))
        let report = runner.run(paths: paths)
        try common.emit(format.reporter.report(report, options: common.reportOptions))
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }
}
