import Foundation

/// Runs a validator installed on the machine (python3 with jsonschema, xmllint, dot), as CI has them.
enum ExternalTool {
    struct Result {
        let status: Int32
        let output: String
    }

    static func run(_ arguments: [String], input: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        let stdin = Pipe()
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// Writes text to a temporary file with the given extension and returns its path.
    static func temporaryFile(_ text: String, extension suffix: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dataplan-\(UUID().uuidString).\(suffix)")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}
