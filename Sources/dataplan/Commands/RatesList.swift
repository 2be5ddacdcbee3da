import ArgumentParser
import Pricing
import Reporting

extension RatesReporter.Format: ExpressibleByArgument {}

/// `dataplan rates [list]`: the rate tables in use, their dates and how many rates each prices.
struct RatesList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract:
            "List the rate tables in use (bundled, or --pricing DIR) with their dates and priced and missing keys."
    )

    @Option(name: .long, help: "Output format: text, json.")
    var format: RatesReporter.Format = .text

    @Option(
        name: .long,
        help: ArgumentHelp("Rate tables (one YAML file per region) that replace the bundled ones.", valueName: "dir"))
    var pricing: String?

    @OptionGroup var common: CommonOptions

    func run() throws {
        let book = RateBook.load(overrides: pricing)
        if !book.diagnostics.isEmpty {
            for problem in book.diagnostics { StandardStream.error("\(problem)\n") }
            throw ExitCode(2)
        }
        try common.emit(RatesReporter.report(book, format: format))
    }
}
