import ArgumentParser
import Analysis
import DataplanKit
import Reporting

extension RulesReporter.Format: ExpressibleByArgument {}

/// `dataplan rules`: every rule, built in and from packs, by pillar; `--coverage`, the practices they enforce.
struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule: id, severity, title and tags, by pillar.",
        discussion: """
            With --coverage, list the practices of the Data Analytics Lens, the Serverless Applications Lens and the \
            services map's questions, each covered, partly covered, not covered or not checkable, from the rules' \
            `lens:` and `seed:` ids and Rules/practices.yaml.
            """
    )

    @Option(name: .long, help: "Output format: text, json, markdown.")
    var format: RulesReporter.Format = .text

    @Flag(name: .long, help: "Show which practices the rules enforce instead of the rules.")
    var coverage = false

    @OptionGroup var packs: RulePackOptions
    @OptionGroup var common: CommonOptions

    func run() throws {
        let catalog = try packs.loadCatalog(common)
        guard coverage else {
            try common.emit(RulesReporter.report(format, rules: catalog.rules))
            return
        }
        let practices = PracticeCatalog.bundled()
        if !practices.diagnostics.isEmpty {
            try common.fail(with: CheckRunner.reports(for: practices.diagnostics))
        }
        let report = PracticeCoverage(practices: practices.practices, rules: catalog.rules)
        try common.emit(CoverageReporter.report(format, coverage: report))
    }
}
