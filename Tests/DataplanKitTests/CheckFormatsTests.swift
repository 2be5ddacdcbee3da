import Foundation
import Testing
import TestSupport
import Analysis
@testable import Reporting
@testable import DataplanKit

/// Every check format on the samples (plus a broken twin, so that failures show), against golden files
/// and, where a schema exists, against the schema.
@Suite struct CheckFormatsTests {
    static func run() throws -> CheckReport {
        var files = try SamplesTests.sampleFiles.map { try SampleFindingsTests.check($0) }
        files.append(
            try SampleFindingsTests.check("ecommerce-realtime.yaml", replacing: "shards: 120", with: "shards: 60"))
        return CheckReport(files: files, failOn: .error, rules: SampleFindingsTests.prepared.engine.rules)
    }

    @Test(arguments: CheckFormat.allCases)
    func everyFormatMatchesItsGoldenFileAndIsDeterministic(format: CheckFormat) throws {
        let first = format.reporter.report(try Self.run(), options: .plain)
        let second = format.reporter.report(try Self.run(), options: .plain)
        #expect(first == second, "two runs differ")
        try GoldenFile.check(first, against: "samples.check.\(format.rawValue)")
    }

    @Test(
        .enabled(
            if: OptionalResource.pythonJSONSchema.isAvailable && OptionalResource.schemas.isAvailable,
            "needs python3 with jsonschema and ../shared/schemas/sarif-2.1.0.json"))
    func sarifIsValidAgainstTheOASISSchema() throws {
        let path = try ExternalTool.temporaryFile(
            SARIFCheckReporter.report(try Self.run(), options: .plain), extension: "sarif")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let schema = Repository.shared.appendingPathComponent("schemas/sarif-2.1.0.json").path
        let result = try ExternalTool.run([
            "python3", "-c",
            "import json,sys,jsonschema; jsonschema.validate(json.load(open(sys.argv[1])), "
                + "json.load(open(sys.argv[2]))); print('valid')",
            path, schema,
        ])
        #expect(result.status == 0 && result.output == "valid\n", "\(result.output)")
    }

    @Test func sarifFingerprintsIgnoreLines() throws {
        let twin = try SampleFindingsTests.check(
            "ecommerce-realtime.yaml", replacing: "shards: 120", with: "shards: 60")
        let before = twin.findings.first { $0.rule.id == "PERF-001" }
        let shifted = try SampleFindingsTests.check(
            "ecommerce-realtime.yaml", replacing: "shards: 120", with: "\n    shards: 60"
        ).findings.first { $0.rule.id == "PERF-001" }
        #expect(before != nil && shifted != nil && before!.location.line != shifted!.location.line)
        #expect(
            Fingerprint.of(before!.key(design: "ecommerce-realtime"))
                == Fingerprint.of(shifted!.key(design: "ecommerce-realtime")))
        #expect(
            Fingerprint.of(FindingKey(rule: "PERF-001", design: "d", component: "a", flow: nil)) == "6435c4b99b4c4da0",
            "FNV-1a 64 of the key fields joined by U+001F, as Python computes it")
    }

    @Test(
        .enabled(
            if: OptionalResource.xmllint.isAvailable && OptionalResource.schemas.isAvailable,
            "needs xmllint (libxml2-utils) and ../shared/schemas/junit-10.xsd"))
    func junitIsValidAgainstTheXUnitSchema() throws {
        let path = try ExternalTool.temporaryFile(
            JUnitCheckReporter.report(try Self.run(), options: .plain), extension: "xml")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let schema = Repository.shared.appendingPathComponent("schemas/junit-10.xsd").path
        let result = try ExternalTool.run(["xmllint", "--noout", "--schema", schema, path])
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func githubCommandsEscapeWhatTheRunnerReserves() {
        #expect(GitHubCheckReporter.property("PERF-001: a, b") == "PERF-001%3A a%2C b")
        #expect(GitHubCheckReporter.data("100% done\nnext") == "100%25 done%0Anext")
    }
}
