#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Parses the spec's unit syntax (durations, sizes, counts, rates, bandwidth, money) into exact decimals.
///
/// Every parser returns nil for text it does not accept; the caller reports the key, the value and
/// the units `accepted(for:)` lists. Sizes are decimal (`KB` = 1000 B) or binary (`KiB` = 1024 B).
public enum Units {
    /// A month, as AWS bills it: 730 hours.
    public static let secondsPerMonth: Decimal = 730 * 3600

    public static let durationUnits: [(suffix: String, seconds: Decimal)] = [
        ("ms", Decimal(string: "0.001")!), ("s", 1), ("min", 60), ("h", 3600), ("d", 86400),
    ]

    /// Sizes in bytes; the lower-case spellings people type (`1.5tb`) mean the same bytes.
    public static let sizeUnits: [(suffix: String, bytes: Decimal)] = [
        ("B", 1),
        ("KB", pow(10, 3)), ("MB", pow(10, 6)), ("GB", pow(10, 9)), ("TB", pow(10, 12)), ("PB", pow(10, 15)),
        ("KiB", pow(2, 10)), ("MiB", pow(2, 20)), ("GiB", pow(2, 30)), ("TiB", pow(2, 40)), ("PiB", pow(2, 50)),
        ("kB", pow(10, 3)), ("kb", pow(10, 3)), ("mb", pow(10, 6)), ("gb", pow(10, 9)), ("tb", pow(10, 12)),
        ("pb", pow(10, 15)), ("kib", pow(2, 10)), ("mib", pow(2, 20)), ("gib", pow(2, 30)), ("tib", pow(2, 40)),
        ("pib", pow(2, 50)),
    ]

    public static let countSuffixes: [(suffix: String, factor: Decimal)] = [
        ("", 1), ("K", pow(10, 3)), ("k", pow(10, 3)), ("M", pow(10, 6)), ("B", pow(10, 9)),
    ]

    /// What a rate may be per: the spec's spellings and the common ones (`/hr`, `/sec`, `/second`, `/year`).
    public static let perUnits: [(suffix: String, seconds: Decimal)] = [
        ("s", 1), ("sec", 1), ("second", 1), ("min", 60), ("minute", 60), ("h", 3600), ("hr", 3600), ("hour", 3600),
        ("day", 86400), ("d", 86400), ("week", 604_800), ("month", secondsPerMonth), ("year", 12 * secondsPerMonth),
    ]

    public static let bandwidthUnits: [(suffix: String, bitsPerSecond: Decimal)] = [
        ("Kbps", pow(10, 3)), ("Mbps", pow(10, 6)), ("Gbps", pow(10, 9)), ("Tbps", pow(10, 12)),
    ]

    /// The units a kind accepts, as an error message lists them; nil for a kind without units.
    public static func accepted(for kind: ValueKind) -> String? {
        let per = "per " + spellings(perUnits.map(\.suffix))
        let sizes = spellings(sizeUnits.map(\.suffix).filter { $0.first?.isUppercase == true })
        switch kind {
        case .count: return "a whole number, optionally with K, M or B"
        case .duration: return spellings(durationUnits.map(\.suffix))
        case .size: return sizes
        case .bandwidth: return spellings(bandwidthUnits.map(\.suffix))
        case .recordRate: return "a count, optionally with K, M or B, " + per
        case .byteRate: return "a size in " + sizes + ", " + per
        default: return nil
        }
    }

    private static func spellings(_ suffixes: [String]) -> String {
        suffixes.dropLast().joined(separator: ", ") + " or " + suffixes.last!
    }

