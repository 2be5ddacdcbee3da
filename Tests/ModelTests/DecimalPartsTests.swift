import Foundation
import Testing
@testable import Model

@Suite struct DecimalPartsTests {
    @Test func thisFoundationsLayoutIsReadable() {
        #expect(DecimalParts.isReadable)
    }

    @Test(arguments: [
        ("123.456", UInt128(123_456), -3, false), ("-2", 2, 0, true), ("0", 0, 0, false), ("1e20", 1, 20, false),
        ("-0.000001", 1, -6, true), ("18446744073709551617", 18_446_744_073_709_551_617, 0, false),
    ])
    func partsAreRead(text: String, mantissa: UInt128, exponent: Int, negative: Bool) throws {
        let value = try #require(Decimal(string: text))
        let parts = try #require(DecimalParts(value))
        #expect(parts.mantissa == mantissa)
        #expect(parts.mantissa == 0 || parts.exponent == exponent)
        #expect(parts.isNegative == negative)
    }

    @Test func notANumberHasNoParts() {
        #expect(DecimalParts(Decimal.nan) == nil)
    }

    /// Rounding on the mantissa gives what Foundation's rounding gives, half away from zero, for
    /// figures of every length: short ones, halves, and quotients of 38 digits.
    @Test func unitsAgreeWithFoundationsRounding() throws {
        var figures: [Decimal] = []
        for numerator in stride(from: -50_000, through: 50_000, by: 37) {
            figures.append(Decimal(numerator) / 1000)
            figures.append(Decimal(numerator) / 7)
            figures.append(Decimal(numerator) * Decimal(string: "1234567.891")!)
        }
        figures += ["2.5", "-2.5", "1.005", "0.125", "99999999999999999999999999.5", "1e30"].map { Decimal(string: $0)! }
        for figure in figures {
            for scale in [0, 1, 2, 4, 6] {
                let parts = try #require(DecimalParts(figure))
                let units = try #require(parts.units(scale: scale))
                var input = figure, rounded = Decimal()
                NSDecimalRound(&rounded, &input, scale, .plain)
                let expected = Decimal(string: String(units))! * (parts.isNegative ? -1 : 1)
                #expect(rounded.shifted(by: scale) == expected, "\(figure) at scale \(scale)")
            }
        }
    }

    @Test func fixedTextFromThePartsMatchesTheDescription() throws {
        for numerator in stride(from: -20_000, through: 20_000, by: 13) {
            let figure = Decimal(numerator) / 3
            var input = figure, rounded = Decimal()
            NSDecimalRound(&rounded, &input, 4, .plain)
            let described = "\(rounded)"
            let fixed = figure.fixedText(scale: 4)
            #expect(Decimal(string: fixed) == Decimal(string: described), "\(figure)")
            #expect(fixed.split(separator: ".").last?.count == 4)
        }
        #expect(Decimal(string: "730")!.fixedText(scale: 6) == "730.000000")
        #expect(Decimal(string: "-0.0004")!.fixedText(scale: 2) == "0.00")
        #expect(Decimal(string: "2.415")!.fixedText(scale: 2) == "2.42")
    }

    @Test func doublesAreWithinThreeRoundings() throws {
        for text in ["0.1", "123.456", "-987654321.123456789", "3.6e12", "1e-22"] {
            let value = try #require(Decimal(string: text))
            let double = try #require(DecimalParts(value)?.double)
            let expected = try #require(Double(text))
            #expect(abs(double - expected) <= 4e-16 * abs(expected), "\(text)")
        }
    }

    @Test func doublesOfWideExponentsAreWithinEightRoundings() throws {
        for text in ["1e-40", "0.33333333333333333333333333333333333333", "-1.2345678901234567890123456789e-100",
                     "3.4028236692093846346e120", "340282366920938463463374607431768211455e-127"] {
            let value = try #require(Decimal(string: text))
            let double = try #require(DecimalParts(value)?.double)
            let expected = try #require(Double(text))
            #expect(abs(double - expected) <= 1e-15 * abs(expected), "\(text)")
        }
    }

    @Test(arguments: [("1", 0), ("1000", 3), ("1000.000", 3), ("1e15", 15), ("1e18", 18)])
    func powersOfTenAreKnown(text: String, power: Int) throws {
        #expect(try #require(Decimal(string: text)).powerOfTen == power)
    }

    @Test(arguments: ["0", "1024", "0.001", "-10", "1e19", "20", "1.5e3"])
    func otherFiguresAreNotPowersOfTen(text: String) throws {
        #expect(try #require(Decimal(string: text)).powerOfTen == nil)
    }
}
