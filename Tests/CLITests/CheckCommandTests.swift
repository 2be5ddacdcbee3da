import Foundation
import Testing

@Suite struct CheckCommandTests {
    @Test func theBundledSamplesCheckClean() throws {
        let result = try DataplanBinary.run(["check", "--fail-on", "warning", "Samples/"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(
            result.stdout.hasSuffix(
                "\n9 files checked, 9 valid designs; findings: 0 errors, 0 warnings, 7 info (4 suppressed)\n"))
        #expect(result.stdout.components(separatedBy: "  = fix: ").count == 8, "each of the 7 findings shows its fix")
    }

    @Test func itRunsFromAnyFolder() throws {
        let result = try DataplanBinary.run(
            ["check", DataplanBinary.root.appendingPathComponent("Samples").path], in: URL(fileURLWithPath: "/"))
        #expect(result.status == 0)
    }

    @Test func aBadFileGivesExit2AndTheOthersAreStillReported() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dataplan-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "dataplan: 1\nname: bad\ncomponents:\n  s:\n    type: kinesis-data-streams\n    shard: 4\n".write(
            to: folder.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)

        let text = try DataplanBinary.run([
            "check", "Samples/ecommerce-realtime.yaml", folder.path + "/bad.yaml", "Samples/nightly-batch-etl.yaml",
        ])
        #expect(text.status == 2)
        let expected = """
            \(folder.path)/bad.yaml:6:5: error: unknown property 'shard' for type 'kinesis-data-streams'; \
            did you mean 'shards'?
                shard: 4
                ^
            3 files checked, 2 valid designs (1 error, 0 warnings in the input); \
            findings: 0 errors, 0 warnings, 0 info

            """
        #expect(text.stdout == expected)

        let json = try DataplanBinary.run([
            "check", "--format", "json", "Samples/ecommerce-realtime.yaml", folder.path + "/bad.yaml",
        ])
        #expect(json.status == 2)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.map { $0["design"] as? String } == ["ecommerce-realtime", nil])
        let errors = try #require(object["errors"] as? [[String: Any]])
        #expect(errors.count == 1)
        #expect(errors[0]["line"] as? Int == 6 && errors[0]["column"] as? Int == 5)
    }

    @Test func badInputNeverCrashes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dataplan-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var bomb = "l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...12 {
            bomb +=
                "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ")
                + "]\n"
        }
        let inputs: [String: Data] = [
            "bomb.yaml": Data(("dataplan: 1\n" + bomb).utf8),
            "deep.yaml": Data(("dataplan: 1\nx: " + String(repeating: "[", count: 200_000)).utf8),
            "binary.yaml": Data([0x64, 0x00, 0xFF, 0xFE]),
            "latin1.yaml": Data([0x6E, 0x61, 0x6D, 0x65, 0x3A, 0x20, 0xE9, 0x0A]),
            "empty.yaml": Data(),
            "two.yaml": Data("dataplan: 1\n---\ndataplan: 1\n".utf8),
            "dup.yaml": Data("dataplan: 1\ndataplan: 1\n".utf8),
            "scalar.yaml": Data("just text\n".utf8),
        ]
        for (name, data) in inputs.sorted(by: { $0.key < $1.key }) {
            try data.write(to: folder.appendingPathComponent(name))
            let result = try DataplanBinary.run(["check", "--format", "json", folder.appendingPathComponent(name).path])
            #expect(result.status == 2, "\(name): \(result.stdout) \(result.stderr)")
            let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            let errors = object?["errors"] as? [[String: Any]] ?? []
            #expect(errors.count >= 1, "\(name)")
            #expect(errors.allSatisfy { ($0["line"] as? Int ?? 0) >= 1 && ($0["column"] as? Int ?? 0) >= 1 }, "\(name)")
        }
    }

    @Test func usageErrorsExitWith2() throws {
        #expect(try DataplanBinary.run(["check", "--no-such-option", "Samples/"]).status == 2)
        #expect(try DataplanBinary.run(["check", "--format", "yaml", "Samples/"]).status == 2)
        #expect(try DataplanBinary.run(["check"]).status == 2)
    }

    @Test func noColourWhenNotATerminalOrWithNO_COLOR() throws {
        let result = try DataplanBinary.run(
            ["check", "Samples/", "/no/such/file.yaml"], environment: ["NO_COLOR": "1"])
        #expect(!result.stdout.contains("\u{1B}["))
        #expect(result.status == 2)
    }

    @Test func outputGoesToAFileWhenAsked() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("dataplan-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try DataplanBinary.run(["check", "--format", "json", "--output", file.path, "Samples/"])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(try String(contentsOf: file, encoding: .utf8).contains("\"design\": \"ml-feature-store\""))
    }

    @Test func anOutputThatCannotBeWrittenIsExit2WithTheReason() throws {
        let result = try DataplanBinary.run([
            "check", "--format", "json", "--output", "/no/such/folder/report.json", "Samples/",
        ])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "error: cannot write /no/such/folder/report.json: No such file or directory\n")
    }
}

/// The setup steps a new user takes: a config file with every key, and a baseline of today's findings.
@Suite struct SetupCommandTests {
    private func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dataplan-setup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func initConfigWritesACommentedConfigThatChecksAccept() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try DataplanBinary.run(["init", "--config"], in: folder)
        #expect(written.status == 0, "\(written.stderr)")
        let text = try String(contentsOf: folder.appendingPathComponent(".dataplan.yml"), encoding: .utf8)
        for key in [
            "fail-on:", "required-tags:", "rules:", "disable:", "severity:", "rule-packs:", "baseline:", "budget:",
        ] {
            #expect(text.contains(key), "\(key) is in the starter config")
        }
        let design = DataplanBinary.root.appendingPathComponent("Samples/nightly-batch-etl.yaml").path
        let checked = try DataplanBinary.run(["check", design], in: folder)
        #expect(checked.status == 0, "the config it wrote is read without an error: \(checked.stdout)\(checked.stderr)")
        let again = try DataplanBinary.run(["init", "--config"], in: folder)
        #expect(again.status == 2 && again.stderr.contains("never overwrites"))
    }

    @Test func writingABaselineExits0WhateverTheFindings() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let design = folder.appendingPathComponent("d.yaml")
        try "dataplan: 1\nname: d\ncomponents:\n  s: {type: kinesis-data-streams}\n".write(
            to: design, atomically: true, encoding: .utf8)
        let baseline = folder.appendingPathComponent("baseline.json").path
        let written = try DataplanBinary.run(["check", design.path, "--write-baseline", baseline])
        #expect(written.status == 0, "\(written.stdout)")
        #expect(FileManager.default.fileExists(atPath: baseline))
        let gated = try DataplanBinary.run(["check", design.path])
        #expect(gated.status == 1, "without the baseline the same findings fail the gate")
        let held = try DataplanBinary.run(["check", design.path, "--baseline", baseline])
        #expect(held.status == 0)
    }
}
