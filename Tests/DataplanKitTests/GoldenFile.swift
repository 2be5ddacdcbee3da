import Foundation
import Testing

/// Compares output with a golden file under Tests/DataplanKitTests/Golden; `DATAPLAN_UPDATE_GOLDENS=1` rewrites it.
enum GoldenFile {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws
    {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["DATAPLAN_UPDATE_GOLDENS"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(
            actual == expected, "\(name) differs; run DATAPLAN_UPDATE_GOLDENS=1 swift test to accept the new output",
            sourceLocation: sourceLocation)
    }
}
