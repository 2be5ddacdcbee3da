/// A whole count of 10^-scale units written as a decimal: digits, the point `scale` places from the
/// right, and a minus sign where the count is negative and not zero. Written byte by byte into the
/// string's own storage: reports write hundreds of thousands of figures, and building each one
/// from a number's description, a padding string and an inserted point cost a microsecond.
enum FixedPointText {
    /// "12.50" for 1250 units at scale 2; "12.5" when `trimmingZeros` (no zeros end the
    /// decimals, and no point ends the figure); "0.05" for 5 units: at least one digit before the point.
    static func write(units: UInt128, negative: Bool, scale: Int, trimmingZeros: Bool) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 39) { digits in
            // Digits, the least significant first.
            var count = 0
            var rest = units
            while rest > UInt128(UInt64.max) {
                let (quotient, remainder) = rest.quotientAndRemainder(dividingBy: 10_000_000_000_000_000_000)
                var chunk = UInt64(remainder)
                for _ in 0..<19 {
                    digits[count] = UInt8(truncatingIfNeeded: chunk % 10) &+ 48
                    chunk /= 10
                    count += 1
                }
                rest = quotient
            }
            var small = UInt64(rest)
            repeat {
                digits[count] = UInt8(truncatingIfNeeded: small % 10) &+ 48
                small /= 10
                count += 1
            } while small > 0
            let digitCount = count
            func digit(_ place: Int) -> UInt8 { place < digitCount ? digits[place] : UInt8(ascii: "0") }

            let wholeDigits = max(count - scale, 1)
            var dropped = 0
            if trimmingZeros {
                while dropped < scale && digit(dropped) == UInt8(ascii: "0") { dropped += 1 }
            }
            let decimals = scale - dropped
            let minus = negative && units != 0
            let length = (minus ? 1 : 0) + wholeDigits + (decimals > 0 ? 1 + decimals : 0)
            return String(unsafeUninitializedCapacity: length) { text in
                var at = 0
                if minus {
                    text[at] = UInt8(ascii: "-")
                    at += 1
                }
                for place in stride(from: scale + wholeDigits - 1, through: scale, by: -1) {
                    text[at] = digit(place)
                    at += 1
                }
                if decimals > 0 {
                    text[at] = UInt8(ascii: ".")
                    at += 1
                    for place in stride(from: scale - 1, through: dropped, by: -1) {
                        text[at] = digit(place)
                        at += 1
                    }
                }
                return at
            }
        }
    }
}
