#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Figures written for people, in decimal units, rounded to at most three significant places.
public enum Quantities {
    public static func number(_ value: Decimal) -> String {
        value.plainText(scale: value >= 100 ? 0 : 2)
    }

    public static func number(_ value: Decimal, over divisor: Decimal) -> String {
        number(value / divisor)
    }

    public static func count(_ value: Decimal) -> String {
        let steps: [(Decimal, Int, String)] = [(1_000_000_000, 9, "B"), (1_000_000, 6, "M"), (1_000, 3, "K")]
        for (factor, power, suffix) in steps where value >= factor {
            return number(value.shifted(by: -power)) + suffix
        }
        return number(value)
    }

    public static func bytes(_ value: Decimal) -> String {
        let steps: [(Decimal, Int, String)] = [
            (1_000_000_000_000_000, 15, "PB"), (1_000_000_000_000, 12, "TB"), (1_000_000_000, 9, "GB"),
            (1_000_000, 6, "MB"), (1_000, 3, "KB"),
        ]
        for (factor, power, suffix) in steps where value >= factor {
            return number(value.shifted(by: -power)) + " " + suffix
        }
        return number(value) + " B"
    }

    public static func duration(_ seconds: Decimal) -> String {
        if seconds < 1 { return number(seconds.shifted(by: 3)) + " ms" }
        if seconds < 120 { return number(seconds) + " s" }
        if seconds < 7200 { return number(seconds, over: 60) + " min" }
        if seconds < 172_800 { return number(seconds, over: 3600) + " h" }
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

    public static func ceiling(_ value: Decimal, over divisor: Decimal) -> Decimal {
        ceiling(value / divisor)
    }
}
