import Foundation
import Testing

@Suite struct ServicesCommandTests {
    @Test func jsonListsEveryTypeWithCategoryAndProperties() throws {
        let result = try DataplanBinary.run(["services", "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let types = try #require(object["types"] as? [[String: Any]])
        #expect(types.count == 55)
        let kinesis = try #require(types.first { $0["name"] as? String == "kinesis-data-streams" })
        #expect(kinesis["category"] as? String == "ingestion")
        let properties = try #require(kinesis["properties"] as? [[String: Any]])
        #expect(properties.map { $0["name"] as? String } == ["mode", "shards", "retention", "consumers"])
        #expect(types.allSatisfy { $0["category"] is String && $0["properties"] is [Any] })
    }

    @Test func markdownAndTextFormats() throws {
        let markdown = try DataplanBinary.run(["services", "--format", "markdown"])
        #expect(markdown.stdout.contains("#### `kinesis-data-streams`: Amazon Kinesis Data Streams"))
        let text = try DataplanBinary.run(["services"])
        #expect(text.stdout.hasPrefix("Sources (outside AWS)\n  web-app"))
    }
}

/// `dataplan rates`: the bundled tables with their dates and how much of each is priced.
@Suite struct RatesCommandTests {
    @Test func theBundledTablesArePricedNineInTen() throws {
        let result = try DataplanBinary.run(["rates", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let tables = try #require(object["tables"] as? [[String: Any]])
        #expect(tables.compactMap { $0["region"] as? String } == ["eu-west-1", "us-east-1"])
        for table in tables {
            let priced = table["priced"] as? Int ?? 0, listed = table["list_prices"] as? Int ?? 1
            #expect(priced * 10 >= listed * 9, "\(table)")
        }
        let text = try DataplanBinary.run(["rates"])
        #expect(
            text.stdout.contains(
                "us-east-1  PricingTables/us-east-1.yaml\n  priced: 165 of 183 list prices (90%), 7 tiered\n"))
    }

    @Test func aBrokenOverrideExitsWith2() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dataplan-rates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "region: us-east-1\nrates: {nosuch/rate: {unit: GB}}\n".write(
            to: folder.appendingPathComponent("us-east-1.yaml"),
            atomically: true, encoding: .utf8)
        let result = try DataplanBinary.run(["rates", "--pricing", folder.path])
        #expect(result.status == 2 && result.stderr.contains("unknown rate 'nosuch/rate'"), "\(result.stderr)")
    }
}
