import Foundation
import Testing
@testable import Model

@Suite struct UnitsTests {
    @Test(arguments: [
        ("80ms", "0.08"), ("1s", "1"), ("15min", "900"), ("24h", "86400"), ("7d", "604800"), ("1.5h", "5400"),
    ])
    func durations(text: String, seconds: String) {
        #expect(Units.duration(text) == Decimal(string: seconds))
    }

    @Test(arguments: [
        ("1KB", "1000"), ("128MB", "128000000"), ("50TB", "50000000000000"), ("1PB", "1000000000000000"),
        ("1KiB", "1024"), ("4GiB", "4294967296"), ("500B", "500"), ("1 KB", "1000"),
    ])
    func sizes(text: String, bytes: String) {
        #expect(Units.size(text) == Decimal(string: bytes))
    }

    /// The spellings people type mean what the spec's do: `k`, lower-case sizes, `/hr`, `/sec`, `/second`, `/year`.
    @Test(arguments: [
        ("100k/s", "100K/s"), ("2M/hr", "2M/h"), ("2M/hour", "2M/h"), ("100K/second", "100K/s"), ("100K/sec", "100K/s"),
        ("10/minute", "10/min"), ("7/d", "7/day"),
    ])
    func commonRateSpellingsReadAsTheSpecsOnes(typed: String, spec: String) {
        #expect(Units.recordRate(typed) != nil && Units.recordRate(typed) == Units.recordRate(spec), "\(typed)")
    }

    @Test func aYearIsTwelveBillingMonths() throws {
        let perYear = try #require(Units.recordRate("24M/year")), perMonth = try #require(Units.recordRate("2M/month"))
        #expect(abs(perYear - perMonth) < Decimal(string: "1e-20")!)
        #expect(Units.byteRate("1.5tb/day") == Units.byteRate("1.5TB/day"))
        #expect(Units.byteRate("1.5 TB / day") == Decimal(string: "1500000000000")! / 86_400)
    }

    @Test func numbersHaveDigitsAndAtMostOnePointInside() {
        for text in ["", ".5", "5.", "1.2.3", "-5", "1e3", "+4", "1_000", "1 2", "５"] {
            #expect(Units.number(text) == nil, "\(text.debugDescription)")
        }
        #expect(Units.number(" 12.50 ") == Decimal(string: "12.5"))
        #expect(Units.number("12345678901234567890.5") == Decimal(string: "12345678901234567890.5"))
    }

    @Test func everyUnitKindListsTheUnitsItAccepts() {
        #expect(Units.accepted(for: .recordRate)?.contains("per s, sec, second") == true)
        #expect(Units.accepted(for: .recordRate)?.hasSuffix("month or year") == true)
        #expect(Units.accepted(for: .size) == "B, KB, MB, GB, TB, PB, KiB, MiB, GiB, TiB or PiB")
        #expect(Units.accepted(for: .bool) == nil)
    }

    @Test func moneyOptionsReadABareNumberAsAMonthsDollars() {
        #expect(Units.moneyOption("1000")?.amount == 1000)
        #expect(Units.moneyOption("1.5K USD")?.amount == 1500)
        #expect(Units.moneyOption("500 USD/month")?.amount == 500)
        #expect(Units.moneyOption("lots") == nil)
    }

    /// A number, then a suffix; spaces around either are allowed, anything else between them is not.
    @Test func numbersAndSuffixesAreSplitWhereTheDigitsEnd() {
        #expect(Units.size("\t5 KB ") == 5000)
        #expect(Units.size("1.5KiB") == 1536)
        #expect(Units.count(" 7 ") == 7)
        #expect(Units.duration("2 min") == 120)
        #expect(Units.size("1 2KB") == nil)
        #expect(Units.size("1.5.KB") == nil)
        #expect(Units.size("KB") == nil)
        #expect(Units.size("-5KB") == nil)
        #expect(Units.size("5kb") == 5000)
        #expect(Units.size("5Kb") == nil)
        #expect(Units.count("5K K") == nil)
    }

    @Test(arguments: [("120", "120"), ("100K", "100000"), ("1.5M", "1500000"), ("2B", "2000000000")])
    func counts(text: String, value: String) {
        #expect(Units.count(text) == Decimal(string: value))
    }

