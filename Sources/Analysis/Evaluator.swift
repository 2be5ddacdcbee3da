#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Model

/// Settings the rules read that are not in the design: the tags to require, today's date.
public struct RuleSettings: Sendable {
    /// Cost-allocation tags every component must carry (`.dataplan.yml` `required-tags`).
    public var requiredTags: [String]
    /// Today, `YYYY-MM-DD`, for suppressions with `until`.
    public var today: String
    /// Controls the whole account has (`.dataplan.yml` `account:`): a design has them without declaring them.
    public var account: DesignGraph?

    public static let defaultRequiredTags = ["project", "environment", "team", "cost-center"]

    public init(requiredTags: [String] = RuleSettings.defaultRequiredTags, today: String, account: DesignGraph? = nil) {
        self.requiredTags = requiredTags
        self.today = today
        self.account = account
    }
}

/// Evaluates conditions on one design, caching each graph query's answer for every component.
public final class Evaluator {
    public let graph: DesignGraph
    public let settings: RuleSettings
    private var graphAnswers: [ObjectIdentifier: [Bool]] = [:]
    private var designAnswers: [ObjectIdentifier: Bool] = [:]

    /// The design's components by type, category and catalog position, made once for the run.
    let components: ComponentIndex
    /// Which components hold personal data (`pii-tainted`), if found once for the whole run.
    private let piiTaint: [Bool]?

    public convenience init(graph: DesignGraph, settings: RuleSettings) {
        self.init(graph: graph, settings: settings, components: ComponentIndex(graph.design))
    }

    /// An evaluator that shares an index of the design's components, and the components that
    /// hold personal data, found once for the whole run.
    init(graph: DesignGraph, settings: RuleSettings, components: ComponentIndex, piiTaint: [Bool]? = nil) {
        self.graph = graph
        self.settings = settings
        self.components = components
        self.piiTaint = piiTaint
    }

    var design: Design { graph.design }

    /// An evaluator over the account's controls, for `design-has`.
    private lazy var accountEvaluator: Evaluator? = settings.account.map { account in
        var plain = settings
        plain.account = nil
        return Evaluator(graph: account, settings: plain)
    }

    /// Indices of the components `scope` covers, in file order, found in the run's index rather
    /// than by testing every component.
    func members(of scope: RuleScope) -> [Int] {
        guard case .components(let types, let categories) = scope else { return [] }
        return components.members(types: types, categories: categories)
    }

    /// Whether `condition` holds for `subject`.
    public func holds(_ condition: Condition, on subject: Subject) -> Bool {
        switch condition {
        case .all(let parts):
            return parts.allSatisfy { holds($0, on: subject) }
        case .any(let parts):
            return parts.contains { holds($0, on: subject) }
        case .not(let inner):
            return !holds(inner, on: subject)
        case .property(let test):
            return withProperty(test.parts, on: subject) { evaluate(test, written: $0?.value, on: subject) }
        case .type(let types):
            guard case .component(let index) = subject else { return false }
            return types.contains(
                ordinal: components.typeOrdinals[index],
                name: design.components[index].type.name)
        case .category(let categories):
            guard case .component(let index) = subject else { return false }
            return categories.contains(components.categories[index])
        case .requirement(let test):
            return evaluate(test, written: design.requirements.property(parts: test.parts)?.value)
        case .designHas(let query):
            if let cached = designAnswers[ObjectIdentifier(query)] { return cached }
            let condition = query.condition
            var answer = design.components.indices.contains { holds(condition, on: .component($0)) }
            if !answer, let account = accountEvaluator {
                answer = account.design.components.indices.contains { account.holds(condition, on: .component($0)) }
            }
            designAnswers[ObjectIdentifier(query)] = answer
            return answer
        case .graph(let query):
            guard case .component(let index) = subject else { return false }
            return answer(query, at: index)
        case .feedsFrom(let inner):
            guard case .component(let index) = subject else { return false }
            return graph.incoming[index].contains { holds(inner, on: .component(graph.ends[$0].from)) }
        case .feedsInto(let inner):
            guard case .component(let index) = subject else { return false }
            return graph.outgoing[index].contains { holds(inner, on: .component(graph.ends[$0].to)) }
        case .inbound(let inner):
            guard case .component(let index) = subject else { return false }
            return graph.incoming[index].contains { holds(inner, on: .flow($0)) }
        case .outbound(let inner):
            guard case .component(let index) = subject else { return false }
            return graph.outgoing[index].contains { holds(inner, on: .flow($0)) }
        case .onFailure(let inner):
            guard case .component(let index) = subject,
                let target = design.components[index].property("on-failure")?.value.string,
                let targetIndex = design.index(of: target)
            else { return false }
            return holds(inner, on: .component(targetIndex))
        case .from(let inner):
            guard case .flow(let index) = subject else { return false }
            return holds(inner, on: .component(graph.ends[index].from))
        case .to(let inner):
            guard case .flow(let index) = subject else { return false }
            return holds(inner, on: .component(graph.ends[index].to))
        case .hasRequiredTags:
            guard case .component(let index) = subject else { return false }
            let component = design.components[index]
            return settings.requiredTags.allSatisfy { !(component.tags[$0] ?? "").isEmpty }
        case .crossesRegions:
            guard case .flow(let index) = subject else { return false }
            return Self.regions(of: graph.component(graph.ends[index].from))
                .isDisjoint(with: Self.regions(of: graph.component(graph.ends[index].to)))
        }
    }

