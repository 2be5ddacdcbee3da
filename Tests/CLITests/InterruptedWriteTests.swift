import Foundation
import Testing

/// `--output` and `--write-baseline` replace their file in one rename: a run killed at any moment
/// leaves the old file or the whole new one, never half of it.
@Suite struct InterruptedWriteTests {
    @Test func aKilledRunLeavesTheOldFileOrTheWholeNewOne() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dataplan-kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var design = "dataplan: 1\nname: big\ncomponents:\n"
        for index in 0..<4_000 { design += "  s\(index): {type: s3}\n" }
        try design.write(to: folder.appendingPathComponent("big.yaml"), atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("report.json")
        let baseline = folder.appendingPathComponent("baseline.json")
        let old = "{\"old\": true}\n"

        var outcomes: [String] = []
        for delay in [0.05, 0.5, 1.0, 1.5, 1.8, 2.0, 2.1, 2.2] {
            try old.write(to: output, atomically: true, encoding: .utf8)
            try old.write(to: baseline, atomically: true, encoding: .utf8)
            let process = Process()
            process.executableURL = DataplanBinary.executable
            process.arguments = [
                "check", "--format", "json", "--output", output.path, "--write-baseline", baseline.path, "big.yaml",
            ]
            process.currentDirectoryURL = folder
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            for file in [output, baseline] {
                let text = try String(contentsOf: file, encoding: .utf8)
                if text == old {
                    outcomes.append("old")
                } else {
                    #expect(
                        try JSONSerialization.jsonObject(with: Data(text.utf8)) is [String: Any],
                        "\(file.lastPathComponent) after \(delay) s is neither old nor whole")
                    outcomes.append("new")
                }
            }
        }
        #expect(outcomes.contains("old"), "no kill landed before the write: \(outcomes)")
        let finished = try DataplanBinary.run(
            ["check", "--format", "json", "--output", output.path, "big.yaml"], in: folder)
        #expect(finished.status == 0)
        #expect(try JSONSerialization.jsonObject(with: Data(contentsOf: output)) is [String: Any])
    }
}
