#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Diagnostics
import YAMLLoader
import Model

/// Reads one rate table; every mistake is an error naming the file, the key and its line.
public enum RateTableReader {
    static let topKeys = ["region", "currency", "rates"]
    static let rateKeys = ["unit", "price", "tiers", "free", "missing", "source", "read", "published", "via"]

    public static func read(_ document: LoadedDocument) -> (table: RateTable?, diagnostics: [Diagnostic]) {
        var log = DiagnosticLog(file: document.file)
        guard let root = document.root, !document.hasErrors else { return (nil, document.diagnostics) }
        guard let fields = root.fields(allowed: topKeys, context: "a rate table", log: &log) else {
            return (nil, log.diagnostics)
        }
        guard let region = fields["region"]?.value.scalar?.value, Regions.known.contains(region) else {
            log.error(
                "a rate table names its `region`, an AWS region such as us-east-1",
                at: fields["region"]?.value.mark ?? root.mark)
            return (nil, log.diagnostics)
        }
        let currency = fields["currency"]?.value.scalar?.value ?? "USD"
        if currency != "USD" { log.error("rates are in USD; found '\(currency)'", at: fields["currency"]!.value.mark) }
        var rates: [String: Rate] = [:]
        for entry in fields["rates"]?.value.mapping ?? [] {
            guard let key = entry.key.scalar?.value else { continue }
            if let rate = readRate(key, entry, file: document.file, log: &log) { rates[key] = rate }
        }
        if fields["rates"] == nil { log.error("a rate table needs `rates`", at: root.mark) }
        return log.hasErrors
            ? (nil, log.diagnostics)
            : (RateTable(region: region, currency: currency, rates: rates, file: document.file), log.diagnostics)
    }

    private static func readRate(_ key: String, _ entry: YAMLPair, file: String, log: inout DiagnosticLog) -> Rate? {
        guard let spec = RateCatalog.spec(for: key) else {
            log.error(
                "unknown rate '\(key)'\(Suggestion.hint(for: key, among: RateCatalog.specs.map(\.key)))",
                at: entry.key.mark)
            return nil
        }
        guard
            let values = entry.value.fields(allowed: rateKeys, context: "rate '\(key)'", log: &log)?.mapValues(\.value)
        else { return nil }
        let unit = values["unit"]?.scalar?.value
        if unit != spec.unit {
            log.error(
                "rate '\(key)' is priced per \(spec.unit); the table says '\(unit ?? "nothing")'",
                at: values["unit"]?.mark ?? entry.key.mark)
        }
        guard let source = values["source"]?.scalar?.value, source.hasPrefix("https://") else {
            log.error(
                "rate '\(key)' needs `source`: the https:// page of AWS pricing it is read from",
                at: values["source"]?.mark ?? entry.key.mark)
            return nil
        }
        if let via = values["via"]?.scalar?.value, !via.hasPrefix("https://") {
            log.error(
                "rate '\(key)' has `via` '\(via)': it must be the https:// address of the copy the price was read from",
                at: values["via"]!.mark)
            return nil
        }
        var priceText = values["price"]?.scalar?.value
        let missing = values["missing"]?.scalar?.value
        var tiers: [RateTier] = []
        if let written = values["tiers"] {
            guard priceText == nil else {
                log.error(
                    "rate '\(key)' has both `price` and `tiers`; a tiered rate gives its price in each tier",
                    at: written.mark)
                return nil
            }
            guard let read = readTiers(key, written, log: &log) else { return nil }
            tiers = read
            priceText = tiers.first?.priceText
        }
        if let published = values["published"],
            published.scalar.flatMap({ ValueKind.date.parse(scalar: $0.value) }) == nil
        {
            log.error("rate '\(key)' has `published` that is not a date (YYYY-MM-DD)", at: published.mark)
            return nil
        }
        var price: Decimal?
        switch (priceText, missing) {
        case (let text?, nil):
            guard let parsed = Units.number(text) else {
                log.error("rate '\(key)' has price '\(text)', which is not a decimal number", at: values["price"]!.mark)
                return nil
            }
            price = parsed
            guard let read = values["read"]?.scalar?.value, ValueKind.date.parse(scalar: read) != nil else {
                log.error(
                    "rate '\(key)' needs `read`: the date (YYYY-MM-DD) its price was read",
                    at: values["read"]?.mark ?? entry.key.mark)
                return nil
            }
        case (nil, let reason?) where !reason.isEmpty:
            break
        case (.some, .some):
            log.error("rate '\(key)' has both a price and `missing`; keep one", at: entry.key.mark)
            return nil
        default:
            log.error(
                "rate '\(key)' needs `price` (a decimal) or `missing` (why it could not be read)", at: entry.key.mark)
            return nil
        }
        var rate = Rate(
            key: key, unit: spec.unit, price: price, priceText: priceText, missing: missing, source: source,
            read: values["read"]?.scalar?.value, via: values["via"]?.scalar?.value,
            location: entry.key.mark.located(in: file))
        rate.published = values["published"]?.scalar?.value
        rate.tiers = tiers
        if let free = values["free"] {
            guard
                let fields = free.fields(
                    allowed: ["quantity", "source"], context: "`free` of rate '\(key)'", log: &log),
                let quantity = fields["quantity"]?.value.scalar.flatMap({ Units.number($0.value) }),
                let freeSource = fields["source"]?.value.scalar?.value, freeSource.hasPrefix("https://")
            else {
                log.error(
                    "`free` of rate '\(key)' needs `quantity` (in the rate's unit) and `source` (the https:// page "
                        + "that states it)",
                    at: free.mark)
                return nil
            }
            rate.free = (quantity, freeSource)
        }
        return rate
    }

    /// A tiered rate's tiers: `{up-to: QUANTITY, price: "P", via: URL}` each, rising bounds, the last without `up-to`.
    private static func readTiers(_ key: String, _ node: YAMLNode, log: inout DiagnosticLog) -> [RateTier]? {
        guard let items = node.sequence, !items.isEmpty else {
            log.error("`tiers` of rate '\(key)' must be a list of {up-to, price, via}", at: node.mark)
            return nil
        }
        var tiers: [RateTier] = []
        for (position, item) in items.enumerated() {
            guard
                let fields = item.fields(
                    allowed: ["up-to", "price", "via"], context: "a tier of rate '\(key)'", log: &log)
            else { return nil }
            guard let text = fields["price"]?.value.scalar?.value, let price = Units.number(text) else {
                log.error("a tier of rate '\(key)' needs `price`, a decimal number", at: item.mark)
                return nil
            }
            var upTo: Decimal?
            if let bound = fields["up-to"] {
                guard let value = bound.value.scalar.flatMap({ Units.number($0.value) }) else {
                    log.error(
                        "`up-to` of a tier of rate '\(key)' must be a number in the rate's unit", at: bound.value.mark)
                    return nil
                }
                if let previous = tiers.last?.upTo, value <= previous {
                    log.error(
                        "the tiers of rate '\(key)' must rise: \(value) follows \(previous)", at: bound.value.mark)
                    return nil
                }
                upTo = value
            }
            let last = position == items.count - 1
            if last != (upTo == nil) {
                log.error(
                    last
                        ? "the last tier of rate '\(key)' has no `up-to`: it prices all the rest"
                        : "every tier of rate '\(key)' but the last needs `up-to`", at: item.mark)
                return nil
            }
            tiers.append(RateTier(upTo: upTo, price: price, priceText: text, via: fields["via"]?.value.scalar?.value))
        }
        return tiers
    }
}
