import ArgumentParser
import Reporting

extension ServicesReporter.Format: ExpressibleByArgument {}

/// `dataplan services`: the vocabulary, every component type with its category and properties.
struct Services: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "services",
        abstract: "List every component type with its category and properties."
    )

    @Option(name: .long, help: "Output format: text, json, markdown.")
    var format: ServicesReporter.Format = .text

    @OptionGroup var common: CommonOptions

    func run() throws {
        try common.emit(ServicesReporter.report(format))
    }
}
