#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Model

/// Write capacity a DynamoDB table needs at its inbound rate, against its `wcu` and the table quota.
///
/// One write unit covers one write per second of an item up to `write-unit-size`; an item's size is
/// its `item-size`, else the record size reaching the table, else one unit.
enum DynamoDBCapacity: BuiltinEvaluation {
    static func run(_ check: BuiltinCheck, scope: RuleScope, evaluator: Evaluator) -> [BuiltinResult] {
        let graph = evaluator.graph
        var results: [BuiltinResult] = []
        for index in evaluator.members(of: scope) {
            let table = graph.design.components[index]
            let inbound = graph.inbound[index]
            guard let rate = inbound.rate, let needed = neededWriteUnits(table: index, check: check, graph: graph)
            else { continue }
            let provisioned = table.property("capacity")?.value.string == "provisioned" ? table.property("wcu") : nil
            let limit: Decimal
            let limitText: String
            let advice: String
            if let provisioned, let wcu = provisioned.value.decimal {
                limit = wcu
                limitText = "its \(Quantities.number(wcu)) provisioned write units"
                advice = "raise `wcu` or use `capacity: on-demand`"
            } else {
                limit = check.limit("table-write-units")
                limitText = "the default quota of \(Quantities.number(limit)) write units per table"
                advice = "request a higher table quota or shrink `item-size`"
            }
            guard needed > limit else { continue }
            results.append(
                BuiltinResult(
                    subject: .component(index), mark: (provisioned ?? table.property("capacity"))?.keyMark,
                    variables: [
                        "needed": Quantities.number(needed),
                        "limit": limitText,
                        "rate": Quantities.count(rate.value) + " writes/s",
                        "basis": rate.basis(in: graph),
                        "advice": advice,
                    ]))
        }
        return results
    }

    /// The write units the table's inbound rate needs; nil when no rate reaches it.
    static func neededWriteUnits(table index: Int, check: BuiltinCheck, graph: DesignGraph) -> Decimal? {
        let inbound = graph.inbound[index]
        guard let rate = inbound.rate else { return nil }
        let itemSize =
            graph.design.components[index].property("item-size")?.value.decimal ?? inbound.recordSize?.value
            ?? check.limit("write-unit-size")
        let unitsPerWrite = max(1, Quantities.ceiling(itemSize, over: check.limit("write-unit-size")))
        return Quantities.ceiling(rate.value * unitsPerWrite)
    }
}
