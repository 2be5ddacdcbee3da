#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Diagnostics
import YAMLLoader
import BundledRules
import Parallel

/// Every rule a run knows: the catalog built into the binary, then the user's packs.
public struct RuleCatalog: Sendable {
    /// Rules by pillar, then id.
    public let rules: [Rule]
    /// Problems with rule files: any error means the catalog cannot be trusted and the run exits 2.
    public let diagnostics: [Diagnostic]

    public init(rules: [Rule], diagnostics: [Diagnostic]) {
        self.rules = rules.sorted { ($0.pillar, $0.id) < ($1.pillar, $1.id) }
        self.diagnostics = diagnostics
    }

    /// The rules of `Rules/`, as built into the binary. Without `examples`, each file is read up to
    /// its `examples` (the last key of a bundled rule): checking, pricing and drawing designs never
    /// read a rule's examples, which are a third of the catalog's bytes, read at every start.
    public static func bundled(examples: Bool = true) -> RuleCatalog {
        examples ? readBundled(examples: true) : bundledWithoutExamples
    }

    /// The bundled rules without their examples, read once a process, when first asked for.
    private static let bundledWithoutExamples = readBundled(examples: false)

    private static func readBundled(examples: Bool) -> RuleCatalog {
        let files = BundledRules.files.map { file in
            (path: "Rules/" + file.path, text: examples ? file.text : RuleExamples.cut(from: file.text))
        }
        return read(files, origin: .bundled, examplesRequired: examples)
    }

    /// The bundled rules plus every `*.yaml` rule file under each pack folder (or a single file);
    /// `examples` as for `bundled` (a pack's rules are always read whole).
    public static func load(packs: [String], examples: Bool = true) -> RuleCatalog {
        var catalog = bundled(examples: examples)
        for pack in packs {
            catalog = catalog.adding(read(packFiles(pack), origin: .pack(pack)))
        }
        return catalog
    }

    public func rule(_ id: String) -> Rule? { rules.first { $0.id == id } }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// This catalog and another, a rule id defined twice being an error at the second definition.
    public func adding(_ other: RuleCatalog) -> RuleCatalog {
        var known = Dictionary(rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var diagnostics = self.diagnostics + other.diagnostics
        var merged = rules
        for rule in other.rules { Self.append(rule, to: &merged, known: &known, diagnostics: &diagnostics) }
        return RuleCatalog(rules: merged, diagnostics: diagnostics)
    }

    /// Appends `rule` unless its id is already known, which is an error at this second definition.
    private static func append(
        _ rule: Rule, to rules: inout [Rule], known: inout [String: Rule], diagnostics: inout [Diagnostic]
    ) {
        if let first = known[rule.id] {
            diagnostics.append(
                Diagnostic(
                    .error, at: rule.mark.located(in: rule.file),
                    "rule id \(rule.id) is already defined in \(first.file):\(first.mark)"))
            return
        }
        known[rule.id] = rule
        rules.append(rule)
    }

    /// Reads the files on every core; duplicate ids are then reported in file order.
    static func read(
        _ files: [(path: String, text: String)], origin: RuleOrigin, examplesRequired: Bool = true
    ) -> RuleCatalog {
        let reader = RuleReader(origin: origin, examplesRequired: examplesRequired)
        let read = Concurrently.map(files) { file in
            reader.read(YAMLLoader().load(file.text, file: file.path))
        }
        var known: [String: Rule] = [:]
        var rules: [Rule] = []
        var diagnostics: [Diagnostic] = []
        for (rule, fileDiagnostics) in read {
            diagnostics += fileDiagnostics
            if let rule { append(rule, to: &rules, known: &known, diagnostics: &diagnostics) }
        }
        return RuleCatalog(rules: rules, diagnostics: diagnostics)
    }

    /// A pack's rule files as path and text; an unreadable pack is itself a diagnostic.
    private static func packFiles(_ pack: String) -> [(path: String, text: String)] {
        let manager = FileManager.default
        var isDirectory = false
        guard manager.fileExists(atPath: pack, isDirectory: &isDirectory) else {
            return [(pack, "")]
        }
        guard isDirectory else {
            return [(pack, (try? String(contentsOfFile: pack, encoding: .utf8)) ?? "")]
        }
        let base = pack.hasSuffix("/") ? String(pack.dropLast()) : pack
        let paths = ((try? manager.subpathsOfDirectory(atPath: base)) ?? [])
            .filter {
                ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml"))
                    && !$0.split(separator: "/").contains { $0.hasPrefix(".") }
            }
            .sorted()
        return paths.map { path in
            let full = base + "/" + path
            return (full, (try? String(contentsOfFile: full, encoding: .utf8)) ?? "")
        }
    }
}