    /// Where a component's data can be read: its region, and its DynamoDB global-table replicas' regions.
    static func regions(of component: Component) -> Set<String> {
        let replicas = component.property("global-tables")?.value.list?.compactMap(\.value.string) ?? []
        return Set([component.region] + replicas)
    }

    /// Required tags the component lacks, in the configured order.
    public func missingTags(of component: Component) -> [String] {
        settings.requiredTags.filter { (component.tags[$0] ?? "").isEmpty }
    }

    // MARK: Property tests

    /// A property of the subject by path, as conditions, messages and locations read it.
    ///
    /// A component's `tags.<key>` are its merged tags (design's and own), which keep no position of
    /// their own: they point at the component.
    func property(_ parts: [String], on subject: Subject) -> PropertyValue? {
        withProperty(parts, on: subject) { $0 }
    }

    /// Calls `body` with the property `property(_:on:)` gives, read where the component or flow
    /// keeps it: conditions test every subject of every rule, and a copy of the property counts a
    /// reference to the table that every core reads.
    @inline(__always)
    func withProperty<Result>(_ parts: [String], on subject: Subject, _ body: (PropertyValue?) -> Result) -> Result {
        switch subject {
        case .component(let index):
            let component = design.components[index]
            if parts.count == 2, parts[0] == "tags" {
                return body(
                    component.tags[parts[1]].map {
                        PropertyValue(.string($0), text: $0, keyMark: component.mark, mark: component.mark)
                    })
            }
            return component.withProperty(parts: parts, body)
        case .flow(let index):
            return design.flows[index].withProperty(parts: parts, body)
        case .design:
            return body(nil)
        }
    }

    func evaluate(_ test: PropertyTest, written: Value?, on subject: Subject = .design) -> Bool {
        let value = written ?? test.defaultValue
        guard let value else {
            switch test.operation {
            case .present(let present): return !present
            case .notEquals, .noneOf: return true
            default: return false
            }
        }
        switch test.operation {
        case .present(let present):
            return present
        case .equals(let comparand):
            return resolve(comparand).map { $0 == value } ?? false
        case .notEquals(let comparand):
            return resolve(comparand).map { $0 != value } ?? false
        case .oneOf(let comparands):
            return comparands.contains { resolve($0) == value }
        case .noneOf(let comparands):
            return !comparands.contains { resolve($0) == value }
        case .contains(let comparand):
            guard let item = resolve(comparand) else { return false }
            return value.list?.contains { $0.value == item } ?? false
        case .atLeast(let comparand):
            return compare(value, comparand, on: subject) { $0 >= $1 }
        case .atMost(let comparand):
            return compare(value, comparand, on: subject) { $0 <= $1 }
        case .moreThan(let comparand):
            return compare(value, comparand, on: subject) { $0 > $1 }
        case .lessThan(let comparand):
            return compare(value, comparand, on: subject) { $0 < $1 }
        }
    }

