#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Model

/// A Firehose stream written directly by producers (Direct PUT) against the stream's quota of records
/// and bytes a second in its region (`NAME@REGION` limits, else the default). A stream that reads from
/// Kinesis Data Streams or MSK has no such quota: its source stream's shards or brokers carry the load.
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
            let region = graph.design.components[index].region
            var over: [String] = []
            if let rate = inbound.rate?.value, let quota = check.limit("direct-put-records", in: region),
                let limit = quota.value.decimal, rate > limit
            {
                over.append("\(Quantities.count(limit)) records/s")
            }
            if let volume = inbound.volume?.value, let quota = check.limit("direct-put-bytes", in: region),
                let limit = quota.value.decimal, volume > limit
            {
                over.append(quota.text)
            }
            guard !over.isEmpty else { continue }
            results.append(
                BuiltinResult(
                    subject: .component(index), mark: nil,
                    variables: [
                        "throughput": Quantities.throughput(inbound),
                        "limit": over.joined(separator: " and ") + " in \(region)",
                        "basis": inbound.rate?.basis(in: graph) ?? inbound.volume?.basis(in: graph) ?? "",
                    ]))
        }
        return results
    }
}
