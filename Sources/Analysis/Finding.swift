import Diagnostics
import Model

/// A rule that does not hold somewhere in a design: where, why, and how to fix it.
public struct Finding: Sendable {
    public let rule: Rule
    /// The rule's severity, or the one `.dataplan.yml` sets for it.
    public let severity: Severity
    public let message: String
    public let location: SourceLocation
    /// The component the finding is about, if any.
    public let component: String?
    /// The flow the finding is about, as `"a -> b"`, if any.
    public let flow: String?
    /// The suppression that silences the finding, if one does and has not expired.
    public var suppression: Suppression?
    /// True when the baseline lists the finding: known, not new.
    public var baselined = false
    /// A remark added to the message, e.g. that a suppression has expired.
    public var note: String?
    /// The component whose `suppress` applies: the finding's component, or a flow's source.
    var owner: String?
    /// Other places the finding concerns, e.g. the target of a flow, each with what it is.
    public var related: [(location: SourceLocation, label: String)] = []

    public init(
        rule: Rule, severity: Severity, message: String, location: SourceLocation,
        component: String?, flow: String?
    ) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.location = location
        self.component = component
        self.flow = flow
    }

    /// Counts toward the summary and the exit code: neither suppressed nor baselined.
    @inlinable public var isActive: Bool { suppression == nil && !baselined }

    /// What identifies the finding across edits that move lines: rule, design, component or flow.
    public func key(design: String) -> FindingKey {
        FindingKey(rule: rule.id, design: design, component: component, flow: flow)
    }
}

/// A finding's identity without its position: the baseline's and SARIF fingerprints' key.
public struct FindingKey: Sendable, Hashable, Codable, Comparable {
    public let rule: String
    public let design: String
    public let component: String?
    public let flow: String?

    public init(rule: String, design: String, component: String?, flow: String?) {
        self.rule = rule
        self.design = design
        self.component = component
        self.flow = flow
    }

    public static func < (lhs: FindingKey, rhs: FindingKey) -> Bool {
        (lhs.design, lhs.rule, lhs.component ?? "", lhs.flow ?? "") < (
            rhs.design, rhs.rule, rhs.component ?? "", rhs.flow ?? ""
        )
    }
}
