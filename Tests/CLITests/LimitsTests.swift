import Foundation
import Testing

/// Every limit crossed once from the command line: a clear message naming the option, a position, exit 2.
@Suite struct LimitsTests {
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dataplan-limits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The first error of a check run on `text` with extra options, as `line:col: message`.
    static func firstError(_ text: String, _ options: [String]) throws -> (status: Int32, error: String) {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try text.write(to: folder.appendingPathComponent("d.yaml"), atomically: true, encoding: .utf8)
        let result = try DataplanBinary.run(["check", "--format", "json"] + options + ["d.yaml"], in: folder)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let error = (object?["errors"] as? [[String: Any]])?.first
        return (result.status, "\(error?["line"] ?? 0):\(error?["column"] ?? 0): \(error?["message"] ?? "")")
    }

    static let design =
        "dataplan: 1\nname: d\ncomponents:\n  a: {type: s3}\n  b: {type: s3}\n  c: {type: glue}\nflows:\n  - a -> c "
        + "-> b\n"

    @Test func fileSize() throws {
        let result = try Self.firstError(Self.design, ["--max-file-size", "50"])
        #expect(result.status == 2)
        #expect(
            result.error.hasPrefix("1:1: the file is ")
                && result.error.hasSuffix("bytes, over the limit of 50 bytes (--max-file-size)"))
    }

    @Test func depth() throws {
        let result = try Self.firstError(Self.design, ["--max-depth", "2"])
        #expect(result.status == 2 && result.error.contains("--max-depth"), "\(result.error)")
    }

    @Test func nodes() throws {
        let result = try Self.firstError(Self.design, ["--max-nodes", "10"])
        #expect(result.status == 2 && result.error.contains("--max-nodes"), "\(result.error)")
    }

    @Test func aliasExpansionIsCountedAgainstTheNodeLimit() throws {
        var bomb = "dataplan: 1\nl0: &l0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            bomb +=
                "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ")
                + "]\n"
        }
        let result = try Self.firstError(bomb, [])
        #expect(result.status == 2 && result.error.contains("--max-nodes"), "\(result.error)")
    }

    @Test func components() throws {
        let result = try Self.firstError(Self.design, ["--max-components", "2"])
        #expect(
            result.status == 2
                && result.error == "3:1: the design has 3 components, over the limit of 2 (--max-components)")
    }

    @Test func flows() throws {
        let result = try Self.firstError(Self.design, ["--max-flows", "1"])
        #expect(result.status == 2 && result.error == "7:1: the design has 2 flows, over the limit of 1 (--max-flows)")
    }

    /// A design of `size` bytes in `folder`, its start written and the rest a hole the file
    /// system does not store.
    private static func sparseDesign(_ name: String, size: UInt64, in folder: URL) throws -> String {
        let path = folder.appendingPathComponent(name).path
        _ = FileManager.default.createFile(atPath: path, contents: Data("dataplan: 1\n".utf8))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: size)
        try handle.close()
        return path
    }

    @Test func aHundredMegabyteFileIsRefusedUnread() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.sparseDesign("huge.yaml", size: 100_000_000, in: folder)
        let result = try DataplanBinary.run(["check", path])
        #expect(result.status == 2)
        #expect(
            result.stdout.contains(
                "huge.yaml:1:1: error: the file is 100000000 bytes, over the limit of 16777216 bytes (--max-file-size)")
        )
    }

    /// Offsets, lines and columns are 32-bit in the loader: no option lets a larger file through.
    @Test func noOptionLetsThroughAFileOfTwoGibibytes() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.sparseDesign("vast.yaml", size: 3 << 30, in: folder)
        let result = try DataplanBinary.run(["check", "--max-file-size", "5000000000", path])
        #expect(result.status == 2)
        #expect(
            result.stdout.contains(
                "vast.yaml:1:1: error: the file is 3221225472 bytes; a design file holds at most 2147483647, "
                    + "whatever --max-file-size allows"
            ))
    }

    @Test func limitsMustBePositive() throws {
        #expect(try DataplanBinary.run(["check", "--max-flows", "0", "Samples/"]).status == 2)
    }
}
