import Foundation
import TestSupport
import Testing

/// swift-format leaves a line it cannot break (a long string literal) as it is, so the 120-column limit of
/// `.swift-format` is held here for every Swift file of the package.
@Suite struct SourceLineLengthTests {
    static let limit = 120

    @Test func noSwiftLineIsLongerThanTheLimit() throws {
        var tooLong: [String] = []
        for folder in ["Sources", "Tests", "Plugins"] {
            let base = Repository.root.appendingPathComponent(folder)
            let walker = try #require(FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil))
            for case let url as URL in walker where url.pathExtension == "swift" {
                let lines = try String(contentsOf: url, encoding: .utf8).split(
                    separator: "\n", omittingEmptySubsequences: false)
                for (index, line) in lines.enumerated() where line.count > Self.limit {
                    let path = url.path.replacingOccurrences(of: Repository.root.path + "/", with: "")
                    tooLong.append("\(path):\(index + 1): \(line.count) columns")
                }
            }
        }
        #expect(tooLong.isEmpty, "lines over \(Self.limit) columns:\n\(tooLong.joined(separator: "\n"))")
    }
}
