#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Diagnostics
import Model

/// Every component's region and every replication edge's target region, against `requirements.residency`.
/// Only components that store or process the pipeline's data are judged: not its producers, not account-wide controls.
///
/// Replication edges are S3 `replication.to` (the target bucket's region), DynamoDB `global-tables`
/// and flows in `mode: replication` (the target component's region).
enum Residency: BuiltinEvaluation {
    static func run(_ check: BuiltinCheck, scope: RuleScope, evaluator: Evaluator) -> [BuiltinResult] {
        let graph = evaluator.graph
        let design = graph.design
        guard let allowed = design.requirements.residency else { return [] }
        let allowedText = "[" + allowed.joined(separator: ", ") + "]"
        var results: [BuiltinResult] = []
        func report(_ subject: Subject, _ mark: Mark?, _ what: String, _ region: String) {
            results.append(
                BuiltinResult(
                    subject: subject, mark: mark, variables: ["what": what, "where": region, "allowed": allowedText]))
        }
        for index in evaluator.members(of: scope) {
            let component = design.components[index]
            // Account-wide controls (Budgets, Config, CloudTrail, CloudWatch, ...) hold metadata,
            // not the pipeline's data.
            guard
                component.type.role != .producer && component.type.role != .database
                    && component.type.role != .accountWide
            else { continue }
            if !allowed.contains(component.region) {
                report(.component(index), component.property("region")?.mark, "runs", component.region)
            }
            if let target = component.property("replication.to"), let name = target.value.string,
                let replica = design.component(named: name), !allowed.contains(replica.region)
            {
                report(.component(index), target.mark, "replicates to '\(name)'", replica.region)
            }
            for replica in component.property("global-tables")?.value.list ?? [] {
                if let region = replica.value.string, !allowed.contains(region) {
                    report(.component(index), replica.mark, "keeps a global-table replica", region)
                }
            }
        }
        for (index, flow) in design.flows.enumerated() where flow.mode == "replication" {
            let target = graph.component(graph.ends[index].to)
            if !allowed.contains(target.region), scope.covers(target) {
                report(.flow(index), flow.properties["mode"]?.mark, "replicates to '\(target.name)'", target.region)
            }
        }
        return results
    }
}
