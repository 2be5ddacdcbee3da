import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Model
import Pricing
import DataplanKit
import Reporting

extension CostOutputFormat: ExpressibleByArgument {}

/// `dataplan cost PATH...`: the monthly cost of each design, line item by line item.
struct Cost: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cost",
        abstract:
            "Price each design from the bundled rate tables, line by line, with the assumptions behind every quantity.",
        discussion: "Exit codes: 0 priced, 1 an estimate over its budget, 2 a file or rate table could not be used."
    )

    @Argument(help: ArgumentHelp("Design files or folders.", valueName: "path"))
    var paths: [String]

    @Option(name: .long, help: "Output format: text, json, csv, markdown.")
    var format: CostOutputFormat = .text

    @Option(
        name: .long,
        help: ArgumentHelp("Exit 1 when an estimate exceeds this, e.g. '20000 USD/month'.", valueName: "amount"))
    var budget: String?

    @Flag(
        name: .long,
        help: "Judge --budget on the priced lines alone when some lines have no rate (else such a run fails).")
    var allowUnpriced = false

    @OptionGroup var pricing: PricingOptions
    @OptionGroup var common: CommonOptions
    @OptionGroup var limits: LimitOptions

    func validate() throws {
        if let budget, Units.moneyOption(budget) == nil {
            throw ValidationError(
                "--budget must be money such as '20000', '20000 USD' or '20000 USD/month'; found '\(budget)'")
        }
    }

    func run() throws {
        let (config, configDiagnostics) = common.loadConfig()
        let runner = CostRunner(
            pipeline: limits.pipeline,
            book: pricing.book,
            settings: pricing.settings,
            budget: budget.flatMap(Units.moneyOption),
            configBudget: config.budget
        )
        var report = runner.run(paths: paths, problems: configDiagnostics)
        report.allowUnpriced = allowUnpriced || config.allowUnpriced
        try common.emit(format.render(report, options: common.reportOptions))
        let exitCode = report.exitCode
        if exitCode != 0 { throw ExitCode(exitCode) }
    }
}
