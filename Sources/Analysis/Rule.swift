import Diagnostics
import Model

/// The Well-Architected pillar a rule serves, as interface.md names them.
public enum Pillar: String, CaseIterable, Sendable, Comparable {
    case security, reliability, performance, cost, operations, migration, governance

    /// The id prefix of the pillar's rules.
    public var idPrefix: String {
        switch self {
        case .security: "SEC"
        case .reliability: "REL"
        case .performance: "PERF"
        case .cost: "COST"
        case .operations: "OPS"
        case .migration: "MIG"
        case .governance: "GOV"
        }
    }

    public static func < (lhs: Pillar, rhs: Pillar) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// What a rule is about, so that tools can select rules whatever their ids (interface.md's list).
public enum RuleTag: String, CaseIterable, Sendable {
    case encryptionAtRest = "encryption-at-rest"
    case encryptionInTransit = "encryption-in-transit"
    case dlq, retry, tagging, cdc, validation
    case bulkTransfer = "bulk-transfer"
    case capacity, latency, residency, backup, availability, audit, monitoring
    case accessControl = "access-control"
    case pii, cost, spot, lifecycle
    case fileFormat = "file-format"
    case exactlyOnce = "exactly-once"
    case lateData = "late-data"
    case dataQuality = "data-quality"
    case lineage, idempotency, orchestration
}

/// What a rule looks at: each matching component, each flow, or the design as a whole.
public enum RuleScope: Sendable {
    /// Components of these types or categories; both empty means every component.
    case components(types: Set<String>, categories: Set<Category>)
    case flows
    case design

    public var summary: String {
        switch self {
        case .components(let types, let categories):
            if types.isEmpty && categories.isEmpty { return "every component" }
            var parts: [String] = []
            if !types.isEmpty { parts.append(types.sorted().joined(separator: ", ")) }
            if !categories.isEmpty {
                let names = categories.sorted().map(\.rawValue)
                parts.append((names.count == 1 ? "category " : "categories ") + names.joined(separator: ", "))
            }
            return parts.joined(separator: "; ")
        case .flows: return "every flow"
        case .design: return "the design"
        }
    }

    /// Whether a component falls under this scope.
    func covers(_ component: Component) -> Bool {
        guard case .components(let types, let categories) = self else { return false }
        if types.isEmpty && categories.isEmpty { return true }
        return types.contains(component.type.name) || categories.contains(component.category)
    }

    /// The component types the scope can reach, for checking property paths in conditions.
    var reachableTypes: [ComponentType] {
        guard case .components(let types, let categories) = self else { return [] }
        if types.isEmpty && categories.isEmpty { return ComponentCatalog.all }
        if categories.isEmpty {
            // A rule names a type or two: found by name, rather than each of the catalog's names hashed.
            return types.compactMap(ComponentCatalog.type(named:)).sorted { $0.ordinal < $1.ordinal }
        }
        return ComponentCatalog.all.filter { categories.contains($0.category) || types.contains($0.name) }
    }
}

/// An example design in a rule file; `↓` marks in its text say where the rule's findings must land.
public struct RuleExample: Sendable {
    /// The design's text with the markers removed.
    public let design: String
    /// Where each `↓` stood: the findings' expected positions in `design`.
    public let expected: [Mark]
    /// Where the example is written in the rule file.
    public let mark: Mark
}

/// Where a rule comes from: built into the binary or a user's pack.
public enum RuleOrigin: Sendable, Hashable {
    case bundled
    case pack(String)
}

/// One best-practice rule, read from a YAML file under `Rules/` or a user's pack.
///
/// A class: every finding refers to its rule, and findings are many.
public final class Rule: Sendable {
    public let id: String
    public let title: String
    public let severity: Severity
    public let pillar: Pillar
    public let tags: [RuleTag]
    public let scope: RuleScope
    /// Applies only where this holds (nil: everywhere in scope).
    public let when: Condition?
    /// Must hold wherever the rule applies; a finding where it does not.
    public let require: Condition?
    /// A built-in kind that does the arithmetic, with its limits from the rule file.
    public let check: BuiltinCheck?
    public let message: MessageTemplate
    /// Property paths the finding points at, first present wins; else the component or flow itself.
    public let at: [String]
    /// `at`, each path split at its dots once, with its shorter prefixes after it, longest first.
    let atPaths: [[String]]
    public let rationale: String
    public let remediation: String
    public let references: [String]
    /// The services-map question the rule answers, where it answers one.
    public let question: String?
    public let triggering: [RuleExample]
    public let passing: [RuleExample]
    public let file: String
    public let mark: Mark
    public let origin: RuleOrigin
    /// A rule about the account rather than one design (`account-wide: true`): a check run reports its
    /// finding once, on the first design, naming the others.
    public let accountWide: Bool
    /// The practices the rule enforces: Data Analytics Lens ids (`lens:`) and the seed's questions (`seed:`).
    public let practices: [String]

    init(
        id: String, title: String, severity: Severity, pillar: Pillar, tags: [RuleTag], scope: RuleScope,
        when: Condition?,
        require: Condition?, check: BuiltinCheck?, message: MessageTemplate, at: [String], rationale: String,
        remediation: String, references: [String], question: String?, triggering: [RuleExample], passing: [RuleExample],
        file: String, mark: Mark, origin: RuleOrigin, accountWide: Bool = false, practices: [String] = []
    ) {
        self.accountWide = accountWide
        self.practices = practices
        self.id = id
        self.title = title
        self.severity = severity
        self.pillar = pillar
        self.tags = tags
        self.scope = scope
        self.when = when
        self.require = require
        self.check = check
        self.message = message
        self.at = at
        self.atPaths = at.flatMap { path in
            let parts = path.split(separator: ".").map(String.init)
            return (1...max(parts.count, 1)).reversed().map { Array(parts.prefix($0)) }
        }
        self.rationale = rationale
        self.remediation = remediation
        self.references = references
        self.question = question
        self.triggering = triggering
        self.passing = passing
        self.file = file
        self.mark = mark
        self.origin = origin
    }

    /// What an unwritten property is taken to be, by path, from the defaults in `when` and `require`.
    public var defaults: [String: String] {
        (require?.defaults ?? [:]).merging(when?.defaults ?? [:]) { first, _ in first }
    }

    /// A short description of the condition, for `dataplan rules` and the docs.
    public var conditionSummary: String {
        var parts: [String] = []
        if let when { parts.append("when " + when.summary) }
        if let require { parts.append("requires " + require.summary) }
        if let check { parts.append("built-in check `\(check.kind.rawValue)`") }
        return parts.joined(separator: "; ")
    }
}

extension Rule {
    /// Whether the rule's conditions ask which components hold personal data, which a run finds
    /// once for all its rules.
    var asksForPIITaint: Bool {
        (when?.asksForPIITaint ?? false) || (require?.asksForPIITaint ?? false)
    }
}
