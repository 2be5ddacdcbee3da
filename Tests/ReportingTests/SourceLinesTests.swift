import Testing
@testable import Reporting

/// Source lines found once per file give the line a split of the whole text would, whatever its line breaks.
@Suite struct SourceLinesTests {
    @Test(arguments: ["a: 1\n  b: é\n\nlast", "a: 1\r\n  b: é\r\n\r\nlast", "a: 1\n  b: é\r\n\nlast\n"])
    func everyLineIsTheTextBetweenItsBreaks(text: String) {
        let lines = SourceLines(text)
        #expect(lines.line(1) == "a: 1")
        #expect(lines.line(2) == "  b: é")
        #expect(lines.line(3) == "")
        #expect(lines.line(4) == "last")
        #expect(lines.line(0) == nil)
        #expect(lines.line(text.hasSuffix("\n") ? 6 : 5) == nil)
    }

    /// A megabyte on one line (minified JSON) is cut around the column, the caret still under it.
    @Test func aLongLineIsCutAroundTheColumn() throws {
        let line = String(repeating: "a, ", count: 400_000) + "bad" + String(repeating: ", z", count: 1_000)
        let column = 400_000 * 3 + 1
        let snippet = try #require(SourceSnippet.render(line: 1, column: column, in: SourceLines(line), style: .plain))
        let parts = snippet.split(separator: "\n")
        #expect(parts[0].count == SourceSnippet.widestLine + 2 && parts[0].hasPrefix("…") && parts[0].hasSuffix("…"))
        let caret = try #require(parts[1].firstIndex(of: "^"))
        #expect(parts[0].dropFirst(parts[1].distance(from: parts[1].startIndex, to: caret)).hasPrefix("bad"))
        let short = SourceSnippet.render(line: 1, column: 3, in: SourceLines("ab bad"), style: .plain)
        #expect(short == "ab bad\n  ^")
    }

    @Test func theCaretStandsUnderTheColumnCountedInCharacters() {
        let snippet = SourceSnippet.render(line: 2, column: 6, in: SourceLines("x: 1\n\tb: é!\n"), style: .plain)
        #expect(snippet == "\tb: é!\n\t    ^")
    }
}
