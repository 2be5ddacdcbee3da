import Foundation
import Testing
import Reporting

/// docs/design-format.md carries `dataplan services --format markdown` between markers; it must be current.
@Suite struct DocsTests {
    static let begin = "<!-- BEGIN GENERATED: dataplan services --format markdown -->\n"
    static let end = "<!-- END GENERATED -->"

    @Test func designFormatDocIsCurrent() throws {
        let url = Golden.root.appendingPathComponent("docs/design-format.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        let start = try #require(text.range(of: Self.begin))
        let stop = try #require(text.range(of: Self.end))
        let generated = ServicesReporter.report(.markdown)
        if ProcessInfo.processInfo.environment["DATAPLAN_UPDATE_DOCS"] == "1" {
            try (String(text[..<start.upperBound]) + generated + String(text[stop.lowerBound...])).write(to: url, atomically: true, encoding: .utf8)
            return
        }
        #expect(String(text[start.upperBound..<stop.lowerBound]) == generated,
                "docs/design-format.md is out of date: run DATAPLAN_UPDATE_DOCS=1 swift test --filter DocsTests")
    }
}
