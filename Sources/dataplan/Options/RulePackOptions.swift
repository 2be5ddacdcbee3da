import ArgumentParser
import Foundation
import Analysis
import DataplanKit
import Reporting

/// `--rules DIR`, for the commands that read the rule catalog.
struct RulePackOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A folder of extra rule files (repeatable).", valueName: "dir"))
    var rules: [String] = []

    /// The bundled rules plus the config's and the command line's packs; their problems are printed and exit 2.
    func loadCatalog(_ common: CommonOptions) throws -> RuleCatalog {
        let (config, configDiagnostics) = common.loadConfig()
        let catalog = RuleCatalog.load(packs: config.rulePacks + rules)
        let problems = configDiagnostics + catalog.diagnostics
        guard !problems.contains(where: { $0.severity == .error }) else {
            let report = CheckReport(files: CheckRunner.reports(for: problems))
            FileHandle.standardError.write(Data(TextCheckReporter.report(report, options: ReportOptions(style: common.style, quiet: true)).utf8))
            throw ExitCode(2)
        }
        return catalog
    }
}
