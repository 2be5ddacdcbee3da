#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Model

/// The readers that share a Kinesis stream's shards: every flow out of it beyond its enhanced
/// fan-out `consumers`, against how many can share a shard's read calls before they wait on each other.
enum StreamReaders: BuiltinEvaluation {
    static func run(_ check: BuiltinCheck, scope: RuleScope, evaluator: Evaluator) -> [BuiltinResult] {
        let graph = evaluator.graph
        var results: [BuiltinResult] = []
        for index in evaluator.members(of: scope) {
            let stream = graph.design.components[index]
            let fanOut = stream.property("consumers")?.value.decimal ?? 0
            let shared = Decimal(graph.outgoing[index].count) - fanOut
            guard shared > check.limit("shared-readers") else { continue }
            let names = graph.outgoing[index].map { graph.component(graph.ends[$0].to).name }
            results.append(
                BuiltinResult(
                    subject: .component(index), mark: stream.property("consumers")?.keyMark,
                    variables: [
                        "readers": Quantities.number(shared),
                        "names": names.joined(separator: ", "),
                        "limit": Quantities.number(check.limit("shared-readers")),
                    ]))
        }
        return results
    }
}
