#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Diagnostics
import YAMLLoader
import Analysis
import Reporting

/// Known findings, keyed by rule, design and component or flow (never by line), so that a baseline
/// survives edits that move lines. A finding the baseline lists is reported as baselined, not failed.
public struct Baseline: Sendable {
    public let keys: Set<FindingKey>

    public init(keys: Set<FindingKey>) {
        self.keys = keys
    }

    /// The JSON written by `--write-baseline`, sorted so that it diffs cleanly.
    public static func serialize(_ keys: Set<FindingKey>) -> String {
        let entries = keys.sorted().map { key -> JSONValue in
            .object([
                ("rule", .string(key.rule)), ("design", .string(key.design)),
                ("component", .optional(key.component)), ("flow", .optional(key.flow)),
            ])
        }
        return JSONValue.object([("version", .int(1)), ("findings", .array(entries))]).serialized()
    }

    /// Reads a baseline; JSON is read through the YAML loader so that mistakes have positions.
    public static func read(path: String) -> (baseline: Baseline?, diagnostics: [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            return (
                nil,
                [Diagnostic(.error, at: SourceLocation(file: path, line: 1, column: 1), "the baseline cannot be read")]
            )
        }
        let document = YAMLLoader().load([UInt8](data), file: path)
        guard let root = document.root, !document.hasErrors else { return (nil, document.diagnostics) }
        var log = DiagnosticLog(file: path)
        let findings = root.mapping?.first { $0.key.scalar?.value == "findings" }?.value
        guard let entries = findings?.sequence else {
            log.error(
                "a baseline is {\"version\": 1, \"findings\": [...]}, as --write-baseline writes it", at: root.mark)
            return (nil, log.diagnostics)
        }
        var keys: Set<FindingKey> = []
        for entry in entries {
            var fields: [String: String] = [:]
            for pair in entry.mapping ?? [] {
                if let key = pair.key.scalar?.value, let value = pair.value.scalar, !value.isNull {
                    fields[key] = value.value
                }
            }
            guard let rule = fields["rule"], let design = fields["design"] else {
                log.error("a baseline entry needs `rule` and `design`", at: entry.mark)
                continue
            }
            keys.insert(FindingKey(rule: rule, design: design, component: fields["component"], flow: fields["flow"]))
        }
        return log.hasErrors ? (nil, log.diagnostics) : (Baseline(keys: keys), [])
    }
}
