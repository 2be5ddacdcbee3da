#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Diagnostics
import YAMLLoader
import BundledPricing
import Parallel

/// The rate tables of every region: those built into the binary, overridden per region by `--pricing DIR`.
public struct RateBook: Sendable {
    public let tables: [String: RateTable]
    /// Problems with a table: an error means estimates cannot be trusted, exit 2.
    public let diagnostics: [Diagnostic]

    public init(tables: [String: RateTable], diagnostics: [Diagnostic] = []) {
        self.tables = tables
        self.diagnostics = diagnostics
    }

    /// The tables of `PricingTables/`, as built into the binary; read once a process, when first asked for.
    public static func bundled() -> RateBook {
        bundledBook
    }

    /// The region tables are the files at the top of `PricingTables/`; its folders hold other data (`price-list/`).
    private static let bundledBook = read(
        BundledPricing.files.filter { !$0.path.contains("/") }.map { ("PricingTables/" + $0.path, $0.text) })

    /// The bundled tables, with each region found in `directory` replacing the bundled one.
    public static func load(overrides directory: String?) -> RateBook {
        let base = bundled()
        guard let directory else { return base }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter {
            $0.hasSuffix(".yaml")
        }.sorted()
        var files: [(String, String)] = []
        var diagnostics = base.diagnostics
        for name in names {
            let path = (directory.hasSuffix("/") ? directory : directory + "/") + name
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                diagnostics.append(
                    Diagnostic(
                        .error, at: SourceLocation(file: path, line: 1, column: 1), "the rate table cannot be read"))
                continue
            }
            files.append((path, text))
        }
        if names.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .error, at: SourceLocation(file: directory, line: 1, column: 1),
                    "no rate tables (*.yaml) in this folder"))
        }
        let overrides = read(files)
        return RateBook(
            tables: base.tables.merging(overrides.tables) { _, override in override },
            diagnostics: diagnostics + overrides.diagnostics)
    }

    /// The same tables with `key` priced at `price` in every region (`compare --sweep rate:KEY`).
    public func setting(_ key: String, to price: Decimal) -> RateBook {
        let text = price.description
        let changed = tables.mapValues { table -> RateTable in
            var rates = table.rates
            let old = rates[key]
            rates[key] = Rate(
                key: key, unit: RateCatalog.spec(for: key)?.unit ?? old?.unit ?? "", price: price, priceText: text,
                missing: nil,
                source: old?.source ?? "https://aws.amazon.com/pricing/", read: nil, via: nil,
                location: old?.location ?? SourceLocation(file: table.file, line: 1, column: 1))
            return RateTable(region: table.region, currency: table.currency, rates: rates, file: table.file)
        }
        return RateBook(tables: changed, diagnostics: diagnostics)
    }

    /// Reads the files on every core, as `RuleCatalog` reads rules; a region's later file wins, in file order.
    static func read(_ files: [(path: String, text: String)]) -> RateBook {
        let read = Concurrently.map(files) { file in RateTableReader.read(YAMLLoader().load(file.text, file: file.path))
        }
        var tables: [String: RateTable] = [:]
        var diagnostics: [Diagnostic] = []
        for (table, problems) in read {
            diagnostics += problems
            if let table { tables[table.region] = table }
        }
        return RateBook(tables: tables, diagnostics: diagnostics)
    }
}
