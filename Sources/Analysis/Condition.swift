#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Model

/// A declarative condition over a component, a flow or the design, as rule files write it.
///
/// Graph conditions (`upstream`, `downstream`, `every-path-from`, `every-flow-upstream`,
/// `pii-tainted`) are answered for all components at once by one pass over the graph and cached,
/// so a rule costs time linear in components plus flows, never a walk per path.
public indirect enum Condition: Sendable {
    case all([Condition])
    case any([Condition])
    case not(Condition)
    /// A property of the subject (a component's or a flow's).
    case property(PropertyTest)
    case type(TypeSet)
    case category(Set<Category>)
    /// A key of the design's `requirements`.
    case requirement(PropertyTest)
    /// Some component of the design satisfies the condition; answered once per design.
    case designHas(DesignQuery)
    /// A graph question over every component, answered once per design.
    case graph(GraphQuery)
    /// Some direct predecessor (`feeds-from`) or successor (`feeds-into`) satisfies the condition.
    case feedsFrom(Condition)
    case feedsInto(Condition)
    /// Some flow into (`inbound`) or out of (`outbound`) the component satisfies the flow condition.
    case inbound(Condition)
    case outbound(Condition)
    /// The component's `on-failure` target exists and satisfies the condition.
    case onFailure(Condition)
    /// A flow's source or target component satisfies the condition.
    case from(Condition)
    case to(Condition)
    /// The component carries every required cost-allocation tag (configurable).
    case hasRequiredTags
    /// A flow's source and target share no region (a global table's replicas count as its regions).
    case crossesRegions

    /// Whether this condition, or one inside it (in a query's conditions too), satisfies `test`.
    func contains(where test: (Condition) -> Bool) -> Bool {
        if test(self) { return true }
        switch self {
        case .all(let parts), .any(let parts):
            return parts.contains { $0.contains(where: test) }
        case .not(let inner), .feedsFrom(let inner), .feedsInto(let inner), .inbound(let inner), .outbound(let inner),
            .onFailure(let inner), .from(let inner), .to(let inner):
            return inner.contains(where: test)
        case .designHas(let query):
            return query.condition.contains(where: test)
        case .graph(let query):
            if case .everyPathFrom(let through) = query.kind, through.contains(where: test) { return true }
            return query.condition.contains(where: test)
        case .property, .type, .category, .requirement, .hasRequiredTags, .crossesRegions:
            return false
        }
    }

    /// Whether the condition asks which components hold personal data.
    var asksForPIITaint: Bool {
        contains { condition in
            if case .graph(let query) = condition, case .piiTainted = query.kind { return true }
            return false
        }
    }

    /// The defaults its property tests assume, by path, for messages about unwritten properties.
    var defaults: [String: String] {
        switch self {
        case .all(let parts), .any(let parts): parts.reduce(into: [:]) { $0.merge($1.defaults) { first, _ in first } }
        case .not(let inner): inner.defaults
        case .property(let test): test.defaultText.map { [test.path: $0] } ?? [:]
        default: [:]
        }
    }

    /// The condition in words, for `dataplan rules` and the docs.
    public var summary: String {
        switch self {
        case .all(let parts): "(" + parts.map(\.summary).joined(separator: " and ") + ")"
        case .any(let parts): "(" + parts.map(\.summary).joined(separator: " or ") + ")"
        case .not(let inner): "not " + inner.summary
        case .property(let test): test.summary
        case .type(let types): "type is " + types.names.sorted().joined(separator: " or ")
        case .category(let categories): "category is " + categories.map(\.rawValue).sorted().joined(separator: " or ")
        case .requirement(let test): "requirement " + test.summary
        case .designHas(let query): "the design has a component with " + query.condition.summary
        case .graph(let query): query.summary
        case .feedsFrom(let inner): "fed directly by a component with " + inner.summary
        case .feedsInto(let inner): "feeding directly a component with " + inner.summary
        case .inbound(let inner): "an inbound flow with " + inner.summary
        case .outbound(let inner): "an outbound flow with " + inner.summary
        case .onFailure(let inner): "an on-failure target with " + inner.summary
        case .from(let inner): "flow source with " + inner.summary
        case .to(let inner): "flow target with " + inner.summary
        case .hasRequiredTags: "every required cost-allocation tag"
        case .crossesRegions: "its ends in different regions"
        }
    }
}

