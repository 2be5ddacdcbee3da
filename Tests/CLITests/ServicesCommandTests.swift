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
