import Foundation
import Pricing
import TestSupport
import Testing

@testable import DataplanKit
@testable import Reporting

/// `dataplan report`'s page for each sample: a golden, valid HTML, and a render in a real browser.
@Suite struct ReviewPageTests {
    /// The review of one sample, as `dataplan report Samples/NAME` writes it.
    static func page(_ name: String) throws -> String {
        let appraiser = DesignAppraiser(check: SampleFindingsTests.prepared)
        let (designs, problems) = ReviewRunner(appraiser: appraiser).run(paths: ["Samples/\(name)"])
        #expect(problems.filter(\.hasErrors).isEmpty)
        return HTMLReview.render(designs)
    }

    @Test(arguments: SamplesTests.sampleFiles)
    func everySamplesPageMatchesItsGoldenAndIsDeterministic(name: String) throws {
        let first = try Self.page(name)
        #expect(first == (try Self.page(name)), "two runs differ")
        try GoldenFile.check(first, against: name.replacingOccurrences(of: ".yaml", with: ".review.html"))
        // Self-contained: nothing fetched from elsewhere, no script.
        #expect(!first.contains("<script") && !first.contains("<link") && !first.contains("@import"))
        #expect(!first.contains("src=\"http"))
    }

    @Test(.enabled(if: OptionalResource.tidy.isAvailable, "needs tidy (Debian: tidy)"))
    func everySamplesPagePassesTidy() throws {
        for name in SamplesTests.sampleFiles {
            let file = try ExternalTool.temporaryFile(try Self.page(name), extension: "html")
            defer { try? FileManager.default.removeItem(atPath: file) }
            let result = try ExternalTool.run(["tidy", "-e", "-q", file])
            #expect(result.status == 0 && result.output.isEmpty, "\(name):\n\(result.output)")
        }
    }

    /// Chromium renders each page to a PNG under .build/review-screenshots (kept as CI artefacts) without a
    /// console error, and the page holds the header's total, the diagram and a section a component.
    @Test(.enabled(if: OptionalResource.chromium.isAvailable, "needs chromium (Debian: chromium)"))
    func everySamplesPageRendersInChromium() throws {
        let folder = Repository.root.appendingPathComponent(".build/review-screenshots")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in SamplesTests.sampleFiles {
            let html = try Self.page(name)
            #expect(html.contains("<span class=\"label\">Monthly estimate</span> <b>"))
            #expect(html.contains("<figure class=\"diagram\">") && html.contains("<svg "))
            #expect(html.contains("<section class=\"component"))
            let page = folder.appendingPathComponent(name.replacingOccurrences(of: ".yaml", with: ".html"))
            try html.write(to: page, atomically: true, encoding: .utf8)
            let png = folder.appendingPathComponent(name.replacingOccurrences(of: ".yaml", with: ".png"))
            try? FileManager.default.removeItem(at: png)
            let result = try ExternalTool.run([
                "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--enable-logging=stderr", "--v=0", "--window-size=1280,2400", "--screenshot=\(png.path)",
                page.absoluteString,
            ])
            #expect(result.status == 0, "\(name): \(result.output)")
            #expect(!result.output.contains("CONSOLE") && !result.output.contains("Uncaught"), "\(result.output)")
            let size = (try? FileManager.default.attributesOfItem(atPath: png.path)[.size] as? Int) ?? 0
            #expect(size > 20_000, "\(name): the screenshot is \(size) bytes")
        }
    }
}
