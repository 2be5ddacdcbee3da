import Foundation

/// Folders of the repository, found from this file's own path.
enum Paths {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let samples = root.appendingPathComponent("Samples")
    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
}
