#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Diagnostics

/// One rate of a region's table: its price (or why it is missing), unit, source page and date read.
public struct Rate: Sendable {
    public let key: String
    public let unit: String
    /// The price per `RateSpec.per` units; nil when the rate is marked missing.
    public let price: Decimal?
    /// The price as written in the table, for reports (keeps the published precision).
    public let priceText: String?
    /// Why the rate is not in the table, when it is not.
    public let missing: String?
    /// The public AWS pricing page the rate was (or was to be) read from.
    public let source: String
    /// `YYYY-MM-DD` the rate was read.
    public let read: String?
    /// Where the price was read when not on `source` itself: a public copy of the same figures
    /// (e.g. a test golden file produced from the AWS Price List API), cited by address and commit.
    public let via: String?
    public let location: SourceLocation
    /// The date of the copy the price was read from (AWS's publication date where the copy gives it).
    public var published: String? = nil
    /// A tiered rate's tiers, first first: each priced up to a cumulative quantity, the last without end.
    /// `price` is then the first tier's. Empty for a flat rate.
    public var tiers: [RateTier] = []
    /// The always-free allowance a month, in the rate's unit, and the page that states it; `--free-tier` subtracts it.
    public var free: (quantity: Decimal, source: String)? = nil
}

/// One tier of a tiered rate: the price of the quantity up to `upTo` (in the rate's unit), past the tier before it.
public struct RateTier: Sendable {
    /// Where the tier ends; nil for the last.
    public let upTo: Decimal?
    public let price: Decimal
    public let priceText: String
    public let via: String?
}

/// The rates of one region, from one file of PricingTables/ or of `--pricing DIR`.
public struct RateTable: Sendable {
    public let region: String
    public let currency: String
    public let rates: [String: Rate]
    public let file: String

    public init(region: String, currency: String, rates: [String: Rate], file: String) {
        self.region = region
        self.currency = currency
        self.rates = rates
        self.file = file
    }
}
