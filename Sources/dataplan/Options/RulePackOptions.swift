import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
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
        if problems.contains(where: { $0.severity == .error }) {
            try common.fail(with: CheckRunner.reports(for: problems))
        }
        return catalog
    }
}
