import Foundation
import Testing
import Reporting
import DataplanKit

@Suite struct CheckReporterTests {
    /// The fixtures checked as the CLI checks them, under stable relative paths.
    static func report(_ names: [String]) throws -> CheckReport {
        let files = try names.map { name -> FileReport in
            let bytes = [UInt8](try Data(contentsOf: Golden.fixtures.appendingPathComponent(name)))
            return DesignPipeline().load(bytes, path: "Fixtures/\(name)")!.report
        }
        return CheckReport(files: files)
    }

    @Test(arguments: CheckFormat.allCases)
    func everyFormatMatchesItsGoldenFile(format: CheckFormat) throws {
        let run = try Self.report(["broken.yaml", "cycle.yaml"])
        let output = format.reporter.report(run, options: .plain)
        try Golden.check(output, against: "check-broken.\(format.rawValue)")
        #expect(format.reporter.report(run, options: .plain) == output, "two runs differ")
    }

    @Test func theBrokenTwinGivesEveryErrorWithItsPosition() throws {
        let run = try Self.report(["broken.yaml"])
        #expect(
            run.errors.map { "\($0.location.line):\($0.location.column)" } == ["7:5", "8:16", "9:18", "10:32", "13:15"])
        #expect(run.exitCode == 2)
    }

    @Test func aCycleIsAWarningNotAnError() throws {
        let run = try Self.report(["cycle.yaml"])
        #expect(run.errors.isEmpty)
        #expect(
            run.warnings.map(\.message) == [
                "flows form a cycle through lake, refine; rates and volumes are not carried around it"
            ])
        #expect(run.exitCode == 0)
    }

    @Test func colourIsOnlyAddedWhenAsked() throws {
        let run = try Self.report(["broken.yaml"])
        #expect(!TextCheckReporter.report(run, options: .plain).contains("\u{1B}["))
        #expect(
            TextCheckReporter.report(run, options: ReportOptions(style: TerminalStyle(colored: true))).contains(
                "\u{1B}[1;31merror:"))
    }

    @Test func quietDropsTheSummary() throws {
        let run = try Self.report(["cycle.yaml"])
        #expect(
            TextCheckReporter.report(run, options: ReportOptions(quiet: true)).hasPrefix(
                "Fixtures/cycle.yaml:5:3: warning:"))
        #expect(!TextCheckReporter.report(run, options: ReportOptions(quiet: true)).contains("checked"))
    }
}
