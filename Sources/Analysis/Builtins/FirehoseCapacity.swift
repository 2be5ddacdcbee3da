#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Model

/// A Firehose stream written directly by producers (Direct PUT) against the stream's quota of records
/// and bytes a second. A stream that reads from Kinesis Data Streams or MSK has no such quota: its
/// source stream's shards or brokers carry the load.
enum FirehoseCapacity: BuiltinEvaluation {
    static let streamSources: Set = ["kinesis-data-streams", "msk"]

    static func run(_ check: BuiltinCheck, scope: RuleScope, evaluator: Evaluator) -> [BuiltinResult] {
        let graph = evaluator.graph
        var results: [BuiltinResult] = []
        for index in evaluator.members(of: scope) {
            let readsAStream = graph.incoming[index].contains {
                streamSources.contains(graph.component(graph.ends[$0].from).type.name)
            }
            let inbound = graph.inbound[index]
            guard !readsAStream, !inbound.isUnknown else { continue }
            var over: [String] = []
            if let rate = inbound.rate?.value, rate > check.limit("direct-put-records") {
                over.append("\(Quantities.count(check.limit("direct-put-records"))) records/s")
            }
            if let volume = inbound.volume?.value, volume > check.limit("direct-put-bytes") {
                over.append("\(Quantities.bytes(check.limit("direct-put-bytes")))/s")
            }
            guard !over.isEmpty else { continue }
            results.append(
                BuiltinResult(
                    subject: .component(index), mark: nil,
                    variables: [
                        "throughput": Quantities.throughput(inbound),
                        "limit": over.joined(separator: " and "),
                        "basis": inbound.rate?.basis(in: graph) ?? inbound.volume?.basis(in: graph) ?? "",
                    ]))
        }
        return results
    }
}
