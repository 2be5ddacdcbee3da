import ArgumentParser
import Analysis
import DataplanKit
import Reporting

extension DiffOutputFormat: ExpressibleByArgument {}

/// `dataplan diff BASE HEAD`: what a change to a design does to its findings and its monthly cost.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "What a change to a design does to its findings and its monthly cost.",
        discussion: """
            Lists the findings the change adds and resolves (matched by rule, component and flow) and each component's \
            monthly cost before and after. As a gate: --fail-on fails on added findings at or above a severity, \
            --max-increase on a monthly increase past an amount ('500 USD/month') or a percent ('10%'). \
            Exit codes: 0 within the gate, 1 the gate fails, 2 an input could not be used.
            """
    )

    @Argument(help: ArgumentHelp("The design before the change.", valueName: "base"))
    var base: String

    @Argument(help: ArgumentHelp("The design after the change.", valueName: "head"))
    var head: String

    @Option(name: .long, help: "Output format: \(DiffOutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: DiffOutputFormat = .text

    @Option(
        name: .long,
        help: "Fail (exit 1) when the change adds findings at or above: error, warning, info, never (default never).")
    var failOn: FailLevel = .never

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Fail (exit 1) when the monthly total grows by more than this: '500 USD/month' or '10%'.",
            valueName: "amount|percent"))
    var maxIncrease: String?

    @Flag(
        name: .long,
        help: "Judge --max-increase on the priced lines alone when the change adds or changes lines without a rate.")
    var allowUnpriced = false

    @OptionGroup var appraisal: AppraisalOptions
    @OptionGroup var common: CommonOptions
    @OptionGroup var limits: LimitOptions

    func validate() throws {
        if let maxIncrease, DesignDiff.Increase.parse(maxIncrease) == nil {
            throw ValidationError(
                "--max-increase must be money such as '500 USD/month' or a percent such as '10%'; found "
                    + "'\(maxIncrease)'"
            )
        }
    }

    func run() throws {
        let runner = DiffRunner(appraiser: appraisal.appraiser(common, limits))
        let (config, _) = common.loadConfig()
        let report = runner.run(
            base: base, head: head, failOn: failOn, maxIncrease: maxIncrease.flatMap(DesignDiff.Increase.parse),
            allowUnpriced: allowUnpriced || config.allowUnpriced)
        try common.emit(format.render(report, options: common.reportOptions))
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }
}
