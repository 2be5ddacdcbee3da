import Pricing

/// The JSON of interface.md; lines without a rate have `unit_price` and `monthly` null and a
/// `missing` reason (extension), and each design says its budget and how far over it is (extension).
public enum CostJSONReporter {
    public static func report(_ report: CostReport, options: ReportOptions) -> String {
        let designs = report.entries.compactMap { entry -> JSONValue? in
            guard let estimate = entry.estimate else { return nil }
            var fields: [(String, JSONValue)] = [
                ("path", .string(RelativePath.of(estimate.path, in: options.workingDirectory))),
                ("design", .string(estimate.design)),
                ("currency", .string(estimate.currency)),
                ("monthly_total", .string(CostFormat.money(estimate.monthlyTotal))),
                ("components", .array(estimate.components.map(component))),
                ("unpriced", .array(estimate.unpriced.map { .object([("component", .string($0.component)), ("reason", .string($0.reason))]) })),
                ("missing_rates", .int(estimate.missingRates)),
                ("hours_per_month", .string(CostFormat.quantity(estimate.hoursPerMonth))),
            ]
            if let budget = entry.budget {
                fields.append(("budget", .object([
                    ("monthly", .string(CostFormat.money(budget.amount))),
                    ("over_by", entry.overBudget.map { .string(CostFormat.money($0)) } ?? .null),
                ])))
            }
            return .object(fields)
        }
        let errors = report.errors.map(JSONCheckReporter.diagnostic)
        return JSONValue.object([("version", .int(1)), ("designs", .array(designs)), ("errors", .array(errors))]).serialized()
    }

    static func component(_ component: ComponentEstimate) -> JSONValue {
        .object([
            ("component", .string(component.component)),
            ("type", .string(component.type)),
            ("region", .string(component.region)),
            ("monthly", .string(CostFormat.money(component.monthly))),
            ("line_items", .array(component.lineItems.map { item in
                .object([
                    ("description", .string(item.description)),
                    ("quantity", .string(CostFormat.quantity(item.quantity))),
                    ("unit", .string(item.unit)),
                    ("unit_price", item.unitPriceText.map(JSONValue.string) ?? .null),
                    ("monthly", item.monthly.map { .string(CostFormat.money($0)) } ?? .null),
                    ("rate", .string(item.rate)),
                    ("source", .optional(item.source)),
                    ("read", .optional(item.read)),
                    ("via", .optional(item.via)),
                    ("missing", .optional(item.missing)),
                ])
            })),
            ("assumptions", .array(component.assumptions.map(JSONValue.string))),
        ])
    }
}
