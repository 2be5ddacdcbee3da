import Foundation
import Testing
@testable import Model

/// Rounding to a scale gives the value Foundation's `NSDecimalRound` gives, in every mode, for figures of every
/// length: everyday prices, 38-digit quotients, huge and tiny values, negatives and zero.
@Suite struct DecimalRoundingTests {
    static let figures: [Decimal] = {
        var figures = [
            "0", "1", "-1", "0.5", "1024", "0.0000166667", "0.023", "730", "1e20", "-3.25", "1e-40", "12.000",
            "0.005", "-0.005", "0.0049", "2.675", "99.995", "-99.995", "1.25", "-1.25", "1.35", "-1.35", "12355",
            "-0.0001", "99999999999999999999", "-12345678901234567890123456789012345678e-50",
        ]
        .map { Decimal(string: $0)! }
        figures += (1...60).map { Decimal($0) / 7 } + (1...60).map { -Decimal($0) / 3 }
        figures += (1...60).map { Decimal($0 * 1_048_573) / 65_536 }
        return figures
    }()

    @Test(arguments: [Decimal.RoundingMode.plain, .up, .down, .bankers])
    func roundingGivesFoundationsValue(mode: Decimal.RoundingMode) {
        var mismatches: [String] = []
        for figure in Self.figures {
            for scale in [-2, 0, 1, 2, 4, 6, 10, 40] {
                var input = figure, expected = Decimal()
                NSDecimalRound(&expected, &input, scale, mode)
                if figure.rounded(scale, mode) != expected {
                    mismatches.append("\(figure) to \(scale): \(figure.rounded(scale, mode)), Foundation \(expected)")
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count): \(mismatches.prefix(5))")
    }

    /// A quantity made by dividing bytes into gibibytes, then split and priced, rounds as written.
    @Test func aQuotientTimesAPriceRoundsToTheCent() {
        let gigabytes = Decimal(string: "644245094400000")! / 1_073_741_824
        let beyond = gigabytes - 512_000
        #expect(beyond == 88_000)
        #expect((beyond * Decimal(string: "0.021")!).rounded(2) == 1848)
    }

    @Test func shiftingMovesTheExponentExactly() {
        #expect(Decimal(string: "1.5")!.shifted(by: 3) == 1500)
        #expect(Decimal(1500).shifted(by: -6) == Decimal(string: "0.0015")!)
        #expect(Decimal(1000).powerOfTen == 3 && Decimal(1).powerOfTen == 0 && Decimal(300).powerOfTen == nil)
    }
}