    /// A plain non-negative decimal number: digits and at most one point, neither first nor last
    /// (`120`, `0.25`; `1_000`, `1e3` and `.5` are refused).
    public static func number(_ text: String) -> Decimal? {
        let trimmed = text.trimmingSpaces
        let points = trimmed.utf8.filter { $0 == UInt8(ascii: ".") }.count
        guard !trimmed.isEmpty, points <= 1, !trimmed.hasPrefix("."), !trimmed.hasSuffix("."),
            trimmed.utf8.allSatisfy({ $0 == UInt8(ascii: ".") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
        else { return nil }
        // `0.000` is stored as zero with an exponent; a plain zero prints and compares as every other zero does.
        return Decimal(string: trimmed, locale: posix).map { $0.isZero ? 0 : $0 }
    }

    private static let posix = Locale(identifier: "en_US_POSIX")

    /// A count with an optional `K`, `M` or `B` suffix: `120`, `100K`, `1.5M`.
    public static func count(_ text: String) -> Decimal? {
        scaled(text, by: countSuffixes.map { ($0.suffix, $0.factor) })
    }

    /// A duration in seconds: `80ms`, `1s`, `15min`, `24h`, `7d`.
    public static func duration(_ text: String) -> Decimal? {
        scaled(text, by: durationUnits.map { ($0.suffix, $0.seconds) })
    }

    /// A size in bytes: `1KB`, `128MB`, `50TB`, `4GiB`.
    public static func size(_ text: String) -> Decimal? {
        scaled(text, by: sizeUnits.map { ($0.suffix, $0.bytes) })
    }

    /// Bandwidth in bits per second: `1Gbps`, `500Mbps`.
    public static func bandwidth(_ text: String) -> Decimal? {
        scaled(text, by: bandwidthUnits.map { ($0.suffix, $0.bitsPerSecond) })
    }

    /// Records per second from `100K/s`, `5M/day`, `2B/month`.
    public static func recordRate(_ text: String) -> Decimal? {
        rate(text, amount: count)
    }

    /// Bytes per second from `2GB/day`, `10MB/s`.
    public static func byteRate(_ text: String) -> Decimal? {
        rate(text, amount: size)
    }

    /// Money from `25000 USD`, `25000 USD/month`, `1.5K USD/month`.
    public static func money(_ text: String) -> Money? {
        var body = text.trimmingSpaces
        var perMonth = false
        if body.hasSuffix("/month") {
            perMonth = true
            body = body.dropLast("/month".count).trimmingSpaces
        }
        guard body.hasSuffix("USD") else { return nil }
        body = body.dropLast(3).trimmingSpaces
        guard let amount = count(body) else { return nil }
        return Money(amount: amount, currency: "USD", perMonth: perMonth)
    }

    /// Money as every command-line option reads it (`--budget`, `--max-increase`): `1000`, `1.5K`,
    /// `1000 USD` or `1000 USD/month`, each a month's US dollars.
    public static func moneyOption(_ text: String) -> Money? {
        money(text) ?? count(text).map { Money(amount: $0, currency: "USD", perMonth: true) }
    }

    /// An amount, one `/`, then one of `perUnits`: the amount over the seconds of that unit.
    private static func rate(_ text: String, amount: (String) -> Decimal?) -> Decimal? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2,
            let seconds = perUnits.first(where: { $0.suffix == parts[1].trimmingSpaces })?.seconds,
            let quantity = amount(String(parts[0]))
        else { return nil }
        return seconds == 1 ? quantity : quantity / seconds
    }

    /// A number followed by one of the suffixes, with optional spaces between them.
    private static func scaled(_ text: String, by units: [(suffix: String, factor: Decimal)]) -> Decimal? {
        let trimmed = text.trimmingSpaces
        let digits = trimmed.prefix { $0 == "." || ("0"..."9").contains($0) }
        let suffix = trimmed[digits.endIndex...].trimmingSpaces
        guard let unit = units.first(where: { $0.suffix == suffix }), let value = number(String(digits)) else {
            return nil
        }
        return unit.factor == 1 ? value : value * unit.factor
    }
}

/// An amount of money in a currency, optionally per month.
public struct Money: Hashable, Sendable {
    public let amount: Decimal
    public let currency: String
    public let perMonth: Bool

    public init(amount: Decimal, currency: String, perMonth: Bool) {
        self.amount = amount
        self.currency = currency
        self.perMonth = perMonth
    }
}
