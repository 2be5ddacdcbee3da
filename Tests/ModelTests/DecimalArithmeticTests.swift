import Foundation
import Testing
@testable import Model

/// `plus` and `times` give Foundation's `+` and `*` to the byte, on the mantissa path and off it.
@Suite struct DecimalArithmeticTests {
    private static func bytes(_ value: Decimal) -> [UInt8] {
        withUnsafeBytes(of: value) { Array($0) }
    }

    /// Figures as designs and rate tables write them, their quotients (38 digits), huge and tiny
    /// values, negatives and zero.
    private static let figures: [Decimal] = {
        var generator = SplitMix64(seed: 2026)
        var figures = ["0", "1", "-1", "0.5", "1024", "100", "0.0000166667", "0.023", "730", "1e20", "-3.25",
                       "340282366920938463463374607431768211455", "1e-40", "12.000", "99999999999999999999"]
            .map { Decimal(string: $0)! }
        for _ in 0..<400 {
            let mantissa = generator.next() % [10, 1_000, 1_000_000, 1 << 40, UInt64.max][Int(generator.next() % 5)]
            let exponent = Int(generator.next() % 25) - 12
            let sign = generator.next() % 4 == 0 ? "-" : ""
            figures.append(Decimal(string: "\(sign)\(mantissa)e\(exponent)")!)
        }
        figures += (1...30).map { Decimal($0) / 7 }
        return figures
    }()

    @Test func thisFoundationsLayoutIsWritable() {
        #expect(DecimalParts.isWritable)
    }

    @Test func sumsAreFoundationsToTheByte() {
        var mismatches: [String] = []
        for left in Self.figures {
            for right in Self.figures where Self.bytes(left.plus(right)) != Self.bytes(left + right) {
                mismatches.append("\(left) + \(right): \(left.plus(right)), Foundation \(left + right)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test func productsAreFoundationsToTheByte() {
        var mismatches: [String] = []
        for left in Self.figures {
            for right in Self.figures where Self.bytes(left.times(right)) != Self.bytes(left * right) {
                mismatches.append("\(left) × \(right): \(left.times(right)), Foundation \(left * right)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test func roundingIsFoundationsToTheByte() {
        var mismatches: [String] = []
        let inputs = Self.figures + Self.figures.map { $0.shifted(by: 3) } + Self.figures.map { $0 / 3 }
            + ["0.005", "-0.005", "0.0049", "2.675", "99.995", "-99.995", "0.000", "1.10"].map { Decimal(string: $0)! }
        for figure in inputs {
            for scale in [-2, 0, 1, 2, 4, 6, 10] {
                var input = figure, expected = Decimal()
                NSDecimalRound(&expected, &input, scale, .plain)
                if Self.bytes(figure.rounded(scale)) != Self.bytes(expected) {
                    mismatches.append("\(figure) to \(scale): \(figure.rounded(scale)), Foundation \(expected)")
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test func shiftsAreFoundationsToTheByte() {
        var mismatches: [String] = []
        for figure in Self.figures + Self.figures.map({ $0 / 3 }) {
            for power in [-40, -12, -3, -1, 0, 1, 3, 12, 40, 120] {
                var input = figure, expected = Decimal()
                _ = NSDecimalMultiplyByPowerOf10(&expected, &input, Int16(power), .plain)
                if Self.bytes(figure.shifted(by: power)) != Self.bytes(expected) {
                    mismatches.append("\(figure) by \(power): \(figure.shifted(by: power)), Foundation \(expected)")
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test func theMantissaPathIsTakenForEverydayFigures() throws {
        let rate = try #require(DecimalParts(Decimal(string: "100")!)), size = try #require(DecimalParts(Decimal(1024)))
        #expect(rate.times(size)?.compactDecimal == Decimal(102_400))
        #expect(rate.plus(size)?.compactDecimal == Decimal(1_124))
        let huge = try #require(DecimalParts(Decimal(string: "340282366920938463463374607431768211455")!))
        #expect(huge.plus(huge) == nil)
        #expect(huge.times(try #require(DecimalParts(Decimal(3)))) == nil)
    }

    @Test func sumsOfSequencesAddInOrder() {
        #expect([Decimal(string: "0.1")!, Decimal(string: "0.2")!, Decimal(3)].sum() == Decimal(string: "3.3")!)
        #expect([Decimal]().sum() == 0)
    }
}

/// A seeded generator (SplitMix64), so that the figures are the same on every run.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
