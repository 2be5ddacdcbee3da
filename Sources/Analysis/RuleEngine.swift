import Diagnostics
import Model
import Parallel

/// What the rules found in one design, and what they noticed about its `suppress` entries.
public struct RuleRun: Sendable {
    /// Findings in file order (line, column, rule id); suppressed ones included and marked.
    public let findings: [Finding]
    /// Warnings about the design's suppressions: unknown rule ids.
    public let diagnostics: [Diagnostic]
    /// How many subjects each rule was evaluated on (where its `when` held), by rule id.
    public let applicable: [String: Int]
}

/// Runs a set of rules over designs.
public struct RuleEngine: Sendable {
    public let rules: [Rule]
    public let settings: RuleSettings
    /// Severities `.dataplan.yml` sets, by rule id.
    public let severityOverrides: [String: Severity]
    private let knownIDs: Set<String>

    public init(
        rules: [Rule], settings: RuleSettings, severityOverrides: [String: Severity] = [:], knownIDs: Set<String>? = nil
    ) {
        self.rules = rules
        self.settings = settings
        self.severityOverrides = severityOverrides
        self.knownIDs = knownIDs ?? Set(rules.map(\.id))
    }

    /// Runs every rule over `graph`, in the catalog's order, then puts the findings in file order.
    public func run(on graph: DesignGraph) -> RuleRun {
        let index = ComponentIndex(graph.design)
        let unknownSuppressions = suppressionDiagnostics(graph.design)
        let piiTaint = rules.contains(where: \.asksForPIITaint) ? Evaluator.piiTaint(of: graph) : nil
        let evaluator = Evaluator(graph: graph, settings: settings, components: index, piiTaint: piiTaint)
        var findings: [Finding] = []
        let applicable = Dictionary(
            rules.map { ($0.id, evaluate($0, evaluator, into: &findings)) }, uniquingKeysWith: { _, last in last })
        Self.putInFileOrder(&findings)
        return RuleRun(
            findings: findings, diagnostics: unknownSuppressions + unusedSuppressions(graph.design, findings),
            applicable: applicable)
    }

    /// Sorts findings by line, column, rule id, component and flow. Sorts positions, not findings, on
    /// keys copied out once, so no finding is copied during the sort; the strings are compared
    /// only on a tie of line, column and rule.
    static func putInFileOrder(_ findings: inout [Finding]) {
        let ruleRanks = Dictionary(findings.map { ($0.rule.id, 0) }, uniquingKeysWith: { first, _ in first })
            .keys.sorted().enumerated().reduce(into: [String: Int]()) { $0[$1.element] = $1.offset }
        let keys = findings.map { (line: $0.location.line, column: $0.location.column, rule: ruleRanks[$0.rule.id]!) }
        var order = findings.indices.sorted { left, right in
            let a = keys[left], b = keys[right]
            if a.line != b.line { return a.line < b.line }
            if a.column != b.column { return a.column < b.column }
            if a.rule != b.rule { return a.rule < b.rule }
            return (findings[left].component ?? "", findings[left].flow ?? "") < (
                findings[right].component ?? "", findings[right].flow ?? ""
            )
        }
        // Put each finding in place by following the permutation's cycles: swaps move, copies count references.
        for start in order.indices {
            var current = start
            while order[current] != start {
                let next = order[current]
                findings.swapAt(current, next)
                order[current] = current
                current = next
            }
            order[current] = current
        }
    }

    /// Appends the rule's findings; returns the number of subjects it applied to.
    private func evaluate(_ rule: Rule, _ evaluator: Evaluator, into findings: inout [Finding]) -> Int {
        let design = evaluator.design
        let inScope = subjects(of: rule.scope, evaluator).filter { applies(rule, to: $0, evaluator) }
        if let check = rule.check {
            for result in check.run(scope: rule.scope, evaluator: evaluator)
            where applies(rule, to: result.subject, evaluator) {
                var found = finding(rule, result.subject, mark: result.mark, variables: result.variables, evaluator)
                found.related += result.related.map {
                    (
                        design.location(design.components[$0.component].mark),
                        "'\(design.components[$0.component].name)' \($0.label)"
                    )
                }
                findings.append(found)
            }
        }
        if let require = rule.require {
            for subject in inScope where !evaluator.holds(require, on: subject) {
                findings.append(finding(rule, subject, mark: nil, variables: [:], evaluator))
            }
        }
        return inScope.count
    }

    private func applies(_ rule: Rule, to subject: Subject, _ evaluator: Evaluator) -> Bool {
        rule.when.map { evaluator.holds($0, on: subject) } ?? true
    }

    private func subjects(of scope: RuleScope, _ evaluator: Evaluator) -> [Subject] {
        switch scope {
        case .components: evaluator.members(of: scope).map { .component($0) }
        case .flows: evaluator.design.flows.indices.map { .flow($0) }
        case .design: [.design]
        }
    }

