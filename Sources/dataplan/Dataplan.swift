import ArgumentParser
import DataplanKit

/// The `dataplan` command: lints and prices data-pipeline designs for AWS.
@main
struct Dataplan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dataplan",
        abstract: "Lint and price data-pipeline designs for AWS, offline.",
        version: "0.1.0",
        subcommands: [
            Check.self, Cost.self, Compare.self, Diff.self, Graph.self, Report.self, Import.self, Rules.self,
            Explain.self,
            Services.self, Rates.self, Schema.self, Init.self,
        ]
    )

    /// Runs the command, mapping usage errors and files that cannot be written to exit code 2 as
    /// interface.md fixes (not 64, nor 1).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as AtomicFile.WriteError {
            StandardStream.error("error: \(error)\n")
            exit(withError: ExitCode(2))
        } catch {
            if exitCode(for: error) == .validationFailure {
                StandardStream.error(fullMessage(for: error) + "\n")
                exit(withError: ExitCode(2))
            }
            exit(withError: error)
        }
    }
}
