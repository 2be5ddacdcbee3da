#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Model

/// Lambda concurrency a function needs at its inbound rate: invocations per second × duration.
///
/// Invocations per second are records per second ÷ `batch-size` (1 when not set). The need is
/// compared with the function's `concurrency` when set, else with the account's default limit.
enum LambdaConcurrency: BuiltinEvaluation {
    static func run(_ check: BuiltinCheck, scope: RuleScope, evaluator: Evaluator) -> [BuiltinResult] {
        let graph = evaluator.graph
        var results: [BuiltinResult] = []
        for index in evaluator.members(of: scope) {
            let function = graph.design.components[index]
            guard let rate = graph.inbound[index].rate, let duration = function.property("duration")?.value.decimal else { continue }
            let batch = max(1, function.property("batch-size")?.value.decimal ?? 1)
            let needed = Quantities.ceiling(rate.value * duration, over: batch)
            let declared = function.property("concurrency")
            let limit = declared?.value.decimal ?? check.limit("account-concurrency")
            guard needed > limit else { continue }
            let limitText = declared != nil ? "its concurrency of \(Quantities.number(limit))"
                : "the account's default of \(Quantities.number(limit))"
            results.append(BuiltinResult(subject: .component(index), mark: (declared ?? function.property("duration"))?.keyMark, variables: [
                "needed": Quantities.number(needed),
                "limit": limitText,
                "rate": Quantities.count(rate.value) + " records/s",
                "basis": rate.basis(in: graph),
            ]))
        }
        return results
    }
}
