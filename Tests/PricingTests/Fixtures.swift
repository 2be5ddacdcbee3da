import Foundation
import Testing
import YAMLLoader
import Model
@testable import Pricing

/// A rate table for tests only: round figures chosen to make the arithmetic easy to follow by
/// hand. They are not AWS's rates.
enum TestRates {
    static let prices: [String: String] = [
        "kinesis-data-streams/shard-hour": "0.015",
        "kinesis-data-streams/put-payload-units": "0.014",
        "kinesis-data-streams/extended-retention-shard-hour": "0.02",
        "kinesis-data-streams/on-demand-stream-hour": "0.04",
        "kinesis-data-streams/on-demand-gb-in": "0.08",
        "kinesis-data-streams/on-demand-gb-out": "0.04",
        "firehose/gb-ingested": "0.029",
        "firehose/format-conversion-gb": "0.018",
        "glue/dpu-hour": "0.44",
        "glue/flex-dpu-hour": "0.29",
        "lambda/requests": "0.20",
        "lambda/gb-second/x86_64": "0.0000166667",
        "lambda/gb-second/arm64": "0.0000133334",
        "athena/tb-scanned": "5",
        "emr/ec2-hour/m5.xlarge": "0.192",
        "emr/uplift-hour/m5.xlarge": "0.048",
        "emr/spot-discount": "0.7",
        "s3/storage-gb-month/standard": "0.023",
        "s3/put-requests": "0.005",
        "dynamodb/write-request-units": "0.625",
        "dynamodb/storage-gb-month": "0.25",
        "step-functions/standard-transitions": "0.025",
    ]

    static let table: RateTable = {
        var text = "region: us-east-1\ncurrency: USD\nrates:\n"
        for (key, price) in prices.sorted(by: { $0.key < $1.key }) {
            let unit = RateCatalog.spec(for: key)!.unit
            text +=
                "  \(key): {unit: \(unit), price: \"\(price)\", source: \"https://example.test/\", read: 2026-11-25}\n"
        }
        let (table, diagnostics) = RateTableReader.read(YAMLLoader().load(text, file: "test-rates.yaml"))
        precondition(diagnostics.isEmpty, "\(diagnostics)")
        return table!
    }()

    static let book = RateBook(tables: ["us-east-1": table])
}

/// The estimate of a design (text that must be valid) with the test rates.
func estimate(_ text: String, hours: Decimal = 730) throws -> DesignEstimate {
    let reading = DesignReader().read(YAMLLoader().load(text, file: "design.yaml"))
    let design = try #require(reading.design, "\(reading.diagnostics)")
    return Estimator(book: TestRates.book, settings: EstimateSettings(hoursPerMonth: hours)).estimate(
        DesignGraph(design), path: "design.yaml")
}

/// The line items of one component as "description: quantity unit = monthly".
func lines(_ estimate: DesignEstimate, _ component: String) -> [String] {
    estimate.components.first { $0.component == component }?.lineItems.map {
        "\($0.description): \($0.quantity.rounded(6)) \($0.unit) = \($0.monthly.map { "\($0)" } ?? "unpriced")"
    } ?? []
}
