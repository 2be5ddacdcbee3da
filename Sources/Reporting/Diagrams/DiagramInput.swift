import Diagnostics
import Model
import Analysis
import Pricing

/// What a diagram shows: the design's graph, each component's worst open finding, and its cost when known.
public struct DiagramInput: Sendable {
    public let graph: DesignGraph
    /// The most severe active finding per component index; nil where there is none.
    public let worst: [Severity?]
    /// Monthly cost per component index, as a short label, when the estimate was asked for.
    public let monthlyCost: [String?]

    public init(graph: DesignGraph, findings: [Finding], monthlyCost: [String?]? = nil) {
        self.graph = graph
        var worst = [Severity?](repeating: nil, count: graph.design.components.count)
        for finding in findings where finding.isActive {
            guard let name = finding.component ?? finding.flow.map({ String($0.split(separator: " ")[0]) }),
                let index = graph.design.index(of: name)
            else { continue }
            worst[index] = max(worst[index] ?? finding.severity, finding.severity)
        }
        self.worst = worst
        self.monthlyCost = monthlyCost ?? [String?](repeating: nil, count: graph.design.components.count)
    }

    /// Each component's monthly cost as a diagram label: "12.34 USD/mo", "≥ 12.34 USD/mo" where some
    /// lines have no price, "unpriced" where none has, "no billable usage", "free", or nothing for sources outside AWS.
    public static func costLabels(_ estimate: DesignEstimate, graph: DesignGraph) -> [String?] {
        graph.design.components.map { component in
            if let priced = estimate.components.first(where: { $0.component == component.name }) {
                let amount = CostFormat.money(priced.monthly) + " USD/mo"
                if !priced.hasMissingRates { return amount }
                return priced.lineItems.allSatisfy { $0.missing != nil } ? "unpriced" : "≥ " + amount
            }
            let reason = estimate.unpriced.first { $0.component == component.name }?.reason ?? ""
            if reason.hasPrefix("free") { return "free" }
            if reason.hasPrefix("no billable usage") { return "no billable usage" }
            return reason == "outside AWS" ? nil : "unpriced"
        }
    }

    /// The categories of the services map's pipeline, in its order; the others stand apart.
    static let pipelineCategories: [Category] = [.source, .ingestion, .processing, .storage, .analytics]

    /// A flow's label: what it carries, records per second first.
    func label(ofFlow index: Int) -> String {
        let throughput = graph.flowThroughput[index]
        if let rate = throughput.rate { return Quantities.count(rate.value) + "/s" }
        if let volume = throughput.volume { return Quantities.bytes(volume.value) + "/s" }
        return graph.flow(index).mode ?? ""
    }

    /// The class a component is drawn in: its worst finding's severity, or clean.
    func status(of index: Int) -> String {
        worst[index]?.rawValue ?? "clean"
    }

    static let fill = ["error": "#f8d7da", "warning": "#fff3cd", "info": "#d6eaf8", "clean": "#d5f5e3"]
    static let stroke = ["error": "#c0392b", "warning": "#b7950b", "info": "#2e86c1", "clean": "#1e8449"]

    /// Component indices grouped by category, in the services map's order, file order within each.
    var byCategory: [(category: Category, members: [Int])] {
        Category.allCases.compactMap { category in
            let members = graph.design.components.indices.filter { graph.component($0).category == category }
            return members.isEmpty ? nil : (category, members)
        }
    }
}
