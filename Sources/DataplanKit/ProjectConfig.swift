#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Diagnostics
import YAMLLoader
import Model
import Analysis

/// The settings of `.dataplan.yml`, as interface.md fixes them.
public struct ProjectConfig: Sendable {
    public var path: String?
    public var failOn: FailLevel?
    public var requiredTags: [String]?
    public var disabledRules: [String] = []
    public var severityOverrides: [String: Severity] = [:]
    /// Rule pack folders, relative to the config file's folder already resolved.
    public var rulePacks: [String] = []
    public var baseline: String?
    public var budget: Money?
    /// Whether cost gates judge on the priced lines alone when some lines have no rate (`allow-unpriced`).
    public var allowUnpriced = false
    /// The account-wide controls (`account:`), read as a design of their own.
    public var account: DesignGraph?
    /// Where each rule id was named, for checking the ids once the catalog is known.
    var ruleReferences: [(id: String, mark: Mark)] = []

    public init() {}

    public static let fileName = ".dataplan.yml"

    /// The nearest `.dataplan.yml` from a folder upward, if any.
    public static func discover(from folder: String = FileManager.default.currentDirectoryPath) -> String? {
        var url = URL(fileURLWithPath: folder).standardizedFileURL
        while true {
            let candidate = url.appendingPathComponent(fileName).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    /// Rule ids the config names that no rule has: errors at their positions.
    public func unknownRuleDiagnostics(known: Set<String>) -> [Diagnostic] {
        guard let path else { return [] }
        return ruleReferences.filter { !known.contains($0.id) }.map { reference in
            Diagnostic(
                .error, at: reference.mark.located(in: path),
                "no rule has the id \(reference.id)\(Suggestion.hint(for: reference.id, among: known))")
        }
    }
}
