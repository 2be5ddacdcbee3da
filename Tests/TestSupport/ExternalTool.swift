import Foundation

/// Runs a program installed on the machine (python3 with jsonschema, xmllint, dot, rsvg-convert), as CI has them.
public enum ExternalTool {
    public struct Result: Sendable {
        public let status: Int32
        public let output: String
    }

    /// Runs `arguments` through `/usr/bin/env`; standard input is read from a file, never written to a pipe,
    /// so a program that is missing or exits early cannot end the test process with SIGPIPE.
    public static func run(_ arguments: [String], input: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        var inputFile: String?
        if let input {
            let path = try temporaryFile(input, extension: "stdin")
            inputFile = path
            process.standardInput = FileHandle(forReadingAtPath: path)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        defer { if let inputFile { try? FileManager.default.removeItem(atPath: inputFile) } }
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// Whether an executable of that name is in one of PATH's folders.
    public static func isOnPath(_ command: String) -> Bool {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return folders.contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(command)") }
    }

    /// Writes text to a temporary file with the given extension and returns its path.
    public static func temporaryFile(_ text: String, extension suffix: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dataplan-\(UUID().uuidString).\(suffix)")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}
