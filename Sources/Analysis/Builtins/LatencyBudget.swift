#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Model

/// The slowest path from a source to each sink, against its latency budget: the sink's own `latency`,
/// else `requirements.latency`. A component with its own `latency` is also checked where it stands, so
/// a budget can be set on a path's stage as well as its end.
///
/// Each component adds its type's typical latency (a limit named after the type, else `default`);
/// Lambda, Glue and EMR add their own `duration` where written; Firehose adds its buffer interval;
/// a batch flow adds its schedule's period. One pass in topological order keeps, for every
/// component, the slowest arrival and the flow it came by, so the worst path is rebuilt without
/// enumerating paths: the same pass carries each component's origin, hop count and slowest
/// stage, so a finding costs the same whatever the path's length. Flows that close a cycle are
/// left out.
enum LatencyBudget: BuiltinEvaluation {
    static func run(_ check: BuiltinCheck, scope: RuleScope, evaluator: Evaluator) -> [BuiltinResult] {
        let graph = evaluator.graph
        let design = graph.design
        let count = design.components.count
        let budgets = (0..<count).map { ownBudget(of: $0, in: graph) }
        guard budgets.contains(where: { $0 != nil }) else { return [] }
        var position = [Int](repeating: 0, count: count)
        for (order, node) in graph.topologicalOrder.enumerated() { position[node] = order }

        var arrival = [Decimal](repeating: 0, count: count)
        var cameBy = [Int?](repeating: nil, count: count)
        var own = [Decimal](repeating: 0, count: count)
        var origin = Array(0..<count)
        var hops = [Int](repeating: 0, count: count)
        var slowestStage = [(name: String, latency: Decimal)](repeating: ("", 0), count: count)
        for node in graph.topologicalOrder {
            own[node] = latency(of: design.components[node], check: check)
            var slowest: Decimal = 0
            for flow in graph.incoming[node] where position[graph.ends[flow].from] < position[node] {
                let candidate = arrival[graph.ends[flow].from] + delay(of: design.flows[flow])
                if cameBy[node] == nil || candidate > slowest {
                    slowest = candidate
                    cameBy[node] = flow
                }
            }
            arrival[node] = slowest + own[node]
            slowestStage[node] = (design.components[node].name, own[node])
            if let flow = cameBy[node] {
                let from = graph.ends[flow].from
                origin[node] = origin[from]
                hops[node] = hops[from] + 1
                let flowDelay = delay(of: design.flows[flow])
                let candidates: [(name: String, latency: Decimal)] = [
                    slowestStage[from], (design.flows[flow].label, flowDelay),
                ]
                for stage in candidates where stage.latency > slowestStage[node].latency {
                    slowestStage[node] = stage
                }
            }
        }

        var results: [BuiltinResult] = []
        for node in 0..<count {
            guard let budget = budgets[node], !graph.incoming[node].isEmpty, arrival[node] > budget else { continue }
            var path = [design.components[node].name]
            var stages: [Int] = []
            var current = node
            while let flow = cameBy[current], path.count < Self.shownStages {
                current = graph.ends[flow].from
                path.append(design.components[current].name)
                stages.append(current)
            }
            if cameBy[current] != nil {
                if hops[node] > Self.shownStages { path.append("…") }
                path.append(design.components[origin[node]].name)
            }
            var result = BuiltinResult(
                subject: .component(node), mark: nil,
                variables: [
                    "path": path.reversed().joined(separator: " -> "),
                    "total": Quantities.duration(arrival[node]),
                    "budget": Quantities.duration(budget),
                    "slowest": slowestStage[node].name,
                    "slowest-latency": Quantities.duration(slowestStage[node].latency),
                ])
            result.related = stages.reversed().map { ($0, "on the slowest path") }
            results.append(result)
        }
        return results
    }

    /// The budget a component's arrival is held to: its own `latency`, or, at a sink, `requirements.latency`.
    static func ownBudget(of node: Int, in graph: DesignGraph) -> Decimal? {
        if let own = graph.design.components[node].property("latency")?.value.decimal { return own }
        return graph.outgoing[node].isEmpty ? graph.design.requirements.latency : nil
    }

    /// For each component, the tightest budget of any path through it: its own, or one downstream of it.
    static func budgets(in graph: DesignGraph) -> [Decimal?] {
        var budgets = graph.design.components.indices.map { ownBudget(of: $0, in: graph) }
        var position = [Int](repeating: 0, count: budgets.count)
        for (order, node) in graph.topologicalOrder.enumerated() { position[node] = order }
        for node in graph.topologicalOrder.reversed() {
            for flow in graph.outgoing[node] {
                let next = graph.ends[flow].to
                guard position[next] > position[node], let downstream = budgets[next] else { continue }
                budgets[node] = min(budgets[node] ?? downstream, downstream)
            }
        }
        return budgets
    }

    /// The most components a message lists; a longer path shows its source, "…" and its last stages.
    static let shownStages = 8

    /// What a component adds: its own run time where written, Firehose's buffer, else its type's typical figure.
    static func latency(of component: Component, check: BuiltinCheck) -> Decimal {
        if component.type.role == .producer || component.type.role == .database { return 0 }
        if component.type.name == "firehose" {
            return component.property("buffer.interval")?.value.decimal ?? check.limit("firehose-buffer-interval")
        }
        let typical = check.limits[component.type.name]?.value.decimal ?? check.limit("default")
        if let duration = component.property("duration")?.value.decimal {
            return component.type.name == "lambda" ? duration : typical + duration
        }
        return typical
    }

    /// What a flow adds: a scheduled batch flow waits for its schedule's next run (a cron, a day).
    static func delay(of flow: Flow) -> Decimal {
        guard flow.mode == "batch" else { return 0 }
        switch flow.properties["schedule"]?.value.schedule {
        case .hourly?: return 3600
        case .weekly?: return 604_800
        case .monthly?: return 2_628_000
        case .every(let seconds)?: return seconds
        case .daily?, .cron?: return 86400
        case nil: return 0
        }
    }
}
