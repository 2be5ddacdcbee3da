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

    @Test func theCaretStandsUnderTheColumnCountedInCharacters() {
        let snippet = SourceSnippet.render(line: 2, column: 6, in: SourceLines("x: 1\n\tb: é!\n"), style: .plain)
        #expect(snippet == "\tb: é!\n\t    ^")
    }
}
