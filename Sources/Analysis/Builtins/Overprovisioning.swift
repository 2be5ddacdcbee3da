#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Model

/// Provisioned capacity many times what the design's own rates need: Kinesis shards, and a
/// DynamoDB table's write and read units without auto scaling.
///
/// The need is the one PERF-001, PERF-004 and PERF-022 compute, from the same kinds of limits; a
/// component is reported when it holds more than `headroom` times that need (at least one unit).
/// Where no rate reaches it, nothing is judged.
enum Overprovisioning: BuiltinEvaluation {
    static func run(_ check: BuiltinCheck, scope: RuleScope, evaluator: Evaluator) -> [BuiltinResult] {
        let graph = evaluator.graph
        let headroom = check.limit("headroom")
        var results: [BuiltinResult] = []
        for index in evaluator.members(of: scope) {
            let component = graph.design.components[index]
            for (property, needed, unit) in provisioned(index, check: check, graph: graph) {
                guard let held = property.value.decimal, held > headroom * max(1, needed) else { continue }
                results.append(
                    BuiltinResult(
                        subject: .component(index), mark: property.keyMark,
                        variables: [
                            "provisioned": "\(Quantities.number(held)) \(unit)",
                            "needed": Quantities.number(needed),
                            "headroom": Quantities.number(headroom),
                            "advice": component.type.name == "kinesis-data-streams"
                                ? "fewer `shards`, or `mode: on-demand`" : "auto scaling, or `capacity: on-demand`",
                        ]))
            }
        }
        return results
    }

    /// Each provisioned capacity property of the component with the need its rates imply.
    private static func provisioned(
        _ index: Int, check: BuiltinCheck, graph: DesignGraph
    ) -> [(property: PropertyValue, needed: Decimal, unit: String)] {
        let component = graph.design.components[index]
        switch component.type.name {
        case "kinesis-data-streams":
            guard component.property("mode")?.value.string != "on-demand", let shards = component.property("shards"),
                let needed = ShardCapacity.neededShards(stream: index, check: check, graph: graph)
            else { return [] }
            return [(shards, needed, "shards")]
        case "dynamodb":
            guard component.property("capacity")?.value.string == "provisioned",
                component.property("auto-scaling")?.value.bool != true
            else { return [] }
            var found: [(PropertyValue, Decimal, String)] = []
            if let wcu = component.property("wcu"),
                let needed = DynamoDBCapacity.neededWriteUnits(table: index, check: check, graph: graph)
            {
                found.append((wcu, needed, "write units"))
            }
            if let rcu = component.property("rcu"),
                let needed = DynamoDBReads.neededReadUnits(table: component, check: check)
            {
                found.append((rcu, needed, "read units"))
            }
            return found
        default:
            return []
        }
    }
}
