import ArgumentParser
import DataplanKit
import Model
import Reporting

/// `dataplan report PATH...`: one self-contained HTML page of designs for a reviewer.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write one HTML page a reviewer opens offline: diagram, findings and cost of each design.",
        discussion: """
            For each design (or template): the total against its budget and the findings by severity, the \
            diagram with each box coloured by its worst finding and linked to its section, each component's \
            findings (fix and source lines) and cost (line items, rates with their sources, assumptions), its \
            alternatives compared, and the rules cited. No scripts, fonts or images from elsewhere; light and \
            dark; printable. Exit codes: 0 written, 2 an input could not be used.
            """
    )

    @Argument(help: ArgumentHelp("Design files, templates or folders.", valueName: "path"))
    var paths: [String]

    @Option(
        name: .long,
        help: ArgumentHelp("Hold each estimate to this budget, e.g. '20000 USD/month'.", valueName: "amount"))
    var budget: String?

    @OptionGroup var appraisal: AppraisalOptions
    @OptionGroup var common: CommonOptions
    @OptionGroup var limits: LimitOptions

    func validate() throws {
        if let budget, Units.moneyOption(budget) == nil {
            throw ValidationError("--budget must be money such as '20000' or '20000 USD/month'; found '\(budget)'")
        }
    }

    func run() throws {
        let runner = ReviewRunner(
            appraiser: appraisal.appraiser(common, limits), budget: budget.flatMap(Units.moneyOption))
        let (designs, problems) = runner.run(paths: paths)
        if !problems.filter(\.hasErrors).isEmpty { try common.fail(with: problems) }
        guard !designs.isEmpty else { try common.fail(with: problems) }
        try common.emit(HTMLReview.render(designs))
    }
}