    @Test func rates() {
        #expect(Units.recordRate("100K/s") == 100_000)
        #expect((Units.recordRate("5M/day")! * 86400).rounded(20) == 5_000_000)
        #expect(Units.recordRate("600/min") == 10)
        #expect((Units.byteRate("2GB/day")! * 86400).rounded(20) == 2_000_000_000)
        #expect((Units.byteRate("730GB/month")! * 730 * 3600).rounded(20) == 730_000_000_000)
        #expect(Units.recordRate("2GB/day") == nil)
        #expect(Units.byteRate("100K/s") == nil)
    }

    @Test func bandwidthAndMoney() {
        #expect(Units.bandwidth("1Gbps") == 1_000_000_000)
        #expect(Units.bandwidth("500Mbps") == 500_000_000)
        #expect(Units.money("25000 USD/month") == Money(amount: 25000, currency: "USD", perMonth: true))
        #expect(Units.money("12.50 USD") == Money(amount: Decimal(string: "12.5")!, currency: "USD", perMonth: false))
        #expect(Units.money("25000") == nil)
    }

    @Test(arguments: ["", "abc", "1.2.3s", "-5s", "5 m", "1e3", "KB", ".5s", "5.s", "１s"])
    func refusedDurations(text: String) {
        #expect(Units.duration(text) == nil)
    }

    @Test func schedules() {
        #expect(Schedule.parse("daily")?.runs(inMonthOf: 730) == Decimal(730) / 24)
        #expect(Schedule.parse("hourly")?.runs(inMonthOf: 730) == 730)
        #expect(Schedule.parse("rate(15 minutes)")?.runs(inMonthOf: 730) == 2920)
        #expect(Schedule.parse("cron(0 2 * * ? *)") == .cron("cron(0 2 * * ? *)"))
        #expect(Schedule.parse("0 2 * * *") == .cron("0 2 * * *"))
        #expect(Schedule.parse("nightly") == nil)
        #expect(Schedule.parse("cron(0 2 * *)") == nil)
    }

    /// Numbers are made from their digits directly; they must be the very values Foundation reads
    /// (but for zeros with decimals, which Foundation keeps with their exponent: a zero is all zeros).
    @Test(arguments: [
        "0", "7", "100", "1.50", "0.25", "120", "123456789012345678", "1234567890123.45678", "1000000", "99.990",
    ])
    func numbersAreFoundationsToTheByte(text: String) throws {
        let read = try #require(Units.number(text)), foundation = try #require(Decimal(string: text))
        #expect(withUnsafeBytes(of: read) { Array($0) } == withUnsafeBytes(of: foundation) { Array($0) })
    }

    @Test func aZeroWithDecimalsIsZero() throws {
        let zero = try #require(Units.number("0.000"))
        #expect(zero == 0 && zero.plainText(scale: 2) == "0")
    }

    @Test func ratesTakeOneSlash() {
        #expect(Units.recordRate("100/s") == 100)
        #expect(Units.recordRate("2K / min") == Decimal(2000) / 60)
        #expect(Units.recordRate("1/s/s") == nil)
        #expect(Units.recordRate("100") == nil)
        #expect(Units.byteRate("10MB/s") == 10_000_000)
    }
}

/// Decimal figures written fast must read exactly as Decimal's own description would.
@Suite struct DecimalTextTests {
    @Test(arguments: [
        ("0", 2, "0", "0.00"), ("2.5", 2, "2.5", "2.50"), ("87600", 6, "87600", "87600.000000"),
        ("-54.505", 2, "-54.51", "-54.51"), ("0.004", 2, "0", "0.00"),
        ("0.0000166667", 10, "0.0000166667", "0.0000166667"),
        ("760.4166666666666666", 6, "760.416667", "760.416667"),
        ("123456789012345678901234", 2, "123456789012345678901234", "123456789012345678901234.00"),
        ("98765432109876543210.123456789", 6, "98765432109876543210.123457", "98765432109876543210.123457"),
        ("1e40", 0, "10000000000000000000000000000000000000000", "10000000000000000000000000000000000000000"),
        ("-0.001", 2, "0", "0.00"),
        ("-0.5", 0, "-1", "-1"), ("1.005", 2, "1.01", "1.01"),
    ])
    func plainAndFixedText(value: String, scale: Int, plain: String, fixed: String) throws {
        let decimal = try #require(Decimal(string: value))
        #expect(decimal.plainText(scale: scale) == plain)
        #expect(decimal.fixedText(scale: scale) == fixed)
    }

