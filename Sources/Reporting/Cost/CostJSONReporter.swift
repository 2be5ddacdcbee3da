import Pricing

/// The JSON of interface.md; lines without a rate have `unit_price` and `monthly` null and a
/// `missing` reason (extension), and each design says its budget and how far over it is (extension).
public enum CostJSONReporter {
    public static func report(_ report: CostReport, options: ReportOptions) -> String {
        var json = JSONWriter()
        json.object { json in
            json.field("version", 1)
            json.key("designs")
            json.array { json in
                for entry in report.entries {
                    guard let estimate = entry.estimate else { continue }
                    json.object { json in
                        design(entry, estimate, allowUnpriced: report.allowUnpriced, options, to: &json)
                    }
                }
            }
            JSONCheckReporter.writeSkipped(report.skipped, to: &json)
            json.key("errors")
            json.array { json in for error in report.errors { JSONCheckReporter.diagnostic(error).write(to: &json) } }
        }
        return json.finish()
    }

    static func design(
        _ entry: CostReport.Entry, _ estimate: DesignEstimate, allowUnpriced: Bool, _ options: ReportOptions,
        to json: inout JSONWriter
    ) {
        json.field("path", RelativePath.of(estimate.path, in: options.workingDirectory))
        json.field("design", estimate.design)
        json.field("currency", estimate.currency)
        json.field("monthly_total", CostFormat.money(estimate.monthlyTotal))
        json.key("monthly_total_is_lower_bound")
        json.bool(estimate.missingRates > 0)
        json.key("components")
        json.array { json in json.elements(estimate.components) { component, json in write(component, to: &json) } }
        json.key("unpriced")
        json.array { json in
            for unpriced in estimate.unpriced {
                json.object { json in
                    json.field("component", unpriced.component)
                    json.field("reason", unpriced.reason)
                }
            }
        }
        json.field("missing_rates", estimate.missingRates)
        json.field("hours_per_month", CostFormat.quantity(estimate.hoursPerMonth))
        if let budget = entry.budget {
            json.key("budget")
            json.object { json in
                json.field("monthly", CostFormat.money(budget.amount))
                json.field("over_by", entry.overBudget.map(CostFormat.money))
                json.field("cannot_verify", entry.cannotVerify(allowingUnpriced: allowUnpriced))
            }
        }
    }

    static func write(_ component: ComponentEstimate, to json: inout JSONWriter) {
        json.object { json in
            json.field("component", component.component)
            json.field("type", component.type)
            json.field("region", component.region)
            json.field(
                "monthly",
                component.missingRates == component.lineItems.count && component.missingRates > 0
                    ? nil : CostFormat.money(component.monthly))
            json.key("line_items")
            json.array { json in
                for item in component.lineItems {
                    json.object { json in
                        json.field("description", item.description)
                        json.field("quantity", CostFormat.quantity(item.quantity))
                        json.field("unit", item.unit)
                        json.field("unit_price", item.unitPriceText)
                        json.field("monthly", item.monthly.map(CostFormat.money))
                        json.field("rate", item.rate)
                        json.field("source", item.source)
                        json.field("read", item.read)
                        json.field("via", item.via)
                        json.field("missing", item.missing)
                    }
                }
            }
            json.key("assumptions")
            json.array { json in for assumption in component.assumptions { json.string(assumption) } }
        }
    }
}
