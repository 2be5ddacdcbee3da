#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Diagnostics

/// Reads AWS Price List offer files (the Bulk API's documented JSON, or `aws pricing get-products` output) and
/// writes a rate table for one region:
/// each key a filter finds, with its price or tiers, the offer it came from and the offer's publication date.
public struct PriceListImporter {
    /// The part of an offer file the importer reads.
    struct Offer: Decodable {
        struct Product: Decodable {
            let sku: String
            let attributes: [String: String]
        }

        struct Term: Decodable {
            let priceDimensions: [String: Dimension]
        }

        struct Dimension: Decodable {
            let beginRange: String?
            let endRange: String?
            let unit: String?
            let pricePerUnit: [String: String]
        }

        struct Terms: Decodable {
            let onDemand: [String: [String: Term]]?

            enum CodingKeys: String, CodingKey {
                case onDemand = "OnDemand"
            }
        }

        let offerCode: String?
        let version: String?
        let publicationDate: String?
        let products: [String: Product]
        let terms: Terms
    }

    /// What `aws pricing get-products` prints: each product with its terms, as a JSON string of its own.
    struct GetProductsPage: Decodable {
        struct Entry: Decodable {
            let serviceCode: String?
            let version: String?
            let publicationDate: String?
            let product: Offer.Product
            let terms: Offer.Terms
        }

        let priceList: [String]

        enum CodingKeys: String, CodingKey {
            case priceList = "PriceList"
        }

        /// The page as one offer.
        func offer() throws -> Offer {
            let entries = try priceList.map { try JSONDecoder().decode(Entry.self, from: Data($0.utf8)) }
            var products: [String: Offer.Product] = [:]
            var onDemand: [String: [String: Offer.Term]] = [:]
            for entry in entries {
                products[entry.product.sku] = entry.product
                onDemand[entry.product.sku] = entry.terms.onDemand?[entry.product.sku]
            }
            return Offer(
                offerCode: entries.first?.serviceCode, version: entries.first?.version,
                publicationDate: entries.first?.publicationDate, products: products,
                terms: Offer.Terms(onDemand: onDemand))
        }
    }

    /// An offer file, or a page of `aws pricing get-products` output.
    static func decode(_ bytes: [UInt8]) throws -> Offer {
        let data = Data(bytes)
        if let page = try? JSONDecoder().decode(GetProductsPage.self, from: data) { return try page.offer() }
        return try JSONDecoder().decode(Offer.self, from: data)
    }

    /// What an import produced: the table's text, the keys it priced, and why the others were not.
    public struct Result: Sendable {
        public let tableText: String
        public let found: [String]
        public let notFound: [String]
        public let withoutFilter: [String]
        public let diagnostics: [Diagnostic]
    }

    public let filters: [PriceListFilter]
    public let region: String
    /// The table whose entries stand for keys the offer files do not give (the bundled one, by default).
    public let base: RateTable?
    public let today: String

    public init(filters: [PriceListFilter], region: String, base: RateTable?, today: String) {
        self.filters = filters
        self.region = region
        self.base = base
        self.today = today
    }

    /// Imports from each offer file's bytes; a file that is not an offer is an error naming it, the others still read.
    public func run(_ files: [(path: String, bytes: [UInt8])]) -> Result {
        var diagnostics: [Diagnostic] = []
        var offers: [(path: String, offer: Offer)] = []
        for file in files {
            do {
                offers.append((file.path, try Self.decode(file.bytes)))
            } catch {
                diagnostics.append(
                    Diagnostic(
                        .error, at: SourceLocation(file: file.path, line: 1, column: 1),
                        "not an AWS Price List offer file (products and terms) nor get-products output: \(error)"))
            }
        }
        var entries: [String: String] = [:]
        var found: [String] = [], notFound: [String] = []
        for filter in filters {
            let candidates = offers.filter { $0.offer.offerCode == nil || $0.offer.offerCode == filter.offer }
            guard !candidates.isEmpty else { notFound.append(filter.key); continue }
            var matches: [(path: String, offer: Offer, product: Offer.Product)] = []
            for (path, offer) in candidates {
                for product in offer.products.values.sorted(by: { $0.sku < $1.sku })
                where isInRegion(product.attributes) && filter.accepts(product.attributes) {
                    matches.append((path, offer, product))
                }
            }
            guard let match = matches.first else { notFound.append(filter.key); continue }
            if matches.count > 1 {
                let skus = matches.map(\.product.sku).joined(separator: " and ")
                diagnostics.append(
                    Diagnostic(
                        .error, at: SourceLocation(file: match.path, line: 1, column: 1),
                        "filter '\(filter.key)' matches more than one product in \(region): SKUs \(skus); narrow its "
                            + "attributes"
                    ))
                continue
            }
            guard let entry = entry(filter.key, match.path, match.offer, match.product, &diagnostics) else {
                notFound.append(filter.key); continue
            }
            entries[filter.key] = entry
            found.append(filter.key)
        }
        let filtered = Set(filters.map(\.key))
        let withoutFilter = (base?.rates.keys).map(Array.init)?.filter { !filtered.contains($0) }.sorted() ?? []
        return Result(
            tableText: table(entries), found: found, notFound: notFound, withoutFilter: withoutFilter,
            diagnostics: diagnostics)
    }

