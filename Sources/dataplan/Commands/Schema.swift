import ArgumentParser
import Reporting

/// `dataplan schema`: a JSON Schema of the design format, for editors.
struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract:
            "Print a JSON Schema (draft 2020-12) of the design format, for yaml-language-server and other editors."
    )

    @OptionGroup var common: CommonOptions

    func run() throws {
        try common.emit(DesignSchema.render())
    }
}
