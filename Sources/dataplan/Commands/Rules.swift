import ArgumentParser
import Reporting

extension RulesReporter.Format: ExpressibleByArgument {}

/// `dataplan rules`: every rule, built in and from packs, by pillar.
struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule: id, severity, title and tags, by pillar."
    )

    @Option(name: .long, help: "Output format: text, json, markdown.")
    var format: RulesReporter.Format = .text

    @OptionGroup var packs: RulePackOptions
    @OptionGroup var common: CommonOptions

    func run() throws {
        let catalog = try packs.loadCatalog(common)
        try common.emit(RulesReporter.report(format, rules: catalog.rules))
    }
}
