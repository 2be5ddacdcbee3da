#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Model
import Parallel

/// Prices a design from its graph and the region's rate table, component by component.
public struct Estimator: Sendable {
    public let book: RateBook
    public let settings: EstimateSettings

    public init(book: RateBook, settings: EstimateSettings = EstimateSettings()) {
        self.book = book
        self.settings = settings
    }

    /// Types AWS does not charge for, with the reason shown in the estimate.
    static let free: [String: String] = [
        "iam": "IAM is free",
        "lake-formation":
            "Lake Formation permissions are free (the queries and storage they govern are priced where they run)",
        "cost-explorer": "the Cost Explorer console is free",
        "emr-studio": "EMR Studio is free (the clusters it uses are priced)",
    ]

    /// Prices every component of `graph`, in the design's order.
    public func estimate(_ graph: DesignGraph, path: String) -> DesignEstimate {
        let month = Month(hours: settings.hoursPerMonth)
        let outcomes = graph.design.components.indices.map { price(graph, index: $0, month: month) }
        var components: [ComponentEstimate] = []
        var unpriced: [Unpriced] = []
        for outcome in outcomes {
            switch outcome {
            case .priced(let estimate): components.append(estimate)
            case .unpriced(let reason): unpriced.append(reason)
            }
        }
        return DesignEstimate(
            path: path, design: graph.design.name, currency: "USD", hoursPerMonth: settings.hoursPerMonth,
            components: components, unpriced: unpriced)
    }

    /// One component's estimate, or why it has none.
    private enum Outcome: Sendable {
        case priced(ComponentEstimate)
        case unpriced(Unpriced)
    }

    private func price(_ graph: DesignGraph, index: Int, month: Month) -> Outcome {
        let component = graph.design.components[index]
        if component.type.role == .producer || component.type.role == .database {
            return .unpriced(Unpriced(component: component.name, reason: "outside AWS"))
        }
        if let reason = Self.free[component.type.name] {
            return .unpriced(Unpriced(component: component.name, reason: "free: \(reason)"))
        }
        let region = settings.region ?? component.region
        var context = PricingContext(
            component: component, graph: graph, index: index, region: region,
            table: book.tables[region], month: month)
        context.freeTier = settings.freeTier
        let priced =
            StreamingPricing.price(&context) || ComputePricing.price(&context)
            || StoragePricing.price(&context) || ServicesPricing.price(&context)
        guard priced else {
            return .unpriced(
                Unpriced(component: component.name, reason: "Dataplan has no pricing for \(component.type.name)"))
        }
        addInterRegionTransfer(&context, graph: graph, index: index)
        if context.items.isEmpty, graph.design.topLevelMarks["imported-from"] != nil {
            // A template states no usage: what it does not fix the price of is unknown, not free.
            let keys = component.type.usageKeys.map(\.name).joined(separator: ", ")
            context.addMissingFigure(
                "Usage", rate: "\(component.type.name)/usage",
                needs: "the flows' rates, or `usage: {\(keys)}` in the template's overlay")
        }
        if context.items.isEmpty {
            return .unpriced(
                Unpriced(
                    component: component.name,
                    reason: "no billable usage: " + (context.assumptions.last ?? "nothing to price")))
        }
        return .priced(
            ComponentEstimate(
                component: component.name, type: component.type.name, region: region,
                lineItems: context.items, assumptions: context.assumptions))
    }

    /// Flows to a component in another region pay inter-region transfer at the sending side.
    private func addInterRegionTransfer(_ context: inout PricingContext, graph: DesignGraph, index: Int) {
        guard settings.region == nil else { return }
        for flow in graph.outgoing[index] {
            let target = graph.component(graph.ends[flow].to)
            guard target.region != context.component.region, target.type.role == .pipeline,
                let volume = graph.flowThroughput[flow].volume?.value
            else { continue }
            let bytes = volume * context.secondsPerMonth
            context.assume("\(graph.flow(flow).label) crosses regions: \(Quantities.bytes(bytes)) a month")
            context.add(
                "Transfer to \(target.region) (\(target.name))", quantity: PricingContext.gigabytes(bytes),
                rate: "data-transfer/inter-region-gb")
        }
    }
}
