#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Model

/// How long a database's `size` takes over its `bandwidth`; past the limit, ship it on Snowball.
///
/// Time = size × 8 ÷ (bandwidth × link utilisation). A design that already has a `snowball`
/// component downstream of the database passes.
enum BulkTransfer: BuiltinEvaluation {
    /// Asked once per design through the evaluator's cache; a static, so its identity never changes.
    static let shipsBySnowball = GraphQuery(.downstream, .type(["snowball"]))

    static func run(_ check: BuiltinCheck, scope: RuleScope, evaluator: Evaluator) -> [BuiltinResult] {
        let graph = evaluator.graph
        var results: [BuiltinResult] = []
        for index in evaluator.members(of: scope) {
            let database = graph.design.components[index]
            guard let sizeProperty = database.property("size"), let size = sizeProperty.value.decimal,
                let bandwidth = database.property("bandwidth")?.value.decimal, bandwidth > 0
            else { continue }
            let seconds = size * 8 / (bandwidth * check.limit("link-utilisation"))
            guard seconds > check.limit("max-transfer-time"), !evaluator.answer(shipsBySnowball, at: index) else {
                continue
            }
            results.append(
                BuiltinResult(
                    subject: .component(index), mark: sizeProperty.keyMark,
                    variables: [
                        "size": Quantities.bytes(size),
                        "bandwidth": Quantities.bandwidth(bandwidth),
                        "days": Quantities.number(seconds, over: 86400),
                        "limit": Quantities.duration(check.limit("max-transfer-time")),
                    ]))
        }
        return results
    }
}
