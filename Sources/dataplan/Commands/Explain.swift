import ArgumentParser
import Analysis
import Diagnostics
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Reporting

/// `dataplan explain RULE`: one rule in full, with its rationale, fix, limits and examples.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show one rule in full: rationale, remediation, references and examples."
    )

    @Argument(help: ArgumentHelp("The rule's id, e.g. SEC-001.", valueName: "rule"))
    var rule: String

    @OptionGroup var packs: RulePackOptions
    @OptionGroup var common: CommonOptions

    func run() throws {
        let catalog = try packs.loadCatalog(common)
        guard let found = catalog.rule(rule.uppercased()) else {
            let hint = Suggestion.hint(for: rule.uppercased(), among: catalog.rules.map(\.id))
            StandardStream.error("error: no rule has the id '\(rule)'\(hint)\n")
            throw ExitCode(2)
        }
        try common.emit(
            ExplainReporter.report(found, practices: PracticeCatalog.bundled().practices, style: common.style))
    }
}
