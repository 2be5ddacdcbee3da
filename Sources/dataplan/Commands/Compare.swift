import ArgumentParser
import DataplanKit
import Reporting

extension CompareOutputFormat: ExpressibleByArgument {}

/// `dataplan compare PATH...`: alternatives of one workload priced and checked side by side.
struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract:
            "Price alternatives of one workload side by side: two or more designs, or one design's `alternatives`.",
        discussion: """
            Shows each component's monthly cost per variant, the totals with the cheapest marked, what the \
            cheapest saves against each other variant, and each variant's findings. --sweep \
            PATH=FROM..TO[:STEPS] prices every variant across a range of one figure (COMPONENT.PROPERTY, \
            FROM->TO.PROPERTY of a mapped flow, or rate:KEY) and finds the break-even values; --format svg draws it. \
            Exit codes: 0 compared, 2 an input could not be used.
            """
    )

    @Argument(help: ArgumentHelp("Two or more designs, or one design with `alternatives`.", valueName: "path"))
    var paths: [String]

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Output format: \(CompareOutputFormat.allCases.map(\.rawValue).joined(separator: ", ")) "
                + "(svg: the --sweep chart)."
        )
    )
    var format: CompareOutputFormat = .text

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Vary one figure across a range, e.g. 'landing->transform.volume=50GB/day..5TB/day:20'.",
            valueName: "path=from..to[:steps]"))
    var sweep: String?

    @OptionGroup var appraisal: AppraisalOptions
    @OptionGroup var common: CommonOptions
    @OptionGroup var limits: LimitOptions

    func validate() throws {
        if let sweep, case .failure(let error) = SweepSpec.parse(sweep) {
            throw ValidationError(error.message)
        }
        if format == .svg && sweep == nil {
            throw ValidationError("--format svg draws a sweep: give --sweep PATH=FROM..TO[:STEPS]")
        }
    }

    func run() throws {
        let runner = CompareRunner(appraiser: appraisal.appraiser(common, limits))
        let spec = try sweep.map { try SweepSpec.parse($0).get() }
        let comparison = runner.run(paths: paths, sweep: spec)
        try common.emit(format.render(comparison, options: common.reportOptions))
        if comparison.exitCode != 0 { throw ExitCode(comparison.exitCode) }
    }
}
