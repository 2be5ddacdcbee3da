import Foundation
import Testing
import YAMLLoader
import Diagnostics
import Model
@testable import Pricing

/// `usage:` figures in the units people write: a count a month, or a rate multiplied out over the month.
@Suite struct UsageTests {
    /// Every usage key that counts something a month, for every type that takes it.
    static let monthlyKeys: [(type: String, key: String)] = UsageKeys.byType.keys.sorted().flatMap { type in
        UsageKeys.byType[type]!.filter { $0.kind == .anyOf([.count, .recordRate]) }.map { (type, $0.name) }
    }

    static func usage(_ type: String, _ key: String, _ written: String) throws -> Decimal? {
        let text = "dataplan: 1\nname: t\ncomponents:\n  c: {type: \(type), usage: {\(key): \(written)}}\n"
        let reading = DesignReader().read(YAMLLoader().load(text, file: "t.yaml"))
        let design = try #require(reading.design, "\(reading.diagnostics)")
        let graph = DesignGraph(design)
        let context = PricingContext(
            component: design.components[0], graph: graph, index: 0, region: "us-east-1", table: nil,
            month: Month(hours: 730))
        return context.usage(key)
    }

    /// 2,628,000 a month is 86,400 a day and one a second, in a month of 730 hours.
    @Test func aCountAPerDayAndAPerSecondRateMeanTheSameMonth() throws {
        #expect(Self.monthlyKeys.count >= 20)
        for (type, key) in Self.monthlyKeys {
            let count = try Self.usage(type, key, "2628000")
            #expect(count == 2_628_000, "\(type).\(key)")
            #expect(try Self.usage(type, key, "86400/day") == count, "\(type).\(key) per day")
            #expect(try Self.usage(type, key, "1/s") == count, "\(type).\(key) per second")
            #expect(try Self.usage(type, key, "31536000/year") == count, "\(type).\(key) per year")
        }
    }

    @Test func hoursAreANumberOrADuration() throws {
        #expect(try Self.usage("emr", "hours", "100") == 100)
        #expect(try Self.usage("emr", "hours", "100h") == 100)
        #expect(try Self.usage("s3", "storage", "1KB") == 1000)
    }

    @Test(arguments: [
        ("lambda", "request: 5", "unknown key 'request' in 'usage'; did you mean 'requests'?"),
        ("lambda", "banana: 5", "unknown key 'banana' in 'usage' (it takes requests)"),
        ("s3", "storage: 2M/month", "'storage' has value '2M/month', which is not size"),
        ("budgets", "requests: 5", "unknown key 'requests' in 'usage' (it takes no keys here)"),
    ])
    func aFigureThatCannotMeanItsKeyIsAPositionedError(type: String, usage: String, message: String) throws {
        let text = "dataplan: 1\nname: t\ncomponents:\n  c: {type: \(type), usage: {\(usage)}}\n"
        let reading = DesignReader().read(YAMLLoader().load(text, file: "t.yaml"))
        let error = try #require(reading.diagnostics.first { $0.severity == .error })
        #expect(error.message.hasPrefix(message), "\(error.message)")
        #expect(error.location.line == 4 && error.location.column > 1)
    }
}
