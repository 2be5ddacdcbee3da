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
        abstract: "Write a starter design (and dataplan.schema.json beside it, for editors)."
    )

    @Argument(help: ArgumentHelp("The design file to write.", valueName: "path"))
    var path: String = "design.yaml"

    @Option(name: .long, help: "The design's name (default: the file's name).")
    var name: String?

    func run() throws {
        let url = URL(fileURLWithPath: path)
        guard !FileManager.default.fileExists(atPath: url.path) else {
            StandardStream.error("error: \(path) exists; dataplan init never overwrites a file\n")
            throw ExitCode(2)
        }
        let designName = name ?? url.deletingPathExtension().lastPathComponent.lowercased()
            .map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
        let schema = url.deletingLastPathComponent().appendingPathComponent(StarterDesign.schemaFile)
        try AtomicFile.write(StarterDesign.text(name: designName), to: url.path)
        if !FileManager.default.fileExists(atPath: schema.path) {
            try AtomicFile.write(DesignSchema.render(), to: schema.path)
        }
        print("wrote \(path) (and \(StarterDesign.schemaFile) for your editor); check it with: dataplan check \(path)")
    }
}