    /// The Price List's name of each bundled region, for offer files older than the `regionCode` attribute.
    static let locations = ["us-east-1": "US East (N. Virginia)", "eu-west-1": "EU (Ireland)"]

    private func isInRegion(_ attributes: [String: String]) -> Bool {
        if let code = attributes["regionCode"] { return code == region }
        return attributes["location"] == Self.locations[region]
    }

    /// One rate's YAML: its price per the key's unit (AWS's per-unit price × the key's `per`), or a tier per range.
    private func entry(
        _ key: String, _ path: String, _ offer: Offer, _ product: Offer.Product,
        _ diagnostics: inout [Diagnostic]
    ) -> String? {
        guard let spec = RateCatalog.spec(for: key) else { return nil }
        let dimensions =
            (offer.terms.onDemand?[product.sku]?.values.first?.priceDimensions.values).map(Array.init) ?? []
        let ranges = dimensions.compactMap { dimension -> (begin: Decimal, end: Decimal?, price: Decimal)? in
            guard let text = dimension.pricePerUnit["USD"], let price = Decimal(string: text) else { return nil }
            let begin = dimension.beginRange.flatMap { Decimal(string: $0) } ?? 0
            let end = dimension.endRange == "Inf" ? nil : dimension.endRange.flatMap { Decimal(string: $0) }
            return (begin, end, price)
        }.sorted { $0.begin < $1.begin }
        guard !ranges.isEmpty else {
            diagnostics.append(
                Diagnostic(
                    .warning, at: SourceLocation(file: path, line: 1, column: 1),
                    "product \(product.sku) for '\(key)' has no On-Demand USD price"))
            return nil
        }
        let published = offer.publicationDate.map { String($0.prefix(10)) }
        let offerPath = "\(offer.offerCode ?? "OFFER")/\(offer.version ?? "current")/\(region)"
        let via = "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/\(offerPath)/index.json"
        var lines = ["  \(key):", "    unit: \(spec.unit)"]
        if ranges.count == 1 {
            lines.append("    price: \"\(Self.text(ranges[0].price * spec.per))\"")
        } else {
            lines.append("    tiers:")
            for range in ranges {
                let upTo = range.end.map { "up-to: \(Self.text($0 / spec.per)), " } ?? ""
                lines.append("      - {\(upTo)price: \"\(Self.text(range.price * spec.per))\"}")
            }
        }
        lines.append("    source: \(base?.rates[key]?.source ?? "https://aws.amazon.com/pricing/")")
        lines.append("    read: \(today)")
        if let published { lines.append("    published: \(published)") }
        lines.append("    via: \(via)  # \(URL(fileURLWithPath: path).lastPathComponent), SKU \(product.sku)")
        return lines.joined(separator: "\n")
    }

    /// The table: the imported rates, and the base table's entry for every other key, in the catalog's order.
    private func table(_ entries: [String: String]) -> String {
        var text =
            "# Rates for \(region) imported by `dataplan rates import` on \(today) from AWS Price List offer files;\n"
            + "# keys the files did not give keep the bundled table's entries.\n"
            + "region: \(region)\ncurrency: USD\nrates:\n"
        let keys = (base.map { Array($0.rates.keys) } ?? []) + entries.keys
        for key in Set(keys).sorted() {
            if let entry = entries[key] {
                text += entry + "\n"
            } else if let rate = base?.rates[key] {
                text += Self.yaml(rate) + "\n"
            }
        }
        return text
    }

    /// A rate of the base table written back as the table format writes it.
    static func yaml(_ rate: Rate) -> String {
        var lines = ["  \(rate.key):", "    unit: \(rate.unit)"]
        if !rate.tiers.isEmpty {
            lines.append("    tiers:")
            for tier in rate.tiers {
                let upTo = tier.upTo.map { "up-to: \(text($0)), " } ?? ""
                lines.append("      - {\(upTo)price: \"\(tier.priceText)\"\(tier.via.map { ", via: \($0)" } ?? "")}")
            }
        } else if let price = rate.priceText {
            lines.append("    price: \"\(price)\"")
        }
        if let missing = rate.missing { lines.append("    missing: \"\(missing.replacing("\"", with: "'"))\"") }
        if let free = rate.free {
            lines.append("    free: {quantity: \"\(text(free.quantity))\", source: \(free.source)}")
        }
        lines.append("    source: \(rate.source)")
        if let read = rate.read { lines.append("    read: \(read)") }
        if let published = rate.published { lines.append("    published: \(published)") }
        if let via = rate.via { lines.append("    via: \(via)") }
        return lines.joined(separator: "\n")
    }

    /// A decimal as a table writes it: plain, without trailing zeros.
    static func text(_ value: Decimal) -> String {
        value.plainText(scale: 12)
    }
}
