import Foundation
import Testing
import YAMLLoader
import Model
@testable import Pricing

@Suite struct CoverageTests {
    /// Every type of the vocabulary is priced, or marked free or outside AWS with a reason.
    @Test(arguments: ComponentCatalog.all.map(\.name))
    func everyTypeIsPricedOrMarked(type: String) throws {
        let text = "dataplan: 1\nname: t\ncomponents:\n  c: {type: \(type)}\n"
        let design = try #require(DesignReader().read(YAMLLoader().load(text, file: "t.yaml")).design)
        let result = Estimator(book: RateBook.bundled()).estimate(DesignGraph(design), path: "t.yaml")
        if let priced = result.components.first {
            #expect(!priced.lineItems.isEmpty, "\(type) is priced with no line")
            #expect(
                priced.lineItems.allSatisfy { RateCatalog.spec(for: $0.rate) != nil },
                "\(type) uses a rate key the catalog lacks")
        } else {
            let reason = try #require(result.unpriced.first?.reason, "\(type) is neither priced nor marked")
            #expect(
                reason.hasPrefix("free: ") || reason == "outside AWS" || reason.hasPrefix("no billable usage: "),
                "\(type): \(reason)")
        }
    }

    /// Every key the estimator uses is in every bundled table, with its unit, a source, and a price or a reason.
    @Test func everyRateKeyIsInEveryBundledRegion() throws {
        let book = RateBook.bundled()
        #expect(book.diagnostics.map(\.description) == [])
        #expect(Set(book.tables.keys) == ["us-east-1", "eu-west-1"])
        for (region, table) in book.tables {
            for spec in RateCatalog.specs {
                #expect(table.rates.keys.contains { spec.matches($0) }, "\(region) lacks \(spec.key)")
            }
            #expect(
                table.rates.values.allSatisfy {
                    ($0.price != nil) != ($0.missing != nil) && $0.source.hasPrefix("https://aws.amazon.com/")
                })
        }
    }
}