/// "Does some component satisfy this?", asked once per design whatever the number of subjects.
public final class DesignQuery: Sendable {
    public let condition: Condition

    public init(_ condition: Condition) {
        self.condition = condition
    }
}

/// A graph question answered for every component of a design in one linear pass.
public final class GraphQuery: Sendable {
    public enum Kind: Sendable {
        /// Some component upstream (any number of flows before) satisfies `condition`.
        case upstream
        /// Some component downstream satisfies `condition`.
        case downstream
        /// Every path from a component satisfying `condition` to this one passes a component satisfying `through`.
        case everyPathFrom(through: Condition)
        /// Every flow on every path into this component satisfies `condition` (a flow condition).
        case everyFlowUpstream
        /// The component holds or receives personal data: `pii: true` on it or anywhere upstream.
        case piiTainted
    }

    public let kind: Kind
    public let condition: Condition

    public init(_ kind: Kind, _ condition: Condition) {
        self.kind = kind
        self.condition = condition
    }

    var summary: String {
        switch kind {
        case .upstream: "upstream of a component with " + condition.summary
        case .downstream: "downstream into a component with " + condition.summary
        case .everyPathFrom(let through):
            "every path from a component with \(condition.summary) passes one with \(through.summary)"
        case .everyFlowUpstream: "every flow upstream has " + condition.summary
        case .piiTainted: "holds personal data (pii: true here or upstream)"
        }
    }
}

/// A test of one property (by dotted path) against a value, a list, a quantity or a requirement.
///
/// A property that is not written takes its `default`; without one, only `present: false`,
/// `not-equals` and `not-in` hold for it.
///
/// A class: conditions are matched for every subject, and a reference is one count to copy.
public final class PropertyTest: Sendable {
    public enum Operation: Sendable {
        case present(Bool)
        case equals(Comparand)
        case notEquals(Comparand)
        case oneOf([Comparand])
        case noneOf([Comparand])
        case contains(Comparand)
        case atLeast(Comparand)
        case atMost(Comparand)
        case moreThan(Comparand)
        case lessThan(Comparand)
    }

    public let path: String
    /// `path` split at its dots, once.
    public let parts: [String]
    public let operation: Operation
    /// The value assumed when the property is not written (the service's default), and its text.
    public let defaultValue: Value?
    public let defaultText: String?

    public init(path: String, operation: Operation, defaultValue: Value?, defaultText: String?) {
        self.path = path
        self.parts = path.split(separator: ".").map(String.init)
        self.operation = operation
        self.defaultValue = defaultValue
        self.defaultText = defaultText
    }

    var summary: String {
        let subject = "`\(path)`" + (defaultText.map { " (default \($0))" } ?? "")
        return switch operation {
        case .present(let present): subject + (present ? " set" : " not set")
        case .equals(let value): subject + " = " + value.summary
        case .notEquals(let value): subject + " ≠ " + value.summary
        case .oneOf(let values): subject + " in [" + values.map(\.summary).joined(separator: ", ") + "]"
        case .noneOf(let values): subject + " not in [" + values.map(\.summary).joined(separator: ", ") + "]"
        case .contains(let value): subject + " contains " + value.summary
        case .atLeast(let value): subject + " ≥ " + value.summary
        case .atMost(let value): subject + " ≤ " + value.summary
        case .moreThan(let value): subject + " > " + value.summary
        case .lessThan(let value): subject + " < " + value.summary
        }
    }
}

/// The right-hand side of a property test: a value as written, a requirement of the design, the
/// latency budget of the paths through the subject, or another property of the subject.
public enum Comparand: Sendable {
    /// A value read with the property's kind, and its text.
    case literal(Value, String)
    case requirement(String)
    /// `{budget: latency}`: the tightest latency budget of the paths through the component; a test
    /// against it holds when no budget applies.
    case latencyBudget
    /// `{property: PATH, times: N}`: another property of the same subject, of the same kind, times N;
    /// a test against it fails when that property is not written.
    case property(path: String, parts: [String], times: Decimal)

    var summary: String {
        switch self {
        case .literal(_, let text): text
        case .requirement(let key): "requirements.\(key)"
        case .latencyBudget: "the latency budget of its paths"
        case .property(let path, parts: _, let times): times == 1 ? path : "\(times) × \(path)"
        }
    }
}
