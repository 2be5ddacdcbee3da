import Foundation
import Testing
import TestSupport

/// `dataplan check` on every input of the YAML test suite: never a signal, and a position for every
/// file that libyaml rejects.
@Suite(.enabled(if: OptionalResource.yamlTestSuite.isAvailable, "needs ../shared/corpora/yaml-test-suite"))
struct YAMLTestSuiteCLITests {
    static let corpus = Repository.shared.appendingPathComponent("corpora/yaml-test-suite")

    /// Case ids that libyaml 0.2.5 rejects: the suite's `error` cases, corrected by libyaml-0.2.5.tsv.
    static func libyamlRejects() throws -> Set<String> {
        let index = try String(contentsOf: corpus.appendingPathComponent("index.tsv"), encoding: .utf8)
        let overrides = try String(contentsOf: corpus.appendingPathComponent("libyaml-0.2.5.tsv"), encoding: .utf8)
        var verdict: [String: String] = [:]
        for line in index.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if fields.count >= 2 { verdict[String(fields[0])] = String(fields[1]) }
        }
        for line in overrides.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t")
            if fields.count >= 3 { verdict[String(fields[0])] = String(fields[2]) }
        }
        return Set(verdict.filter { $0.value == "error" }.keys)
    }

    @Test func everyCaseExitsNormallyAndEveryRejectionHasAPosition() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).filter {
            $0.hasSuffix(".yaml")
        }.sorted()
        #expect(files.count == 402)
        let started = Date()
        let result = try DataplanBinary.run(["check", "--format", "json"] + files, in: Self.corpus)
        let elapsed = Date().timeIntervalSince(started)
        #expect([0, 1, 2].contains(result.status), "exit \(result.status)")
        #expect(elapsed < 60, "\(elapsed) s for \(files.count) files: a hang, not a slow file")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let errors = try #require(object["errors"] as? [[String: Any]])
        var positioned: Set<String> = []
        for error in errors {
            let path = error["path"] as? String ?? ""
            if (error["line"] as? Int ?? 0) >= 1 && (error["column"] as? Int ?? 0) >= 1 { positioned.insert(path) }
        }
        let rejected = try Self.libyamlRejects()
        #expect(rejected.count == 129)
        let missing = rejected.map { "\($0).yaml" }.filter { !positioned.contains($0) }
        #expect(missing.isEmpty, "rejected by libyaml without a positioned error: \(missing.sorted())")
        let designs = (object["files"] as? [[String: Any]] ?? []).compactMap { $0["design"] as? String }
        #expect(designs.isEmpty, "no input of the suite is a valid design: \(designs)")
    }
}
