import Pricing

/// One row per line item (RFC 4180): design, component, type, region, description, quantity, unit,
/// unit price, monthly, rate, source, missing, read, via.
public enum CostCSVReporter {
    public static func report(_ report: CostReport, options: ReportOptions) -> String {
        var output =
            "design,component,type,region,description,quantity,unit,unit_price,monthly,rate,source,missing,read,via\r\n"
        for estimate in report.entries.compactMap(\.estimate) {
            for component in estimate.components {
                for item in component.lineItems {
                    let fields = [
                        estimate.design, component.component, component.type, component.region, item.description,
                        CostFormat.quantity(item.quantity), item.unit, item.unitPriceText ?? "",
                        item.monthly.map { CostFormat.money($0) } ?? "", item.rate, item.source ?? "",
                        item.missing ?? "", item.read ?? "", item.via ?? "",
                    ]
                    output += fields.map(field).joined(separator: ",") + "\r\n"
                }
            }
        }
        return output
    }

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacing(every: "\"", with: "\"\"") + "\""
    }
}
