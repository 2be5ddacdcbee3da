import Foundation
import Testing
import TestSupport
import Diagnostics
import Reporting
@testable import DataplanKit

@Suite struct CheckRunnerTests {
    /// A fresh folder with the given files, removed when the test ends.
    private func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dataplan-\(UUID().uuidString)")
        for (name, text) in files {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        return url
    }

    private let good = "dataplan: 1\nname: good\ncomponents:\n  a: {type: s3}\n"

    @Test func aBadFileAmongGoodOnesDoesNotStopThem() throws {
        let url = try folder(["a.yaml": good, "b.yaml": "dataplan: 1\nname: bad\ncomponents: [\n", "c.yaml": good])
        defer { try? FileManager.default.removeItem(at: url) }
        let report = CheckRunner().run(paths: [url.path])
        #expect(report.files.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["a.yaml", "b.yaml", "c.yaml"])
        #expect(report.files.map(\.designName) == ["good", nil, "good"])
        #expect(report.errors.count == 1)
        #expect(report.errors[0].location.line == 4)
        #expect(report.exitCode == 2)
    }

    @Test func folderSearchSkipsFilesThatAreNotDesignsButNamedFilesAreReported() throws {
        let url = try folder([
            "design.yaml": good,
            "other.yml": "version: 2\nservices: {}\n",
            "notes.txt": "dataplan: 1\n",
            "nested/deeper/d.yml": good,
            ".hidden/x.yaml": good,
        ])
        defer { try? FileManager.default.removeItem(at: url) }
        let report = CheckRunner().run(paths: [url.path])
        #expect(report.files.map(\.path) == [url.path + "/design.yaml", url.path + "/nested/deeper/d.yml"])
        #expect(report.exitCode == 0)
        #expect(
            report.skipped == [SkippedFile(path: url.path + "/other.yml", reason: SkippedFile.notADesign)],
            "a folder's YAML file that is not a design is listed, never passed over silently")
        #expect(TextCheckReporter.report(report, options: .plain).contains("other.yml: skipped: not a design"))
        #expect(SARIFCheckReporter.report(report, options: .plain).contains("skipped: not a design"))
        let cost = CostRunner().run(paths: [url.path])
        #expect(cost.skipped.map(\.path) == [url.path + "/other.yml"])
        #expect(CostTextReporter.report(cost, options: .plain).contains("other.yml: skipped: not a design"))

        let named = CheckRunner().run(paths: [url.path + "/other.yml"])
        #expect(named.exitCode == 2)
        #expect(named.errors.first?.message.hasPrefix("missing `dataplan: 1`") == true)
    }

    @Test func aDesignSavedWithAByteOrderMarkIsReadNamedOrFound() throws {
        let url = try folder(["bom.yaml": "\u{FEFF}" + good])
        defer { try? FileManager.default.removeItem(at: url) }
        let found = CheckRunner().run(paths: [url.path])
        #expect(found.files.map(\.designName) == ["good"] && found.skipped.isEmpty)
        let named = CheckRunner().run(paths: [url.path + "/bom.yaml"])
        #expect(named.files.map(\.designName) == ["good"] && named.exitCode == 0)
    }

    @Test func errorsArePrintedInLineOrder() throws {
        let url = try folder([
            "d.yaml": "dataplan: 1\nname: x\nname: y\ncomponents:\n  a: {type: s3, tls: true, tls: false}\n"
        ])
        defer { try? FileManager.default.removeItem(at: url) }
        let lines = CheckRunner().run(paths: [url.path]).errors.map(\.location.line)
        #expect(lines == [3, 5], "the inner mapping closes first, yet the outer duplicate above it is reported first")
    }

    @Test func aBrokenDesignInAFolderIsReportedNotSkipped() throws {
        let url = try folder(["broken.yaml": "dataplan: 1\nname: x\ncomponents: {a: {type: s3}\n"])
        defer { try? FileManager.default.removeItem(at: url) }
        let report = CheckRunner().run(paths: [url.path])
        #expect(report.files.count == 1)
        #expect(report.exitCode == 2)
    }

    @Test func missingFilesAndOversizedFilesAreErrorsWithAPosition() throws {
        let url = try folder(["big.yaml": good + String(repeating: "# padding\n", count: 200)])
        defer { try? FileManager.default.removeItem(at: url) }
        let report = CheckRunner(pipeline: DesignPipeline(limits: .init(maxFileBytes: 1000))).run(paths: [
            url.path + "/missing.yaml", url.path + "/big.yaml",
        ])
        #expect(
            report.errors.map(\.message) == [
                "no such file or folder", "the file is 2051 bytes, over the limit of 1000 bytes (--max-file-size)",
            ])
        #expect(report.errors.allSatisfy { $0.location.line == 1 && $0.location.column == 1 })
    }

    @Test func designDetectionNeedsATopLevelKey() {
        #expect(FileDiscovery.looksLikeDesign(Array("# x\ndataplan: 1\n".utf8)))
        #expect(FileDiscovery.looksLikeDesign(Array("dataplan : 1".utf8)))
        #expect(!FileDiscovery.looksLikeDesign(Array("  dataplan: 1\n".utf8)))
        #expect(!FileDiscovery.looksLikeDesign(Array("dataplanner: 1\n".utf8)))
    }
}

@Suite struct ConcurrentRunTests {
    /// Files are checked on every core, and reported in the same order, byte for byte, as one by one.
    @Test func aConcurrentRunReportsExactlyAsASequentialOne() throws {
        let settings = CheckSettings(today: "2026-11-25")
        let concurrent = CheckRunner().run(paths: [Repository.samples.path], settings: settings)
        let prepared = CheckRunner().prepare(settings)
        let sequential = CheckRunner.accountFindingsOnce(
            FileDiscovery.candidates(for: [Repository.samples.path]).compactMap {
                DesignPipeline().load($0).map(prepared.check)
            })
        let one = CheckReport(files: sequential, failOn: prepared.failOn, rules: prepared.engine.rules)
        for format in CheckFormat.allCases {
            #expect(
                format.reporter.report(concurrent, options: .plain) == format.reporter.report(one, options: .plain),
                "\(format)")
        }
        #expect(concurrent.files.map(\.path) == sequential.map(\.path))
    }

    /// `cost` prices the files on every core, and reports them as pricing them one by one does.
    @Test func aConcurrentCostRunReportsExactlyAsASequentialOne() throws {
        let runner = CostRunner()
        let concurrent = runner.run(paths: [Repository.samples.path])
        let sequential = FileDiscovery.candidates(for: [Repository.samples.path]).compactMap {
            DesignPipeline().load($0).map { runner.entry($0) }
        }
        let one = CostReport(entries: sequential, problems: CheckRunner.reports(for: runner.book.diagnostics))
        #expect(sequential.count >= 8)
        for format in CostOutputFormat.allCases {
            #expect(format.render(concurrent, options: .plain) == format.render(one, options: .plain), "\(format)")
        }
        #expect(concurrent.entries.map(\.file.path) == sequential.map(\.file.path))
    }
}
