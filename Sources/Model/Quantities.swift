#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Figures written for people, in decimal units, rounded to at most three significant places.
public enum Quantities {
    public static func number(_ value: Decimal) -> String {
        value.plainText(scale: atLeast(value, 100, NearDouble(value)) ? 0 : 2)
    }

    /// `value >= bound`, read from the `Double` unless it is too close to tell: comparing two
    /// `Decimal`s of a quotient's length costs more than formatting one.
    /// `bound` must be a whole number a `Double` holds exactly.
    private static func atLeast(_ value: Decimal, _ bound: Int, _ near: NearDouble) -> Bool {
        near.isAtLeast(Double(bound)) ?? (value >= Decimal(bound))
    }

    /// `number(value / divisor)`, without the division where a `Double` provably writes the same.
    public static func number(_ value: Decimal, over divisor: Decimal) -> String {
        let near = NearDouble(value, over: divisor)
        if let large = near.isAtLeast(100), let units = near.units(scale: large ? 0 : 2) {
            return Decimal(units).shifted(by: large ? 0 : -2).plainText(scale: large ? 0 : 2)
        }
        return number(value.divided(by: divisor))
    }

    public static func count(_ value: Decimal) -> String {
        let steps: [(Int, Int, String)] = [(1_000_000_000, 9, "B"), (1_000_000, 6, "M"), (1_000, 3, "K")]
        let near = NearDouble(value)
        for (factor, power, suffix) in steps where atLeast(value, factor, near) {
            return number(value.shifted(by: -power)) + suffix
        }
        return number(value)
    }

    public static func bytes(_ value: Decimal) -> String {
        let steps: [(Int, Int, String)] = [(1_000_000_000_000_000, 15, "PB"), (1_000_000_000_000, 12, "TB"), (1_000_000_000, 9, "GB"),
                                               (1_000_000, 6, "MB"), (1_000, 3, "KB")]
        let near = NearDouble(value)
        for (factor, power, suffix) in steps where atLeast(value, factor, near) {
            return number(value.shifted(by: -power)) + " " + suffix
        }
        return number(value) + " B"
    }

    public static func duration(_ seconds: Decimal) -> String {
        let near = NearDouble(seconds)
        if !atLeast(seconds, 1, near) { return number(seconds.shifted(by: 3)) + " ms" }
        if !atLeast(seconds, 120, near) { return number(seconds) + " s" }
        if !atLeast(seconds, 7200, near) { return number(seconds, over: 60) + " min" }
        if !atLeast(seconds, 172_800, near) { return number(seconds, over: 3600) + " h" }
        return number(seconds, over: 86400) + " days"
    }

    public static func bandwidth(_ bitsPerSecond: Decimal) -> String {
        if bitsPerSecond >= 1_000_000_000 { return number(bitsPerSecond.shifted(by: -9)) + " Gbps" }
        return number(bitsPerSecond.shifted(by: -6)) + " Mbps"
    }

    /// "100K records/s, 100 MB/s", as much of it as is known.
    public static func throughput(_ throughput: Throughput) -> String {
        var parts: [String] = []
        if let rate = throughput.rate { parts.append(count(rate.value) + " records/s") }
        if let volume = throughput.volume { parts.append(bytes(volume.value) + "/s") }
        return parts.joined(separator: ", ")
    }

    public static func ceiling(_ value: Decimal) -> Decimal {
        value.rounded(0, .up)
    }

    /// `ceiling(value / divisor)`, without the division where a `Double` provably gives the same.
    ///
    /// Near a whole number n, one exact multiplication tells which side of n the quotient is on.
    public static func ceiling(_ value: Decimal, over divisor: Decimal) -> Decimal {
        let near = NearDouble(value, over: divisor)
        if let ceiling = near.ceiling { return Decimal(ceiling) }
        if divisor > 0, let nearest = near.nearestWhole {
            let whole = Decimal(nearest)
            if let wholeParts = DecimalParts(whole), let divisorParts = DecimalParts(divisor),
               let product = wholeParts.times(divisorParts)?.compactDecimal {
                return value <= product ? whole : whole + 1
            }
        }
        return ceiling(value.divided(by: divisor))
    }
}
