import Foundation
import Model

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
        "lake-formation": "Lake Formation permissions are free (the queries and storage they govern are priced where they run)",
        "cost-explorer": "the Cost Explorer console is free",
        "emr-studio": "EMR Studio is free (the clusters it uses are priced)",
    ]

    public func estimate(_ graph: DesignGraph, path: String) -> DesignEstimate {
        var components: [ComponentEstimate] = []
        var unpriced: [Unpriced] = []
        for (index, component) in graph.design.components.enumerated() {
            if component.type.role == .producer || component.type.role == .database {
                unpriced.append(Unpriced(component: component.name, reason: "outside AWS"))
                continue
            }
            if let reason = Self.free[component.type.name] {
                unpriced.append(Unpriced(component: component.name, reason: "free: \(reason)"))
                continue
            }
            let region = settings.region ?? component.region
            var context = PricingContext(component: component, graph: graph, index: index, region: region,
                                         table: book.tables[region], hoursPerMonth: settings.hoursPerMonth)
            let priced = StreamingPricing.price(&context) || ComputePricing.price(&context)
                || StoragePricing.price(&context) || ServicesPricing.price(&context)
            if !priced {
                unpriced.append(Unpriced(component: component.name, reason: "Dataplan has no pricing for \(component.type.name)"))
                continue
            }
            addInterRegionTransfer(&context, graph: graph, index: index)
            if context.items.isEmpty {
                unpriced.append(Unpriced(component: component.name, reason: "no billable usage: " + (context.assumptions.last ?? "nothing to price")))
                continue
            }
            components.append(ComponentEstimate(component: component.name, type: component.type.name, region: region,
                                                lineItems: context.items, assumptions: context.assumptions))
        }
        return DesignEstimate(path: path, design: graph.design.name, currency: "USD", hoursPerMonth: settings.hoursPerMonth,
                              components: components, unpriced: unpriced)
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
            context.add("Transfer to \(target.region) (\(target.name))", quantity: PricingContext.gigabytes(bytes), rate: "data-transfer/inter-region-gb")
        }
    }
}
