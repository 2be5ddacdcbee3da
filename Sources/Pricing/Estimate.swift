#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Model

/// One billable quantity of a component, priced at one rate.
public struct LineItem: Sendable {
    public let description: String
    /// In the rate's unit (e.g. 262.8 for "1M PUT payload units").
    public let quantity: Decimal
    public let unit: String
    /// The price per unit, as the table writes it; nil when the rate is missing.
    public let unitPrice: Decimal?
    public let unitPriceText: String?
    /// Quantity × unit price, rounded to the cent once; nil when the rate is missing.
    public let monthly: Decimal?
    public let rate: String
    public let source: String?
    /// Why the line has no price: the rate is missing from the table, or the table is.
    public let missing: String?
    /// The date the rate was read, and the public copy it was read from when not `source` itself.
    public var read: String? = nil
    public var via: String? = nil
    /// True when the line is unpriced for a figure the design does not give, not for a missing rate.
    public var needsFigure = false
}

/// What one component costs a month, line by line, with every assumption behind the quantities.
public struct ComponentEstimate: Sendable {
    public let component: String
    public let type: String
    public let region: String
    public let lineItems: [LineItem]
    public let assumptions: [String]
    /// The sum of the priced line items, worked out once: reports, totals and comparisons read it often.
    public let monthly: Decimal
    /// How many line items have no price.
    public let missingRates: Int

    init(component: String, type: String, region: String, lineItems: [LineItem], assumptions: [String]) {
        self.component = component
        self.type = type
        self.region = region
        self.lineItems = lineItems
        self.assumptions = assumptions
        monthly = lineItems.lazy.compactMap(\.monthly).sum()
        missingRates = lineItems.count { $0.missing != nil }
    }

    public var hasMissingRates: Bool { missingRates > 0 }
}

/// A component the estimate does not price, and why (free, outside AWS, no usage to price).
public struct Unpriced: Sendable {
    public let component: String
    public let reason: String
}

/// The monthly estimate of one design.
public struct DesignEstimate: Sendable {
    public let path: String
    public let design: String
    public let currency: String
    public let hoursPerMonth: Decimal
    public let components: [ComponentEstimate]
    public let unpriced: [Unpriced]
    /// Each component's position in `components`, by name.
    private let positions: [String: Int]

    init(
        path: String, design: String, currency: String, hoursPerMonth: Decimal, components: [ComponentEstimate],
        unpriced: [Unpriced]
    ) {
        self.path = path
        self.design = design
        self.currency = currency
        self.hoursPerMonth = hoursPerMonth
        self.components = components
        self.unpriced = unpriced
        positions = Dictionary(
            components.enumerated().map { ($1.component, $0) }, uniquingKeysWith: { first, _ in first })
        monthlyTotal = components.lazy.map(\.monthly).sum()
        missingRates = components.reduce(0) { $0 + $1.missingRates }
    }

    /// The sum of the components' monthly figures, each already a sum of cent-rounded line items.
    public let monthlyTotal: Decimal
    /// How many line items, over all components, have no price.
    public let missingRates: Int
    /// The sum of every priced line's quantity × unit price before rounding to the cent: for
    /// finding break-even values exactly, never for showing money.
    public var unroundedTotal: Decimal {
        components.flatMap(\.lineItems).compactMap { item in item.unitPrice.map { item.quantity * $0 } }.sum()
    }

    /// The priced component of that name; nil when it is not priced (or not in the design).
    public func component(named name: String) -> ComponentEstimate? {
        positions[name].map { components[$0] }
    }

    /// Monthly cost by component name, as the diagram shows it.
    public func monthly(of component: String) -> Decimal? {
        self.component(named: component)?.monthly
    }
}

/// How an estimate is made.
public struct EstimateSettings: Sendable {
    /// 730 unless `--hours-per-month` says otherwise.
    public var hoursPerMonth: Decimal
    /// Prices every component as if it ran in this region (`--region`).
    public var region: String?
    /// Subtracts the always-free allowances the tables list (`--free-tier`).
    public var freeTier: Bool

    public init(hoursPerMonth: Decimal = 730, region: String? = nil, freeTier: Bool = false) {
        self.hoursPerMonth = hoursPerMonth
        self.region = region
        self.freeTier = freeTier
    }
}