    private func finding(
        _ rule: Rule, _ subject: Subject, mark: Mark?, variables: [String: String], _ evaluator: Evaluator
    ) -> Finding {
        let design = evaluator.design
        var component: Component?
        var flow: Flow?
        switch subject {
        case .component(let index): component = design.components[index]
        case .flow(let index): flow = design.flows[index]
        case .design: break
        }
        let message = rule.message.render { name, parts in
            if let value = variables[name] { return value }
            switch name {
            case "component": return component?.name ?? flow?.from
            case "type": return component?.type.name
            case "region": return component?.region ?? design.region
            case "flow": return flow?.label
            case "from": return flow?.from
            case "to": return flow?.to
            case "design": return design.name
            case "missing-tags":
                return component.map { evaluator.missingTags(of: $0).joined(separator: ", ") }
            default:
                if name.hasPrefix("requirements.") {
                    return design.requirements.property(String(name.dropFirst(13))).map(Self.describe)
                }
                if let written = evaluator.property(parts, on: subject) { return Self.describe(written) }
                return rule.defaults[name].map { "\($0), the default" }
            }
        }
        let location =
            mark ?? pointAt(rule, subject: subject, evaluator) ?? component?.mark ?? flow?.mark
            ?? designMark(rule, design)
        var result = Finding(
            rule: rule, severity: severityOverrides[rule.id] ?? rule.severity, message: message,
            location: design.location(location), component: component?.name, flow: flow?.label)
        result.owner = component?.name ?? flow?.from
        if case .flow(let index) = subject, let flow {
            let ends = evaluator.graph.ends[index]
            let source = design.components[ends.from], target = design.components[ends.to]
            result.related.append((design.location(source.mark), "flow source '\(flow.from)'"))
            result.related.append((design.location(target.mark), "flow target '\(flow.to)'"))
            applySuppressions(&result, owner: source, design: design)
        } else {
            applySuppressions(&result, owner: component, design: design)
        }
        return result
    }

    /// A property as the message shows it: its text, or a list's items.
    static func describe(_ property: PropertyValue) -> String {
        if let items = property.value.list { return "[" + items.map(\.text).joined(separator: ", ") + "]" }
        if property.value.object != nil { return "set" }
        return property.text
    }

    /// The key of the first `at` path that is written, trying each path's shorter prefixes too.
    private func pointAt(_ rule: Rule, subject: Subject, _ evaluator: Evaluator) -> Mark? {
        for parts in rule.atPaths where !parts.isEmpty {
            if let property = evaluator.property(parts, on: subject) { return property.keyMark }
        }
        return nil
    }

    /// Design-level findings point at the requirement they read, else at `components`.
    private func designMark(_ rule: Rule, _ design: Design) -> Mark {
        for path in rule.at where path.hasPrefix("requirements.") {
            if let property = design.requirements.property(String(path.dropFirst(13))) { return property.keyMark }
        }
        return design.topLevelMarks["components"] ?? design.topLevelMarks["dataplan"] ?? Mark(line: 1, column: 1)
    }

    /// Marks the finding suppressed by its owner's (a component's, or a flow's source's) or the
    /// design's `suppress` entry for its rule, or notes that entry's expiry.
    private func applySuppressions(_ finding: inout Finding, owner: Component?, design: Design) {
        let own = owner?.suppressions.first { $0.rule == finding.rule.id }
        guard let suppression = own ?? design.suppressions.first(where: { $0.rule == finding.rule.id }) else { return }
        if let until = suppression.until, until < settings.today {
            finding.note = "its suppression expired on \(until)"
        } else {
            finding.suppression = suppression
        }
    }

    /// Suppressions of rules that ran and found nothing to suppress: stale waivers, as SwiftLint's
    /// superfluous_disable_command reports them.
    private func unusedSuppressions(_ design: Design, _ findings: [Finding]) -> [Diagnostic] {
        let evaluated = Set(rules.map(\.id))
        var used: Set<String> = []
        for index in findings.indices where findings[index].suppression != nil || findings[index].note != nil {
            used.insert("\(findings[index].owner ?? "")|\(findings[index].rule.id)")
            used.insert("|\(findings[index].rule.id)")
        }
        var diagnostics: [Diagnostic] = []
        for component in design.components {
            for suppression in component.suppressions
            where evaluated.contains(suppression.rule) && !used.contains("\(component.name)|\(suppression.rule)") {
                diagnostics.append(
                    Diagnostic(
                        .warning, at: design.location(suppression.mark),
                        "`suppress` of \(suppression.rule) on '\(component.name)' matches no finding; remove it"))
            }
        }
        for suppression in design.suppressions
        where evaluated.contains(suppression.rule) && !used.contains("|\(suppression.rule)") {
            diagnostics.append(
                Diagnostic(
                    .warning, at: design.location(suppression.mark),
                    "`suppress` of \(suppression.rule) for the design matches no finding; remove it"))
        }
        return diagnostics
    }

    private func suppressionDiagnostics(_ design: Design) -> [Diagnostic] {
        let all = design.components.flatMap(\.suppressions) + design.suppressions
        return all.filter { !knownIDs.contains($0.rule) }.map { suppression in
            Diagnostic(
                .warning, at: design.location(suppression.mark),
                "`suppress` names \(suppression.rule), which is not a "
                    + "rule\(Suggestion.hint(for: suppression.rule, among: knownIDs))"
            )
        }
    }
}
