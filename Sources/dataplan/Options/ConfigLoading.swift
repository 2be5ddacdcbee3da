import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Diagnostics
import Analysis
import DataplanKit
import Reporting

extension CommonOptions {
    /// The config named by --config, else the nearest `.dataplan.yml` upward, else the defaults.
    func loadConfig() -> (ProjectConfig, [Diagnostic]) {
        guard let path = config ?? ProjectConfig.discover() else { return (ProjectConfig(), []) }
        return ProjectConfigReader.read(path: path)
    }

    /// What a command that runs the rules reads besides the designs: the config and the options.
    func checkSettings(
        rulePacks: [String], failOn: FailLevel? = nil, baseline: String? = nil, today: String? = nil
    ) -> CheckSettings {
        let (config, configDiagnostics) = loadConfig()
        return CheckSettings(
            config: config, failOn: failOn, rulePacks: rulePacks, baseline: baseline,
            today: today ?? CheckSettings.currentDate(), configDiagnostics: configDiagnostics)
    }

    /// Prints the problems of files that could not be used, like `check` does, and exits 2.
    func fail(with problems: [FileReport]) throws -> Never {
        let report = CheckReport(files: problems.filter { !$0.diagnostics.isEmpty })
        StandardStream.error(TextCheckReporter.report(report, options: ReportOptions(style: style, quiet: true)))
        throw ExitCode(2)
    }
}
