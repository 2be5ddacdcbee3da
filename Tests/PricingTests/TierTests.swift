import Foundation
import Testing
import YAMLLoader
import Model
@testable import Pricing

/// Tiered rates: a quantity is split across the tiers it reaches, a line each, and the tables' tiers are sound.
@Suite struct TierTests {
    static func book(_ tiers: String) throws -> RateBook {
        let text = """
            region: us-east-1
            rates:
              s3/storage-gb-month/standard:
                unit: GB-month
                tiers:
            \(tiers)
                source: https://aws.amazon.com/s3/pricing/
                read: 2026-12-07
            """
        let (table, diagnostics) = RateTableReader.read(YAMLLoader().load(text, file: "tiers.yaml"))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        return RateBook(tables: ["us-east-1": try #require(table)])
    }

    static let s3Tiers = """
              - {up-to: 51200, price: "0.023"}
              - {up-to: 512000, price: "0.022"}
              - {price: "0.021"}
        """

    func storage(_ size: String, book: RateBook) throws -> [LineItem] {
        let text = "dataplan: 1\nname: t\ncomponents:\n  lake: {type: s3, usage: {storage: \(size)}}\n"
        let design = try #require(DesignReader().read(YAMLLoader().load(text, file: "t.yaml")).design)
        let estimate = Estimator(book: book).estimate(DesignGraph(design), path: "t.yaml")
        return estimate.components.first?.lineItems.filter { $0.rate.hasPrefix("s3/storage") } ?? []
    }

    /// 600,000 GB: 51,200 at 0.023, 460,800 at 0.022, 88,000 at 0.021.
    @Test func aQuantityIsSplitAcrossTheTiersItReaches() throws {
        let lines = try storage("600000GiB", book: try Self.book(Self.s3Tiers))
        #expect(lines.map(\.quantity) == [51_200, 460_800, 88_000])
        #expect(lines.map { $0.monthly! } == [Decimal(string: "1177.6")!, Decimal(string: "10137.6")!, 1848])
        #expect(
            lines.map(\.description) == [
                "Storage (standard), tier first 51,200", "Storage (standard), tier 51,200 to 512,000",
                "Storage (standard), tier over 512,000",
            ])
    }

    @Test func aQuantityInTheFirstTierIsOneLine() throws {
        let lines = try storage("1000GiB", book: try Self.book(Self.s3Tiers))
        #expect(lines.map(\.quantity) == [1_000])
        #expect(lines.first?.monthly == 23)
    }

    @Test(arguments: [
        ("      - {up-to: 100, price: \"1\"}\n      - {up-to: 50, price: \"2\"}\n      - {price: \"3\"}", "must rise"),
        ("      - {up-to: 100, price: \"1\"}\n      - {up-to: 200, price: \"2\"}", "the last tier"),
        ("      - {price: \"1\"}\n      - {price: \"2\"}", "but the last needs `up-to`"),
    ])
    func tiersThatDoNotJoinAreRefused(tiers: String, message: String) {
        let text =
            "region: us-east-1\nrates:\n  s3/storage-gb-month/standard:\n    unit: GB-month\n    tiers:\n\(tiers)\n"
            + "    source: https://aws.amazon.com/s3/pricing/\n    read: 2026-12-07\n"
        let (table, diagnostics) = RateTableReader.read(YAMLLoader().load(text, file: "tiers.yaml"))
        #expect(table == nil)
        #expect(diagnostics.contains { $0.message.contains(message) }, "\(diagnostics)")
    }
}

/// The bundled tables: every figure cited, every tiered rate contiguous, and most keys priced in each region.
@Suite struct BundledTableTests {
    @Test(arguments: ["us-east-1", "eu-west-1"])
    func everyPriceHasItsSourceCopyAndDates(region: String) throws {
        let table = try #require(RateBook.bundled().tables[region])
        for rate in table.rates.values where rate.price != nil {
            #expect(rate.source.hasPrefix("https://aws.amazon.com/"), "\(rate.key)")
            #expect(rate.read != nil, "\(rate.key) has no `read` date")
            #expect(rate.via != nil || rate.tiers.allSatisfy { $0.via != nil }, "\(rate.key) has no `via`")
            #expect(
                rate.published != nil || rate.via?.hasPrefix("https://github.com/") == false,
                "\(rate.key) has no `published` date")
        }
        for rate in table.rates.values where !rate.tiers.isEmpty {
            let bounds = rate.tiers.compactMap(\.upTo)
            #expect(
                bounds == bounds.sorted() && Set(bounds).count == bounds.count && rate.tiers.last?.upTo == nil,
                "\(rate.key)")
        }
    }

    /// Of the prices AWS publishes (not `emr/spot-discount`, which a design states), nine in ten are in each table.
    @Test(arguments: ["us-east-1", "eu-west-1"])
    func atLeastNineInTenListPricesArePriced(region: String) throws {
        let table = try #require(RateBook.bundled().tables[region])
        let listed = table.rates.values.filter { RateCatalog.spec(for: $0.key)?.isListPrice == true }
        let priced = listed.filter { $0.price != nil }.count
        #expect(priced * 10 >= listed.count * 9, "\(priced) of \(listed.count) priced in \(region)")
    }
}
