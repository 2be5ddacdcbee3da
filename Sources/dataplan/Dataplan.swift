import ArgumentParser

/// The `dataplan` command: lints and prices data-pipeline designs for AWS.
@main
struct Dataplan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dataplan",
        abstract: "Lint and price data-pipeline designs for AWS, offline.",
        version: "0.1.0",
        subcommands: [Check.self, Services.self],
        defaultSubcommand: nil
    )
}
