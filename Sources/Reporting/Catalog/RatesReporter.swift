import Pricing

/// `dataplan rates`: each rate table in use, with its dates and how many of its keys are priced.
public enum RatesReporter {
    public enum Format: String, CaseIterable, Sendable {
        case text, json
    }

    /// One table's counts, worked out once for either format.
    struct Summary {
        let table: RateTable
        let listPrices: Int
        let priced: Int
        let missing: [String]
        let tiered: Int
        let read: String
        let published: String

        init(_ table: RateTable) {
            self.table = table
            let rates = table.rates.values.filter { RateCatalog.spec(for: $0.key)?.isListPrice ?? true }
            listPrices = rates.count
            priced = rates.filter { $0.price != nil }.count
            missing = table.rates.values.filter { $0.price == nil }.map(\.key).sorted()
            tiered = table.rates.values.filter { !$0.tiers.isEmpty }.count
            read = Self.span(table.rates.values.compactMap(\.read))
            published = Self.span(table.rates.values.compactMap(\.published))
        }

        /// "2025-04-05 to 2025-12-05", or the one date, or "-".
        static func span(_ dates: [String]) -> String {
            let sorted = Set(dates).sorted()
            guard let first = sorted.first, let last = sorted.last else { return "-" }
            return first == last ? first : "\(first) to \(last)"
        }
    }

    public static func report(_ book: RateBook, format: Format) -> String {
        let summaries = book.tables.keys.sorted().map { Summary(book.tables[$0]!) }
        switch format {
        case .text: return text(summaries)
        case .json: return json(summaries)
        }
    }

    static func text(_ summaries: [Summary]) -> String {
        var output = ""
        for summary in summaries {
            let share = summary.listPrices == 0 ? 0 : summary.priced * 100 / summary.listPrices
            output += "\(summary.table.region)  \(summary.table.file)\n"
            output +=
                "  priced: \(summary.priced) of \(summary.listPrices) list prices (\(share)%), \(summary.tiered) "
                + "tiered\n"
            output += "  read: \(summary.read); copies published: \(summary.published)\n"
            output +=
                "  missing: " + (summary.missing.isEmpty ? "none" : summary.missing.joined(separator: ", ")) + "\n"
        }
        return output
    }

    static func json(_ summaries: [Summary]) -> String {
        let tables: [JSONValue] = summaries.map { summary in
            .object([
                ("region", .string(summary.table.region)),
                ("file", .string(summary.table.file)),
                ("list_prices", .int(summary.listPrices)),
                ("priced", .int(summary.priced)),
                ("tiered", .int(summary.tiered)),
                ("read", .string(summary.read)),
                ("published", .string(summary.published)),
                ("missing", .array(summary.missing.map(JSONValue.string))),
            ])
        }
        return JSONValue.object([("version", .int(1)), ("tables", .array(tables))]).serialized()
    }
}
