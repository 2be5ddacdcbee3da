/// How wide text is drawn in Helvetica or Arial, from their advance widths rounded up a little, so that a box
/// sized to its text holds it in any sans-serif a browser picks instead.
enum TextWidth {
    /// Advance widths in em for the characters whose width differs most from the average.
    private static let narrow: Set<Character> = [
        "i", "j", "l", "t", "f", "r", "I", ".", ",", ":", ";", "'", "!", "|",
        " ", "(", ")", "[", "]", "/", "-",
    ]
    private static let wide: Set<Character> = ["m", "w", "M", "W", "@", "%", "—"]

    static func of(_ text: String, size: Double, bold: Bool = false) -> Double {
        var ems = 0.0
        for character in text {
            if narrow.contains(character) {
                ems += 0.33
            } else if wide.contains(character) {
                ems += 0.9
            } else if character.isUppercase || character.isNumber {
                ems += 0.68
            } else {
                ems += 0.58
            }
        }
        return (ems * size * (bold ? 1.08 : 1)).rounded(.up)
    }
}
