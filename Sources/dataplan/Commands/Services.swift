import ArgumentParser
import Model
import Reporting

extension ServicesReporter.Format: ExpressibleByArgument {}

/// `dataplan services`: the vocabulary, every component type with its category and properties.
struct Services: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "services",
        abstract: "List every component type with its category and properties."
    )

    @Argument(help: ArgumentHelp("Show only these types (all when none is named).", valueName: "type"))
    var types: [String] = []

    @Option(name: .long, help: "Output format: text, json, markdown.")
    var format: ServicesReporter.Format = .text

    @OptionGroup var common: CommonOptions

    func validate() throws {
        for name in types where ComponentCatalog.type(named: name) == nil {
            let hint =
                TypeAliases.suggestion(for: name, among: ComponentCatalog.names).map { "; did you mean '\($0)'?" } ?? ""
            throw ValidationError("unknown component type '\(name)'\(hint)")
        }
    }

    func run() throws {
        let chosen = types.isEmpty ? ComponentCatalog.all : types.compactMap(ComponentCatalog.type(named:))
        try common.emit(ServicesReporter.report(format, types: chosen))
    }
}
