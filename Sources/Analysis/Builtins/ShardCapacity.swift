#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Model

/// Provisioned Kinesis shards against the throughput that reaches the stream and its shared readers.
///
/// Needed shards = max(write bytes ÷ per-shard write bytes, write records ÷ per-shard records,
/// bytes × shared consumers ÷ per-shard read bytes); enhanced fan-out consumers (`consumers`) read
/// on their own pipes and are left out of the shared read.
enum ShardCapacity: BuiltinEvaluation {
    static func run(_ check: BuiltinCheck, scope: RuleScope, evaluator: Evaluator) -> [BuiltinResult] {
        let graph = evaluator.graph
        var results: [BuiltinResult] = []
        for index in evaluator.members(of: scope) {
            let stream = graph.design.components[index]
            guard stream.property("mode")?.value.string != "on-demand",
                let shardsProperty = stream.property("shards"), let shards = shardsProperty.value.decimal
            else { continue }
            let inbound = graph.inbound[index]
            guard let needed = neededShards(stream: index, check: check, graph: graph), shards < needed else {
                continue
            }
            results.append(
                BuiltinResult(
                    subject: .component(index), mark: shardsProperty.keyMark,
                    variables: [
                        "shards": Quantities.number(shards),
                        "needed": Quantities.number(needed),
                        "throughput": Quantities.throughput(inbound),
                        "basis": inbound.rate?.basis(in: graph) ?? inbound.volume?.basis(in: graph) ?? "",
                    ]))
        }
        return results
    }

    /// The shards the stream's inbound throughput and shared readers need; nil when no rate reaches it.
    static func neededShards(stream index: Int, check: BuiltinCheck, graph: DesignGraph) -> Decimal? {
        let inbound = graph.inbound[index]
        guard !inbound.isUnknown else { return nil }
        var needed: Decimal = 0
        if let volume = inbound.volume?.value {
            needed = max(needed, Quantities.ceiling(volume, over: check.limit("write-bytes-per-shard")))
            let fanOut = graph.design.components[index].property("consumers")?.value.decimal ?? 0
            let shared = max(0, Decimal(graph.outgoing[index].count) - fanOut)
            needed = max(needed, Quantities.ceiling(volume * shared, over: check.limit("read-bytes-per-shard")))
        }
        if let rate = inbound.rate?.value {
            needed = max(needed, Quantities.ceiling(rate, over: check.limit("write-records-per-shard")))
        }
        return needed
    }
}
