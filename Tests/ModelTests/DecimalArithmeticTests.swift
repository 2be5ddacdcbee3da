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

    /// Quotients of 38 digits (sevenths and thirds) and 120 values of `digits` random digits, a
    /// quarter of them negative, at exponents in `exponents`.
    private static func longValues(seed: UInt64, digits: ClosedRange<Int>, exponents: ClosedRange<Int>) -> [Decimal] {
        var generator = SplitMix64(seed: seed)
        var long: [Decimal] = (1...40).map { Decimal($0) / 7 } + (1...40).map { Decimal($0) / 3 }
        for _ in 0..<120 {
            let count = digits.lowerBound + Int(generator.next() % UInt64(digits.count))
            let text = (0..<count).map { _ in String(generator.next() % 10) }.joined()
            let sign = generator.next() % 4 == 0 ? "-" : ""
            let exponent = exponents.lowerBound + Int(generator.next() % UInt64(exponents.count))
            long.append(Decimal(string: sign + text + "e\(exponent)")!)
        }
        return long
    }

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

    @Test func differencesAreFoundationsToTheByte() {
        var mismatches: [String] = []
        for left in Self.figures {
            for right in Self.figures where Self.bytes(left.minus(right)) != Self.bytes(left - right) {
                mismatches.append("\(left) - \(right): \(left.minus(right)), Foundation \(left - right)")
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

    /// Products past 128 bits (a quotient of 38 digits times a figure, or two long figures) are
    /// cut to 128 bits as Foundation cuts them, to the byte.
    @Test func productsPast128BitsAreCutAsFoundationCutsThem() {
        #expect(DecimalParts.cutsAsFoundation)
        let long = Self.longValues(seed: 7, digits: 20...38, exponents: -20...9)
        var cut = 0
        var mismatches: [String] = []
        for left in long {
            for right in long + Self.figures {
                guard let a = DecimalParts(left), let b = DecimalParts(right), a.times(b) == nil else { continue }
                cut += 1
                if Self.bytes(left.times(right)) != Self.bytes(left * right) {
                    mismatches.append("\(left) × \(right): \(left.times(right)), Foundation \(left * right)")
                }
            }
        }
        #expect(cut > 40_000, "the products tried pass 128 bits")
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test func comparisonsAreFoundations() {
        let values = Self.figures + Self.figures.prefix(60).map { $0.shifted(by: 1) } + [Decimal.nan]
            + ["1.0", "1024.000", "-0", "0.000", "1e-128", "-1e127", "0.10", "100e-2"].map { Decimal(string: $0)! }
        var mismatches: [String] = []
        for left in values {
            if left.isPositive != (left > 0) { mismatches.append("\(left) > 0") }
            for right in values {
                if left.equals(right) != (left == right) { mismatches.append("\(left) == \(right)") }
                if let l = DecimalParts(left), let r = DecimalParts(right), (l.order(against: r) < 0) != (left < right) {
                    mismatches.append("\(left) < \(right)")
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        #expect(Decimal(string: "1024.000")!.equals(1024), "equal values stored differently are equal")
    }

    /// Where Foundation's quotient is exact, the mantissa path gives its very bytes; where the exact
    /// quotient ends but Foundation's is off (it loses a divisor's digit on a few quotients near
    /// 10^37), the mantissa path gives the exact one; elsewhere it is Foundation's.
    @Test func quotientsAreFoundationsToTheByteOrExactWhereItIsNot() {
        var mismatches: [String] = []
        var exact = 0, foundationOff = 0
        let divisors = Self.figures + ["1073741824", "3600", "24", "0.25", "1048576", "8", "1e-3", "-40", "1024000"].map { Decimal(string: $0)! }
        func isExact(_ quotient: Decimal, _ left: Decimal, _ right: Decimal) -> Bool {
            guard let q = DecimalParts(quotient), let r = DecimalParts(right), let product = q.times(r)?.compactDecimal else { return false }
            return product == left
        }
        for left in Self.figures {
            for right in divisors where !right.isZero {
                let quotient = left.divided(by: right), foundation = left / right
                guard let l = DecimalParts(left), let r = DecimalParts(right), l.mantissa != 0, l.divided(by: r) != nil else {
                    if Self.bytes(quotient) != Self.bytes(foundation) { mismatches.append("\(left) ÷ \(right): off the path, yet not Foundation's") }
                    continue
                }
                exact += 1
                if !isExact(quotient, left, right) {
                    mismatches.append("\(left) ÷ \(right): \(quotient) is not exact")
                } else if isExact(foundation, left, right) {
                    if Self.bytes(quotient) != Self.bytes(foundation) { mismatches.append("\(left) ÷ \(right): \(quotient), Foundation \(foundation)") }
                } else {
                    foundationOff += 1
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        #expect(exact > 10_000, "the mantissa path was taken \(exact) times")
        #expect(foundationOff < 10, "Foundation was off \(foundationOff) times")
    }

    /// Quotients that do not end (a third, a volume over a rate) are cut to 128 bits as Foundation
    /// cuts them, to the byte, whatever the lengths, signs and exponents.
    @Test func quotientsThatDoNotEndAreCutAsFoundationCutsThem() {
        #expect(DecimalParts.dividesAsFoundation)
        let long = Self.longValues(seed: 11, digits: 1...38, exponents: -30...29)
        var cut = 0, foundations = 0
        var mismatches: [String] = []
        for left in long {
            for right in long + Self.figures where !right.isZero {
                guard let a = DecimalParts(left), let b = DecimalParts(right), a.mantissa != 0, a.divided(by: b) == nil else { continue }
                if a.dividedCut(by: b) != nil { cut += 1 } else { foundations += 1 }
                if Self.bytes(left.divided(by: right)) != Self.bytes(left / right) {
                    mismatches.append("\(left) ÷ \(right): \(left.divided(by: right)), Foundation \(left / right)")
                }
            }
        }
        #expect(cut > 60_000, "the quotients cut on the mantissa path: \(cut)")
        #expect(foundations > 1_000, "the quotients left to Foundation (exponents 19 or more apart): \(foundations)")
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test(arguments: [("1", "3", false), ("1", "8", true), ("7", "1073741824", true), ("6", "15", true), ("1", "7e5", false), ("0.9", "0.3", true)])
    func aQuotientIsExactJustWhenItEnds(dividend: String, divisor: String, ends: Bool) {
        let left = DecimalParts(Decimal(string: dividend)!)!, right = DecimalParts(Decimal(string: divisor)!)!
        #expect((left.divided(by: right) != nil) == ends)
    }

    @Test(arguments: [Decimal.RoundingMode.plain, .up, .down, .bankers])
    func roundingIsFoundationsToTheByte(mode: Decimal.RoundingMode) {
        var mismatches: [String] = []
        let inputs = Self.figures + Self.figures.map { $0.shifted(by: 3) } + Self.figures.map { $0 / 3 }
            + Self.figures.map { -$0 / 7 }
            + ["0.005", "-0.005", "0.0049", "2.675", "99.995", "-99.995", "0.000", "1.10", "-1.21", "1.25", "-1.25",
               "1.35", "-1.35", "12355", "-0.0001", "0", "-12345678901234567890123456789012345678e-50"].map { Decimal(string: $0)! }
        for figure in inputs {
            for scale in [-2, 0, 1, 2, 4, 6, 10, 40] {
                var input = figure, expected = Decimal()
                NSDecimalRound(&expected, &input, scale, mode)
                if Self.bytes(figure.rounded(scale, mode)) != Self.bytes(expected) {
                    mismatches.append("\(figure) to \(scale): \(figure.rounded(scale, mode)), Foundation \(expected)")
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count): \(mismatches.prefix(5))")
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
