import Foundation
import Testing
import TestSupport
import Diagnostics
@testable import YAMLLoader

/// Loading with libyaml on its own thread gives the tree and diagnostics of loading on one thread,
/// also when the tree builder stops early while the parser is still ahead of it.
@Suite struct PipelinedLoadTests {
    private static let sequential = YAMLLoader(pipeliningThreshold: .max, splittingThreshold: .max)
    private static let pipelined = YAMLLoader(pipeliningThreshold: 0, splittingThreshold: .max)

    private static func dump(_ document: LoadedDocument) -> String {
        TreeDump.of(document)
    }

    private static func expectSameLoads(_ text: String, limits: LoaderLimits = .default) {
        let one = YAMLLoader(limits: limits, pipeliningThreshold: .max, splittingThreshold: .max).load(text, file: "in.yaml")
        let two = YAMLLoader(limits: limits, pipeliningThreshold: 0, splittingThreshold: .max).load(text, file: "in.yaml")
        #expect(dump(one) == dump(two))
    }

    /// A document of many batches of events: `entries` mappings of anchors, aliases, tags and every style.
    private static func largeDocument(entries: Int) -> String {
        (0..<entries).map { index in
            """
            c\(index):
              type: !!str kinesis-data-streams
              note: 'single \(index)'
              text: "double\\t\(index)"
              block: |
                literal \(index)
              list: &l\(index) [\(index), x, ~]
              again: \(index == 0 ? "none" : "*l\(index - 1)")\n
            """
        }.joined()
    }

    @Test func aLargeDocumentLoadsTheSameOnBothThreads() {
        let text = Self.largeDocument(entries: 3_000)
        let document = Self.pipelined.load(text, file: "in.yaml")
        #expect(document.root?.mapping?.count == 3_000)
        #expect(document.diagnostics.isEmpty)
        #expect(Self.dump(document) == Self.dump(Self.sequential.load(text, file: "in.yaml")))
    }

    /// The builder stops at the first error; the parser, batches ahead or blocked on a full queue, is stopped with it.
    @Test(arguments: [
        ("a duplicate key at the start", "head: {k: 1, k: 2}\n"),
        ("a duplicate key at the end", "last: 1\nlast: 2\n"),
        ("a syntax error at the end", "tail: [unclosed\n"),
        ("an unsupported tag", "tail: !custom x\n"),
        ("an undefined alias", "tail: *nowhere\n"),
        ("a second document", "---\nsecond: 1\n"),
    ])
    func errorsAnywhereGiveTheSameDiagnostics(_ label: String, _ problem: String) {
        let body = Self.largeDocument(entries: 2_000)
        let text = problem.hasPrefix("head:") ? problem + body : problem.hasPrefix("---") ? "---\n" + body + problem : body + problem
        let document = Self.pipelined.load(text, file: "in.yaml")
        #expect(document.root == nil, "\(label)")
        #expect(document.diagnostics.count == 1, "\(label)")
        #expect(Self.dump(document) == Self.dump(Self.sequential.load(text, file: "in.yaml")), "\(label)")
    }

    @Test func anAliasBombStopsBothTheSame() {
        let bomb = (1...12).map { "l\($0): &l\($0) [" + Array(repeating: "*l\($0 - 1)", count: 10).joined(separator: ",") + "]" }
        let text = "l0: &l0 [x]\n" + bomb.joined(separator: "\n") + "\n" + Self.largeDocument(entries: 500)
        Self.expectSameLoads(text, limits: LoaderLimits(maxNodes: 10_000))
        #expect(Self.pipelined.load(text, file: "in.yaml").diagnostics.first?.message.contains("--max-nodes") == true)
    }

    @Test func emptyAndCommentOnlyInputsLoadTheSame() {
        for text in ["", "# only a comment\n", "---\n...\n"] {
            Self.expectSameLoads(text)
        }
    }

    @Test(.enabled(if: OptionalResource.yamlTestSuite.isAvailable, "needs ../shared/corpora/yaml-test-suite"))
    func everyCaseOfTheYAMLTestSuiteLoadsTheSame() throws {
        try #require(!YAMLTestSuiteTests.cases.isEmpty)
        for testCase in YAMLTestSuiteTests.cases {
            let bytes = [UInt8](try Data(contentsOf: YAMLTestSuiteTests.corpus.appendingPathComponent("\(testCase.id).yaml")))
            let one = Self.sequential.load(bytes, file: "in.yaml")
            let two = Self.pipelined.load(bytes, file: "in.yaml")
            #expect(Self.dump(one) == Self.dump(two), "\(testCase.id)")
        }
    }
}
