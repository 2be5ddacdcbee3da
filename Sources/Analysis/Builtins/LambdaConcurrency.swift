#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Model

/// Lambda concurrency a function needs at its inbound rate: invocations per second × duration.
///
/// Invocations per second are records per second ÷ `batch-size` (1 when not set). A function reading a
/// Kinesis stream also runs one invocation per shard at a time, times its `parallelization-factor`, so it
/// needs at least that many. The need is compared with the function's `concurrency` when set, else with
/// the account's default limit.
enum LambdaConcurrency: BuiltinEvaluation {
    static func run(_ check: BuiltinCheck, scope: RuleScope, evaluator: Evaluator) -> [BuiltinResult] {
        let graph = evaluator.graph
        var results: [BuiltinResult] = []
        for index in evaluator.members(of: scope) {
            let function = graph.design.components[index]
            var byRate: Decimal = 0
            let rate = graph.inbound[index].rate
            if let rate, let duration = function.property("duration")?.value.decimal {
                let batch = max(1, function.property("batch-size")?.value.decimal ?? 1)
                byRate = Quantities.ceiling(rate.value * duration, over: batch)
            }
            let factor = function.property("parallelization-factor")?.value.decimal ?? 1
            var streams: [String] = []
            var shards: Decimal = 0
            for flow in graph.incoming[index] {
                let source = graph.component(graph.ends[flow].from)
                guard source.type.name == "kinesis-data-streams", let count = source.property("shards")?.value.decimal
                else { continue }
                shards += count
                streams.append("'\(source.name)'")
            }
            let byShards = shards * factor
            let needed = max(byRate, byShards)
            let declared = function.property("concurrency")
            let limit = declared?.value.decimal ?? check.limit("account-concurrency")
            guard needed > limit else { continue }
            let limitText =
                declared != nil
                ? "its concurrency of \(Quantities.number(limit))"
                : "the account's default of \(Quantities.number(limit))"
            let variables: [String: String]
            if byShards >= byRate {
                variables = [
                    "needed": Quantities.number(needed), "limit": limitText,
                    "rate": "\(Quantities.number(shards)) shards × parallelization factor \(Quantities.number(factor))",
                    "basis": "one invocation per shard of " + streams.joined(separator: ", ") + " at a time",
                ]
            } else {
                variables = [
                    "needed": Quantities.number(needed), "limit": limitText,
                    "rate": Quantities.count(rate?.value ?? 0) + " records/s", "basis": rate?.basis(in: graph) ?? "",
                ]
            }
            let mark = (declared ?? function.property("duration") ?? function.property("parallelization-factor"))?
                .keyMark
            results.append(BuiltinResult(subject: .component(index), mark: mark, variables: variables))
        }
        return results
    }
}
