import Testing
@testable import Model

/// Figures written byte by byte read as the number's own description with the point put in.
@Suite struct FixedPointTextTests {
    /// The writing by strings it replaced: the count's description, padded, the point inserted,
    /// a minus sign for a count that is not zero; then trailing zeros and a bare point dropped.
    private static func byStrings(_ units: UInt128, negative: Bool, scale: Int, trimmingZeros: Bool) -> String {
        var digits = String(units)
        if scale > 0 {
            if digits.count <= scale { digits = String(repeating: "0", count: scale - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -scale))
        }
        var text = (negative && units != 0 ? "-" : "") + digits
        if trimmingZeros && text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    @Test func everyCountIsWrittenAsItsDescriptionWithThePointPutIn() {
        var generator = SplitMix64(seed: 26)
        var counts: [UInt128] = [0, 1, 5, 9, 10, 100, 1_000_000, UInt128(UInt64.max), UInt128(UInt64.max) + 1, 10_000_000_000_000_000_000, .max]
        for _ in 0..<3_000 {
            let high = generator.next() % 4 == 0 ? UInt128(generator.next()) << 64 : 0
            let low = UInt128(generator.next() >> (generator.next() % 64))
            counts.append(high | low)
        }
        var mismatches: [String] = []
        for count in counts {
            for scale in [0, 1, 2, 3, 6, 12, 25] {
                for negative in [false, true] {
                    for trimming in [false, true] {
                        let written = FixedPointText.write(units: count, negative: negative, scale: scale, trimmingZeros: trimming)
                        let expected = Self.byStrings(count, negative: negative, scale: scale, trimmingZeros: trimming)
                        if written != expected { mismatches.append("\(count) at \(scale): \(written), not \(expected)") }
                    }
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        #expect(FixedPointText.write(units: 1250, negative: false, scale: 2, trimmingZeros: false) == "12.50")
        #expect(FixedPointText.write(units: 1250, negative: true, scale: 2, trimmingZeros: true) == "-12.5")
        #expect(FixedPointText.write(units: 5, negative: false, scale: 2, trimmingZeros: false) == "0.05")
        #expect(FixedPointText.write(units: 0, negative: true, scale: 2, trimmingZeros: true) == "0")
    }
}
