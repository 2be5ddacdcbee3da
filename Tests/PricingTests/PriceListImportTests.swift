import Foundation
import Testing
import YAMLLoader
@testable import Pricing

/// `dataplan rates import`: offer files in the Price List Bulk API's format, small ones written for the tests.
@Suite struct PriceListImportTests {
    /// A product with its On-Demand price dimensions, as an offer file writes them.
    static func product(
        _ sku: String, _ attributes: [String: String], _ dimensions: [(begin: String, end: String, usd: String)]
    )
        -> (product: String, term: String)
    {
        let attributeText = attributes.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \"\($0.value)\"" }.joined(
            separator: ", ")
        let product =
            "\"\(sku)\": {\"sku\": \"\(sku)\", \"productFamily\": \"Serverless\", \"attributes\": {\(attributeText)}}"
        let priced = dimensions.enumerated().map { index, dimension in
            "\"\(sku).JRTCKXETXF.R\(index)\": {\"beginRange\": \"\(dimension.begin)\", \"endRange\": "
                + "\"\(dimension.end)\", "
                + "\"unit\": \"Units\", \"pricePerUnit\": {\"USD\": \"\(dimension.usd)\"}}"
        }.joined(separator: ", ")
        let term =
            "\"\(sku)\": {\"\(sku).JRTCKXETXF\": {\"offerTermCode\": \"JRTCKXETXF\", \"priceDimensions\": {\(priced)}}}"
        return (product, term)
    }

    static func offer(_ code: String, _ products: [(product: String, term: String)]) -> [UInt8] {
        let text = """
            {"formatVersion": "v1.0", "offerCode": "\(code)", "version": "20251202000000",
             "publicationDate": "2025-12-02T00:00:00Z",
             "products": {\(products.map(\.product).joined(separator: ", "))},
             "terms": {"OnDemand": {\(products.map(\.term).joined(separator: ", "))}}}
            """
        return Array(text.utf8)
    }

    static let lambda = offer(
        "AWSLambda",
        [
            product(
                "REQ", ["regionCode": "eu-west-1", "group": "AWS-Lambda-Requests", "usagetype": "EU-Request"],
                [("0", "Inf", "0.0000002000")]),
            product(
                "DUR", ["regionCode": "eu-west-1", "group": "AWS-Lambda-Duration", "usagetype": "EU-Lambda-GB-Second"],
                [
                    ("0", "6000000000", "0.0000166667"), ("6000000000", "15000000000", "0.0000150000"),
                    ("15000000000", "Inf", "0.0000133334"),
                ]),
            product(
                "USREQ", ["regionCode": "us-east-1", "group": "AWS-Lambda-Requests", "usagetype": "Request"],
                [("0", "Inf", "0.0000002000")]),
        ])

    static func importer(_ filters: [PriceListFilter] = PriceListFilter.bundled().filters) -> PriceListImporter {
        PriceListImporter(
            filters: filters, region: "eu-west-1", base: RateBook.bundled().tables["eu-west-1"], today: "2026-12-07")
    }

    @Test func theBundledFiltersRead() {
        let (filters, diagnostics) = PriceListFilter.bundled()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(filters.count >= 10)
    }

    @Test func pricesAreScaledToTheKeysUnitAndRangesBecomeTiers() throws {
        let result = Self.importer().run([("lambda.json", Self.lambda)])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.found == ["lambda/requests", "lambda/gb-second/x86_64"])
        #expect(
            result.notFound.contains("lambda/gb-second/arm64"),
            "a key the files do not give is reported and left as it was")
        let (table, problems) = RateTableReader.read(YAMLLoader().load(result.tableText, file: "eu-west-1.yaml"))
        #expect(problems.isEmpty, "\(problems)")
        let requests = try #require(table?.rates["lambda/requests"])
        #expect(requests.price == Decimal(string: "0.2") && requests.published == "2025-12-02")
        #expect(
            requests.via
                == "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/"
                + "AWSLambda/20251202000000/eu-west-1/index.json"
        )
        let duration = try #require(table?.rates["lambda/gb-second/x86_64"])
        #expect(duration.tiers.map(\.upTo) == [6_000_000_000, 15_000_000_000, nil])
        #expect(duration.tiers.map(\.priceText) == ["0.0000166667", "0.000015", "0.0000133334"])
        #expect(
            table?.rates.count == RateBook.bundled().tables["eu-west-1"]?.rates.count, "every other key keeps its entry"
        )
    }

    /// `aws pricing get-products` prints each product and its terms as a JSON string of a `PriceList` array.
    @Test func getProductsOutputReadsAsAnOffer() throws {
        let entry =
            "{\"serviceCode\": \"AmazonKinesis\", \"version\": \"20251103222648\", \"publicationDate\": "
            + "\"2025-11-03T22:26:48Z\", "
            + "\"product\": {\"sku\": \"K1\", \"attributes\": {\"regionCode\": \"eu-west-1\", \"usagetype\": "
            + "\"EU-Storage-ShardHour\", "
            + "\"operation\": \"shardHourStorage\"}}, \"terms\": {\"OnDemand\": {\"K1\": {\"K1.JRTCKXETXF\": "
            + "{\"priceDimensions\": "
            + "{\"K1.JRTCKXETXF.6YS6EN2CT7\": {\"beginRange\": \"0\", \"endRange\": \"Inf\", \"unit\": \"ShardHour\", "
            + "\"pricePerUnit\": {\"USD\": \"0.0170000000\"}}}}}}}}"
        let page = try JSONSerialization.data(withJSONObject: ["PriceList": [entry], "FormatVersion": "aws_v1"])
        let result = Self.importer().run([("get-products.json", [UInt8](page))])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.found == ["kinesis-data-streams/shard-hour"])
        #expect(
            result.tableText.contains(
                "    price: \"0.017\"\n    source: https://aws.amazon.com/kinesis/data-streams/pricing/\n"))
    }

    @Test func twoProductsMatchingOneFilterIsAnErrorNamingBoth() {
        let twins = Self.offer(
            "AWSLambda",
            [
                Self.product(
                    "ONE", ["regionCode": "eu-west-1", "group": "AWS-Lambda-Requests", "usagetype": "EU-Request"],
                    [("0", "Inf", "0.0000002")]),
                Self.product(
                    "TWO", ["regionCode": "eu-west-1", "group": "AWS-Lambda-Requests", "usagetype": "EU-Request-Edge"],
                    [("0", "Inf", "0.0000006")]),
            ])
        let result = Self.importer().run([("twins.json", twins)])
        #expect(
            result.diagnostics.map(\.message).contains {
                $0.contains("filter 'lambda/requests' matches more than one product in eu-west-1: SKUs ONE and TWO")
            }, "\(result.diagnostics)")
        #expect(!result.found.contains("lambda/requests"))
    }

    @Test func aFileThatIsNotAnOfferIsAnErrorAndTheOthersAreRead() {
        let result = Self.importer().run([
            ("broken.json", Array("{\"products\": [".utf8)), ("lambda.json", Self.lambda),
        ])
        #expect(result.diagnostics.first?.location.file == "broken.json")
        #expect(result.found.contains("lambda/requests"))
    }

    @Test func filtersWithAnUnknownKeyOrMatchAreRefusedAtTheirLine() {
        let (_, diagnostics) = PriceListFilter.read(
            """
            filters:
              lambda/request: {offer: AWSLambda, attributes: {group: AWS-Lambda-Requests}}
              lambda/requests: {offer: AWSLambda, attributes: {group: {starts-with: AWS}}}
            """, file: "filters.yaml")
        #expect(diagnostics.map(\.location.line) == [2, 3], "\(diagnostics)")
        #expect(diagnostics.first?.message.contains("did you mean 'lambda/requests'?") == true)
    }
}
