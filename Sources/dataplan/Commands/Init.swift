import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Reporting

/// `dataplan init`: a starter design, with the schema beside it for the editor.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract:
            "Write a starter design (and dataplan.schema.json beside it, for editors), or with --config a "
            + ".dataplan.yml."
    )

    @Argument(help: ArgumentHelp("The design file to write.", valueName: "path"))
    var path: String = "design.yaml"

    @Option(name: .long, help: "The design's name (default: the file's name).")
    var name: String?

    @Flag(
        name: .long, help: "Write a commented .dataplan.yml with every key in the current folder instead of a design.")
    var config = false

    func run() throws {
        if config {
            guard !FileManager.default.fileExists(atPath: StarterConfig.fileName) else {
                StandardStream.error("error: \(StarterConfig.fileName) exists; dataplan init never overwrites a file\n")
                throw ExitCode(2)
            }
            try AtomicFile.write(StarterConfig.text, to: StarterConfig.fileName)
            print(
                "wrote \(StarterConfig.fileName): every key with what it does; uncomment `baseline` and `budget` to "
                    + "use them"
            )
            return
        }
        let url = URL(fileURLWithPath: path)
        guard !FileManager.default.fileExists(atPath: url.path) else {
            StandardStream.error("error: \(path) exists; dataplan init never overwrites a file\n")
            throw ExitCode(2)
        }
        let designName =
            name
            ?? url.deletingPathExtension().lastPathComponent.lowercased()
            .map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
        let schema = url.deletingLastPathComponent().appendingPathComponent(StarterDesign.schemaFile)
        try AtomicFile.write(StarterDesign.text(name: designName), to: url.path)
        if !FileManager.default.fileExists(atPath: schema.path) {
            try AtomicFile.write(DesignSchema.render(), to: schema.path)
        }
        print("wrote \(path) (and \(StarterDesign.schemaFile) for your editor); check it with: dataplan check \(path)")
    }
}
