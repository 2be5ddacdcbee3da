#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Parses the spec's unit syntax (durations, sizes, counts, rates, bandwidth, money) into exact decimals.
///
/// Every parser returns nil for text it does not accept; the caller reports the key, the value and
/// what was expected. Sizes are decimal (`KB` = 1000 B) or binary (`KiB` = 1024 B).
public enum Units {
    /// A month, as AWS bills it: 730 hours.
    public static let secondsPerMonth: Decimal = 730 * 3600

    public static let durationUnits: [(suffix: String, seconds: Decimal)] = [
        ("ms", Decimal(string: "0.001")!), ("s", 1), ("min", 60), ("h", 3600), ("d", 86400),
    ]

    public static let sizeUnits: [(suffix: String, bytes: Decimal)] = [
        ("B", 1),
        ("KB", pow(10, 3)), ("MB", pow(10, 6)), ("GB", pow(10, 9)), ("TB", pow(10, 12)), ("PB", pow(10, 15)),
        ("KiB", pow(2, 10)), ("MiB", pow(2, 20)), ("GiB", pow(2, 30)), ("TiB", pow(2, 40)), ("PiB", pow(2, 50)),
    ]

    public static let countSuffixes: [(suffix: String, factor: Decimal)] = [
        ("", 1), ("K", pow(10, 3)), ("M", pow(10, 6)), ("B", pow(10, 9)),
    ]

    public static let perUnits: [(suffix: String, seconds: Decimal)] = [
        ("s", 1), ("sec", 1), ("min", 60), ("h", 3600), ("hour", 3600), ("day", 86400), ("d", 86400),
        ("week", 604_800), ("month", secondsPerMonth),
    ]

    public static let bandwidthUnits: [(suffix: String, bitsPerSecond: Decimal)] = [
        ("Kbps", pow(10, 3)), ("Mbps", pow(10, 6)), ("Gbps", pow(10, 9)), ("Tbps", pow(10, 12)),
    ]

    static let durationFactors = durationUnits.map { UnitFactor($0.suffix, $0.seconds) }
    static let sizeFactors = sizeUnits.map { UnitFactor($0.suffix, $0.bytes) }
    static let bandwidthFactors = bandwidthUnits.map { UnitFactor($0.suffix, $0.bitsPerSecond) }
    static let countFactors = countSuffixes.map { UnitFactor($0.suffix, $0.factor) }

    /// A plain non-negative decimal number: `120`, `0.25`, `1_000` is refused. Read from the
    /// trimmed text's bytes (`UnitBytes`); more than 18 digits by Foundation's parser.
    public static func number(_ text: String) -> Decimal? {
        var trimmed = text.trimmingSpaces
        let read = trimmed.withUTF8 { bytes -> Decimal?? in
            guard let reader = UnitBytes(bytes: bytes) else { return .some(nil) }
            return reader.number()
        }
        return read ?? Decimal(string: trimmed, locale: posix)
    }

    private static let posix = Locale(identifier: "en_US_POSIX")

    /// A count with an optional `K`, `M` or `B` suffix: `120`, `100K`, `1.5M`.
    public static func count(_ text: String) -> Decimal? {
        scaled(text, by: countFactors)
    }

    /// A duration in seconds: `80ms`, `1s`, `15min`, `24h`, `7d`.
    public static func duration(_ text: String) -> Decimal? {
        scaled(text, by: durationFactors)
    }

    /// A size in bytes: `1KB`, `128MB`, `50TB`, `4GiB`.
    public static func size(_ text: String) -> Decimal? {
        scaled(text, by: sizeFactors)
    }

    /// Bandwidth in bits per second: `1Gbps`, `500Mbps`.
    public static func bandwidth(_ text: String) -> Decimal? {
        scaled(text, by: bandwidthFactors)
    }

    /// Records per second from `100K/s`, `5M/day`, `2B/month`.
    public static func recordRate(_ text: String) -> Decimal? {
        rate(text, by: countFactors)
    }

    /// Bytes per second from `2GB/day`, `10MB/s`.
    public static func byteRate(_ text: String) -> Decimal? {
        rate(text, by: sizeFactors)
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

    /// An amount in `units` per unit of time: one `/`, then one of `perUnits`. Plain ASCII, nearly
    /// every figure, is read from its bytes with no string made (`UnitBytes`); anything else by
    /// `rateByStrings`, which gives the same answer to the same text.
    private static func rate(_ text: String, by units: [UnitFactor]) -> Decimal? {
        var text = text
        let read = text.withUTF8 { UnitBytes(bytes: $0)?.rate(by: units, per: perFactors) }
        return read ?? rateByStrings(text, by: units)
    }

    /// A number followed by one of `units`, read from its bytes when it is plain ASCII, else by `scaledByStrings`.
    private static func scaled(_ text: String, by units: [UnitFactor]) -> Decimal? {
        var text = text
        let read = text.withUTF8 { UnitBytes(bytes: $0)?.scaled(by: units) }
        return read ?? scaledByStrings(text, by: units)
    }

    static let perFactors = perUnits.map { UnitFactor($0.suffix, $0.seconds) }

    /// `rate(_:by:)` by strings, as it was written first: the reference `UnitBytes` is tested against.
    static func rateByStrings(_ text: String, by units: [UnitFactor]) -> Decimal? {
        let amount = { (text: String) in scaledByStrings(text, by: units) }
        let slash = UInt8(ascii: "/")
        guard let cut = text.utf8.firstIndex(of: slash) else { return nil }
        let after = text.utf8.index(after: cut)
        guard !text.utf8[after...].contains(slash) else { return nil }
        let per = text[after...].trimmingSpaces
        guard let seconds = perUnits.first(where: { $0.suffix == per })?.seconds,
              let quantity = amount(String(text[..<cut]))
        else { return nil }
        return seconds == 1 ? quantity : quantity / seconds
    }

    /// A number followed by one of the suffixes, with optional spaces between them. The number
    /// runs to the first byte that is neither a digit nor a point, and what follows, trimmed, must
    /// be one of the suffixes: the same answer as trying every suffix that ends the text, without
    /// Unicode-aware suffix tests. Powers of ten move the exponent instead of multiplying.
    static func scaledByStrings(_ text: String, by units: [UnitFactor]) -> Decimal? {
        let trimmed = text.trimmingSpaces
        let bytes = trimmed.utf8
        var end = bytes.startIndex
        while end < bytes.endIndex, bytes[end] == UInt8(ascii: ".") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end]) {
            end = bytes.index(after: end)
        }
        let suffix = trimmed[end...].trimmingSpaces
        guard let unit = units.first(where: { $0.suffix == suffix }), let value = number(String(trimmed[..<end])) else { return nil }
        return unit.apply(to: value)
    }

    /// A unit's suffix and what one of it is worth.
    struct UnitFactor {
        let suffix: String
        let suffixBytes: [UInt8]
        let factor: Decimal
        /// The factor's power of ten, when it is one.
        let powerOfTen: Int?

        init(_ suffix: String, _ factor: Decimal) {
            self.suffix = suffix
            suffixBytes = Array(suffix.utf8)
            self.factor = factor
            powerOfTen = factor.powerOfTen
        }

        /// `value` of this unit in the base one (seconds, bytes, records): the exponent moved for a
        /// power of ten, else a product.
        func apply(to value: Decimal) -> Decimal {
            if let powerOfTen { return value.shifted(by: powerOfTen) }
            return value.times(factor)
        }
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