    private func resolve(_ comparand: Comparand) -> Value? {
        switch comparand {
        case .literal(let value, _): value
        case .requirement(let key): design.requirements.property(key)?.value
        case .latencyBudget, .property: nil
        }
    }

    private func compare(
        _ value: Value, _ comparand: Comparand, on subject: Subject, _ order: (Decimal, Decimal) -> Bool
    ) -> Bool {
        if case .latencyBudget = comparand {
            guard case .component(let index) = subject, let budget = latencyBudgets[index] else { return true }
            return value.decimal.map { order($0, budget) } ?? false
        }
        if case .property(_, let parts, let times) = comparand {
            guard let left = value.decimal, let right = withProperty(parts, on: subject, { $0?.value.decimal }) else {
                return false
            }
            return order(left, right * times)
        }
        guard let left = value.decimal, let right = resolve(comparand)?.decimal else { return false }
        return order(left, right)
    }

    /// For each component, the tightest latency budget of the paths through it (see `LatencyBudget.budgets`).
    private lazy var latencyBudgets: [Decimal?] = LatencyBudget.budgets(in: graph)

    // MARK: Graph queries

    /// The query's answer for the component at `index`.
    func answer(_ query: GraphQuery, at index: Int) -> Bool {
        answers(for: query)[index]
    }

    /// The query's answer for every component, computed once per design in linear time.
    func answers(for query: GraphQuery) -> [Bool] {
        let key = ObjectIdentifier(query)
        if let stored = graphAnswers[key] { return stored }
        let answers = computeAnswers(for: query)
        graphAnswers[key] = answers
        return answers
    }

    private func computeAnswers(for query: GraphQuery) -> [Bool] {
        let count = design.components.count
        let condition = query.condition
        switch query.kind {
        case .upstream:
            let seeds = (0..<count).filter { holds(condition, on: .component($0)) }.flatMap {
                graph.outgoing[$0].map { graph.ends[$0].to }
            }
            return Reach.forward(from: seeds, in: graph)
        case .downstream:
            let seeds = (0..<count).filter { holds(condition, on: .component($0)) }.flatMap {
                graph.incoming[$0].map { graph.ends[$0].from }
            }
            return Reach.backward(from: seeds, in: graph)
        case .everyPathFrom(let through):
            let blocking = (0..<count).map { holds(through, on: .component($0)) }
            let seeds = (0..<count).filter { holds(condition, on: .component($0)) && !blocking[$0] }
                .flatMap { graph.outgoing[$0].map { graph.ends[$0].to } }
            let reached = Reach.forward(from: seeds, in: graph, stoppingAt: blocking)
            return (0..<count).map { blocking[$0] || !reached[$0] }
        case .everyFlowUpstream:
            let seeds = design.flows.indices.filter { !holds(condition, on: .flow($0)) }.map { graph.ends[$0].to }
            return Reach.forward(from: seeds, in: graph).map { !$0 }
        case .piiTainted:
            return piiTaint ?? Self.piiTaint(of: graph)
        }
    }

    /// Components that hold personal data: `pii: true` on them, or on a component or flow upstream.
    /// Read in place, on one thread before the rules are shared out: a property copied out of every
    /// component and flow would count references to their strings and tables.
    static func piiTaint(of graph: DesignGraph) -> [Bool] {
        let design = graph.design
        func marked(_ holder: some PropertyHolder) -> Bool {
            holder.properties.withValue("pii") { $0?.value.bool == true }
        }
        var seeds = design.components.indices.filter { marked(design.components[$0]) }
        seeds += design.flows.indices.filter { marked(design.flows[$0]) }.map { graph.ends[$0].to }
        return Reach.forward(from: seeds, in: graph)
    }
}
