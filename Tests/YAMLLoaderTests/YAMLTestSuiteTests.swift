import Foundation
import Testing
import TestSupport
import Diagnostics
@testable import YAMLLoader

/// Every input of the YAML test suite (../shared/corpora/yaml-test-suite) through the loader.
@Suite(.enabled(if: OptionalResource.yamlTestSuite.isAvailable, "needs ../shared/corpora/yaml-test-suite"))
struct YAMLTestSuiteTests {
    static let corpus = Repository.shared.appendingPathComponent("corpora/yaml-test-suite")

    /// Case id to the verdict libyaml 0.2.5 gives: the suite's, except where libyaml-0.2.5.tsv says otherwise.
    static let cases: [(id: String, libyamlRejects: Bool)] = {
        guard let index = try? String(contentsOf: corpus.appendingPathComponent("index.tsv"), encoding: .utf8),
            let overrides = try? String(contentsOf: corpus.appendingPathComponent("libyaml-0.2.5.tsv"), encoding: .utf8)
        else { return [] }
        var libyaml: [String: String] = [:]
        for line in overrides.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t")
            if fields.count >= 3 { libyaml[String(fields[0])] = String(fields[2]) }
        }
        return index.split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2 else { return nil }
            let id = String(fields[0])
            return (id, (libyaml[id] ?? String(fields[1])) == "error")
        }
    }()

    @Test func corpusIsPresent() {
        #expect(Self.cases.count == 402, "expected the 402 cases of ../shared/corpora/yaml-test-suite")
    }

    @Test func everyCaseLoadsWithoutCrashingAndEveryRejectionHasAPosition() throws {
        var rejectedByLibyaml = 0
        for testCase in Self.cases {
            let url = Self.corpus.appendingPathComponent("\(testCase.id).yaml")
            let bytes = [UInt8](try Data(contentsOf: url))
            let document = YAMLLoader().load(bytes, file: "\(testCase.id).yaml")
            if testCase.libyamlRejects {
                rejectedByLibyaml += 1
                let error = document.diagnostics.first { $0.severity == .error }
                #expect(error != nil, "\(testCase.id): libyaml rejects it, the loader did not")
                #expect((error?.location.line ?? 0) >= 1 && (error?.location.column ?? 0) >= 1, "\(testCase.id)")
            }
            for diagnostic in document.diagnostics {
                #expect(
                    diagnostic.location.line >= 1 && diagnostic.location.column >= 1, "\(testCase.id): \(diagnostic)")
            }
        }
        #expect(rejectedByLibyaml == 94 - 16 + 51)
    }
}
