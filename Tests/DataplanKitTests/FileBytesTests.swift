import Foundation
import Testing
@testable import DataplanKit

/// A design's bytes as the pipeline reads them: whole, refused over the limit, and read to their
/// end where the file system does not know a file's size beforehand.
@Suite struct FileBytesTests {
    private func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dataplan-bytes-\(UUID().uuidString)")
            .path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aFileIsReadWhole() throws {
        let bytes = (0..<70_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let path = try temporaryFile(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(FileBytes.contents(of: path, limit: 100_000) == .bytes(bytes))
        #expect(FileBytes.contents(of: path, limit: 70_000) == .bytes(bytes))
        #expect(FileBytes.contents(of: path, limit: 69_999) == .tooLarge(70_000))
    }

    @Test func anEmptyFileIsNoBytes() throws {
        let path = try temporaryFile([])
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(FileBytes.contents(of: path, limit: 10) == .bytes([]))
    }

    @Test func missingFilesAndFoldersAreNamedAsSuch() {
        #expect(FileBytes.contents(of: "/no/such/design.yaml", limit: 10) == .missing)
        #expect(FileBytes.contents(of: FileManager.default.temporaryDirectory.path, limit: 10) == .folder)
    }

    #if os(Linux)
    /// /proc files state a size of 0: the bytes are read until the end, the buffer growing.
    @Test func aFileWhoseSizeIsNotKnownIsReadToItsEnd() throws {
        guard case .bytes(let bytes) = FileBytes.contents(of: "/proc/self/maps", limit: 1 << 24) else {
            Issue.record("/proc/self/maps was not read")
            return
        }
        #expect(bytes.count > 1_000)
        #expect(bytes.last == UInt8(ascii: "\n"))
        // Past the limit the read stops one byte over it, and the loader refuses the file's size.
        guard case .bytes(let cut) = FileBytes.contents(of: "/proc/self/maps", limit: 100) else {
            Issue.record("/proc/self/maps was not read up to the limit")
            return
        }
        #expect(cut.count == 101)
    }
    #endif
}
