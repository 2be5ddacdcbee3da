#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Model

/// An SQS queue's visibility timeout against the timeout of each Lambda function that consumes it: a
/// message must stay hidden for the function's retries of a batch, or it is delivered twice.
enum QueueVisibility: BuiltinEvaluation {
    static func run(_ check: BuiltinCheck, scope: RuleScope, evaluator: Evaluator) -> [BuiltinResult] {
        let graph = evaluator.graph
        let multiple = check.limit("timeout-multiple")
        var results: [BuiltinResult] = []
        for index in evaluator.members(of: scope) {
            let queue = graph.design.components[index]
            let written = queue.property("visibility-timeout")
            let visibility = written?.value.decimal ?? check.limit("default-visibility-timeout")
            for flow in graph.outgoing[index] {
                let consumer = graph.component(graph.ends[flow].to)
                guard consumer.type.name == "lambda" else { continue }
                let timeout = consumer.property("timeout")?.value.decimal ?? check.limit("default-function-timeout")
                let needed = timeout * multiple
                guard visibility < needed else { continue }
                results.append(
                    BuiltinResult(
                        subject: .component(index), mark: written?.keyMark,
                        variables: [
                            "visibility": Quantities.duration(visibility),
                            "function": consumer.name,
                            "timeout": Quantities.duration(timeout),
                            "needed": Quantities.duration(needed),
                        ]))
            }
        }
        return results
    }
}
