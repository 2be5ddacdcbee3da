import ArgumentParser

/// `dataplan rates`: the rate tables, listed (the default) or imported from AWS Price List offer files.
struct Rates: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rates",
        abstract: "List the rate tables in use, or import one from AWS Price List offer files.",
        subcommands: [RatesList.self, RatesImport.self],
        defaultSubcommand: RatesList.self
    )
}
