#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A rate the estimator knows how to use: its key, the unit its price is per, and how many base
/// units that is (a price "per 1M requests" has `per` 1,000,000 requests).
///
/// Tables must give each rate in exactly this unit: a quantity is never multiplied by a price for
/// another unit.
public struct RateSpec: Sendable, Hashable {
    /// `service/meter`, or `service/meter/` followed by an instance type for families.
    public let key: String
    public let unit: String
    public let per: Decimal
    public let summary: String
    /// Whether AWS publishes the figure; `emr/spot-discount` is an assumption a table or design states instead.
    public let isListPrice: Bool
    /// k when `per` is 10^k: the quantity is then divided by moving its exponent.
    private let perPowerOfTen: Int?

    init(_ key: String, _ unit: String, per: Decimal = 1, _ summary: String, isListPrice: Bool = true) {
        self.key = key
        self.unit = unit
        self.per = per
        self.summary = summary
        self.isListPrice = isListPrice
        perPowerOfTen = per.powerOfTen
    }

    /// A quantity in base units (requests, bytes) as a count of this rate's units.
    public func units(of quantity: Decimal) -> Decimal {
        if let power = perPowerOfTen { return power == 0 ? quantity : quantity.shifted(by: -power) }
        return quantity / per
    }

    /// True for a family key (`emr/ec2-hour/`) whose last part is an instance type or class.
    public var isFamily: Bool { key.hasSuffix("/") }

    public func matches(_ key: String) -> Bool {
        isFamily ? key.hasPrefix(self.key) && key.count > self.key.count : key == self.key
    }
}
