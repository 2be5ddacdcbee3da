import Model

/// The required cost-allocation tags, said once a design: which tags its AWS components lack, at the design's
/// `tags`, where one line fixes them all (components inherit the design's tags).
enum RequiredTags: BuiltinEvaluation {
    /// How many components the message names before it counts the rest.
    static let namedComponents = 5

    static func run(_ check: BuiltinCheck, scope: RuleScope, evaluator: Evaluator) -> [BuiltinResult] {
        let design = evaluator.graph.design
        var lacking: Set<String> = []
        var untagged: [String] = []
        for component in design.components where component.type.category != .source {
            let missing = evaluator.missingTags(of: component)
            guard !missing.isEmpty else { continue }
            untagged.append("'\(component.name)'")
            lacking.formUnion(missing)
        }
        guard !untagged.isEmpty else { return [] }
        var named = untagged.prefix(namedComponents).joined(separator: ", ")
        if untagged.count > namedComponents { named += " and \(untagged.count - namedComponents) more" }
        let missing = evaluator.settings.requiredTags.filter(lacking.contains).joined(separator: ", ")
        return [
            BuiltinResult(
                subject: .design, mark: design.topLevelMarks["tags"],
                variables: ["missing-tags": missing, "components": named])
        ]
    }
}
