import Foundation
import Testing
@testable import Model

/// `trimmingSpaces` trims exactly what Foundation's `.whitespaces` trims, on its fast path and off it.
struct TrimmingTests {
    @Test(arguments: [
        "1KB", "  1KB ", "\t2 MB\t", "a b", " ", "", "\u{00A0}x\u{2003}", "é", " é ", "x\n", "\ny", "~", "!x!",
    ])
    func agreesWithFoundation(text: String) {
        #expect(text.trimmingSpaces == text.trimmingCharacters(in: .whitespaces))
        #expect(text[...].trimmingSpaces == text.trimmingCharacters(in: .whitespaces))
    }
}
