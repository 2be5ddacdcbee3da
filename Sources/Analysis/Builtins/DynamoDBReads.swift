#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Model

/// Read capacity a provisioned DynamoDB table needs for the reads its design states (`usage.reads` as a
/// rate), against its `rcu`. One read unit is one strongly consistent read a second of an item up to
/// `read-unit-size`; a design that states no read rate is not judged.
enum DynamoDBReads: BuiltinEvaluation {
    static func run(_ check: BuiltinCheck, scope: RuleScope, evaluator: Evaluator) -> [BuiltinResult] {
        let graph = evaluator.graph
        var results: [BuiltinResult] = []
        for index in evaluator.members(of: scope) {
            let table = graph.design.components[index]
            guard table.property("capacity")?.value.string == "provisioned",
                let rcu = table.property("rcu"), let units = rcu.value.decimal,
                case .recordRate(let reads)? = table.property("usage.reads")?.value,
                let needed = neededReadUnits(table: table, check: check), needed > units
            else { continue }
            results.append(
                BuiltinResult(
                    subject: .component(index), mark: rcu.keyMark,
                    variables: [
                        "needed": Quantities.number(needed),
                        "rcu": Quantities.number(units),
                        "rate": Quantities.count(reads) + " reads/s",
                    ]))
        }
        return results
    }

    /// The read units the table's stated reads (`usage.reads` as a rate) need; nil when it states none.
    static func neededReadUnits(table: Component, check: BuiltinCheck) -> Decimal? {
        guard case .recordRate(let reads)? = table.property("usage.reads")?.value else { return nil }
        let itemSize = table.property("item-size")?.value.decimal ?? check.limit("read-unit-size")
        let unitsPerRead = max(1, Quantities.ceiling(itemSize, over: check.limit("read-unit-size")))
        return Quantities.ceiling(reads * unitsPerRead)
    }
}