    @Test func everyFigureAgreesWithTheDescription() {
        var value = Decimal(string: "-1234.56789")!
        let step = Decimal(string: "0.731")!
        for _ in 0..<5_000 {
            let rounded = value.rounded(3)
            var described = "\(rounded)"
            if described.contains(".") {
                while described.hasSuffix("0") { described.removeLast() }
                if described.hasSuffix(".") { described.removeLast() }
            }
            #expect(value.plainText(scale: 3) == described, "\(value)")
            value += step
        }
    }

    /// Quotients carry 38 digits: written with a fixed scale, they read as Foundation rounds them.
    @Test(arguments: [0, 1, 2, 3, 4])
    func quotientsAgreeWithExactRounding(scale: Int) {
        var checked = 0
        for numerator in stride(from: -30_000, through: 30_000, by: 7) {
            for denominator in [3, 7, 8, 40, 1_000, 65_536] {
                let value = Decimal(numerator) / Decimal(denominator)
                var exact = "\(value.rounded(scale))"
                let decimals = exact.split(separator: ".").dropFirst().first?.count ?? 0
                if scale > 0 && decimals == 0 { exact += "." }
                exact += String(repeating: "0", count: scale - decimals)
                #expect(value.fixedText(scale: scale) == exact, "\(numerator)/\(denominator)")
                checked += 1
            }
        }
        #expect(checked > 40_000)
    }

    @Test func quotientsAndCeilingsAgreeWithTheDivision() {
        var shortcuts = 0
        for numerator in stride(from: 0, through: 400_000, by: 97) {
            for divisor in [60, 3600, 86400, 1024, 1000, 7, 25_600] {
                let value = Decimal(numerator) / 10, over = Decimal(divisor)
                #expect(Quantities.number(value, over: over) == Quantities.number(value / over), "\(value)/\(divisor)")
                #expect(
                    Quantities.ceiling(value, over: over) == Quantities.ceiling(value / over), "\(value)/\(divisor)")
                shortcuts += 1
            }
        }
        #expect(shortcuts > 20_000)
    }

    /// The unit a figure is written in is chosen as exact comparisons would choose it, also a
    /// hair either side of each boundary.
    @Test func unitsChangeExactlyAtTheirBoundaries() throws {
        let hair = try #require(Decimal(string: "0.000000000000000000001"))
        var figures: [Decimal] = []
        for boundary in [1, 100, 120, 1_000, 7_200, 172_800, 1_000_000, 1_000_000_000, 1_000_000_000_000] {
            figures += [Decimal(boundary) - hair, Decimal(boundary), Decimal(boundary) + hair]
        }
        figures += stride(from: 1, through: 2_000_000_000, by: 999_983).map { Decimal($0) / 7 }
        for value in figures {
            let suffix = [("B", 9), ("M", 6), ("K", 3)].first { value >= Decimal(1).shifted(by: $0.1) }?.0
            let count = Quantities.count(value)
            #expect(
                suffix.map { count.hasSuffix($0) } ?? count.allSatisfy { $0.isNumber || $0 == "." },
                "\(value): \(count)")
            #expect(Quantities.number(value) == value.plainText(scale: value >= 100 ? 0 : 2), "\(value)")
            let duration = Quantities.duration(value)
            let unit = value < 1 ? " ms" : value < 120 ? " s" : value < 7200 ? " min" : value < 172_800 ? " h" : " days"
            #expect(duration.hasSuffix(unit), "\(value): \(duration)")
        }
    }

    /// Numbers read digit by digit equal, and print as, Foundation's parse of the same text.
    @Test(arguments: [
        "0", "7", "0.25", "1.50", "120", "000123", "3.14159", "123456789012345678", "1234567890123456789",
        "99999999999999999999.5", "0.000000000000000001", "10.0",
    ])
    func numbersReadAsFoundationReadsThem(text: String) throws {
        let expected = try #require(Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")))
        let read = try #require(Units.number(text))
        #expect(read == expected)
        #expect("\(read)" == "\(expected)")
    }

    @Test func halvesRoundAwayFromZeroAndCeilingsAreExact() {
        #expect(Quantities.ceiling(Decimal(3100), over: Decimal(1000)) == 4)
        #expect(Quantities.ceiling(Decimal(3000), over: Decimal(1000)) == 3)
        #expect(Decimal(string: "1.005")!.fixedText(scale: 2) == "1.01")
        #expect(Decimal(string: "-2.5")!.fixedText(scale: 0) == "-3")
    }
}
