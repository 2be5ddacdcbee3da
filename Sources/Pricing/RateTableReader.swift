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
    static let rateKeys = ["unit", "price", "missing", "source", "read", "via"]

    public static func read(_ document: LoadedDocument) -> (table: RateTable?, diagnostics: [Diagnostic]) {
        var log = DiagnosticLog(file: document.file)
        guard let root = document.root, !document.hasErrors else { return (nil, document.diagnostics) }
        guard let fields = root.fields(allowed: topKeys, context: "a rate table", log: &log) else { return (nil, log.diagnostics) }
        guard let region = fields["region"]?.value.scalar?.value, Regions.known.contains(region) else {
            log.error("a rate table names its `region`, an AWS region such as us-east-1", at: fields["region"]?.value.mark ?? root.mark)
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
        return log.hasErrors ? (nil, log.diagnostics) : (RateTable(region: region, currency: currency, rates: rates, file: document.file), log.diagnostics)
    }

    private static func readRate(_ key: String, _ entry: YAMLPair, file: String, log: inout DiagnosticLog) -> Rate? {
        guard let spec = RateCatalog.spec(for: key) else {
            log.error("unknown rate '\(key)'\(Suggestion.hint(for: key, among: RateCatalog.specs.map(\.key)))", at: entry.key.mark)
            return nil
        }
        guard let values = entry.value.fields(allowed: rateKeys, context: "rate '\(key)'", log: &log)?.mapValues(\.value) else { return nil }
        let unit = values["unit"]?.scalar?.value
        if unit != spec.unit {
            log.error("rate '\(key)' is priced per \(spec.unit); the table says '\(unit ?? "nothing")'", at: values["unit"]?.mark ?? entry.key.mark)
        }
        guard let source = values["source"]?.scalar?.value, source.hasPrefix("https://") else {
            log.error("rate '\(key)' needs `source`: the https:// page of AWS pricing it is read from", at: values["source"]?.mark ?? entry.key.mark)
            return nil
        }
        if let via = values["via"]?.scalar?.value, !via.hasPrefix("https://") {
            log.error("rate '\(key)' has `via` '\(via)': it must be the https:// address of the copy the price was read from", at: values["via"]!.mark)
            return nil
        }
        let priceText = values["price"]?.scalar?.value
        let missing = values["missing"]?.scalar?.value
        var price: Decimal?
        switch (priceText, missing) {
        case (let text?, nil):
            guard let parsed = Units.number(text) else {
                log.error("rate '\(key)' has price '\(text)', which is not a decimal number", at: values["price"]!.mark)
                return nil
            }
            price = parsed
            guard let read = values["read"]?.scalar?.value, ValueKind.date.parse(scalar: read) != nil else {
                log.error("rate '\(key)' needs `read`: the date (YYYY-MM-DD) its price was read", at: values["read"]?.mark ?? entry.key.mark)
                return nil
            }
        case (nil, let reason?) where !reason.isEmpty:
            break
        case (.some, .some):
            log.error("rate '\(key)' has both a price and `missing`; keep one", at: entry.key.mark)
            return nil
        default:
            log.error("rate '\(key)' needs `price` (a decimal) or `missing` (why it could not be read)", at: entry.key.mark)
            return nil
        }
        return Rate(key: key, unit: spec.unit, price: price, priceText: priceText, missing: missing, source: source,
                    read: values["read"]?.scalar?.value, via: values["via"]?.scalar?.value, location: entry.key.mark.located(in: file))
    }
}
