#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Diagnostics
import YAMLLoader
import BundledPricing

/// How one rate key is found in AWS Price List offer files: its offer and the product attributes that pick one
/// product (PricingTables/price-list/filters.yaml).
public struct PriceListFilter: Sendable {
    public enum Match: Sendable, Equatable {
        case equals(String)
        /// The value, or the value after a region prefix (`USE1-Storage-ShardHour` ends with `Storage-ShardHour`).
        case endsWith(String)
        case contains(String)

        func accepts(_ value: String) -> Bool {
            switch self {
            case .equals(let expected): value == expected
            case .endsWith(let suffix): value == suffix || value.hasSuffix("-" + suffix)
            case .contains(let part): value.contains(part)
            }
        }
    }

    public let key: String
    public let offer: String
    public let attributes: [(name: String, match: Match)]

    func accepts(_ attributes: [String: String]) -> Bool {
        self.attributes.allSatisfy { attribute in attributes[attribute.name].map(attribute.match.accepts) ?? false }
    }

    /// The filters built into the binary.
    public static func bundled() -> (filters: [PriceListFilter], diagnostics: [Diagnostic]) {
        let file = BundledPricing.files.first { $0.path == "price-list/filters.yaml" }
        return read(file?.text ?? "filters: {}\n", file: "PricingTables/price-list/filters.yaml")
    }

    /// Reads a filters file; every mistake is an error at its line.
    public static func read(_ text: String, file: String) -> (filters: [PriceListFilter], diagnostics: [Diagnostic]) {
        let document = YAMLLoader().load(text, file: file)
        var log = DiagnosticLog(file: file)
        guard let root = document.root, !document.hasErrors else { return ([], document.diagnostics) }
        guard let top = root.fields(allowed: ["filters"], context: "a filters file", log: &log),
            let entries = top["filters"]?.value.mapping
        else {
            log.error("a filters file has `filters`: rate key to {offer, attributes}", at: root.mark)
            return ([], log.diagnostics)
        }
        var filters: [PriceListFilter] = []
        for entry in entries {
            guard let key = entry.key.scalar?.value else { continue }
            guard RateCatalog.spec(for: key) != nil else {
                log.error(
                    "unknown rate '\(key)'\(Suggestion.hint(for: key, among: RateCatalog.specs.map(\.key)))",
                    at: entry.key.mark)
                continue
            }
            guard
                let fields = entry.value.fields(
                    allowed: ["offer", "attributes"], context: "filter '\(key)'", log: &log)
            else { continue }
            guard let offer = fields["offer"]?.value.scalar?.value, let written = fields["attributes"]?.value.mapping
            else {
                log.error(
                    "filter '\(key)' needs `offer` (the offer code, e.g. AmazonKinesis) and `attributes`",
                    at: entry.key.mark)
                continue
            }
            var attributes: [(String, Match)] = []
            for attribute in written {
                guard let name = attribute.key.scalar?.value, let match = Self.match(attribute.value) else {
                    log.error(
                        "an attribute of filter '\(key)' is a value, or {ends-with: V} or {contains: V}",
                        at: attribute.value.mark)
                    continue
                }
                attributes.append((name, match))
            }
            filters.append(PriceListFilter(key: key, offer: offer, attributes: attributes))
        }
        return (filters, log.diagnostics)
    }

    private static func match(_ node: YAMLNode) -> Match? {
        if let value = node.scalar?.value { return .equals(value) }
        guard let pairs = node.mapping, pairs.count == 1, let kind = pairs[0].key.scalar?.value,
            let value = pairs[0].value.scalar?.value
        else { return nil }
        switch kind {
        case "ends-with": return .endsWith(value)
        case "contains": return .contains(value)
        default: return nil
        }
    }
}
