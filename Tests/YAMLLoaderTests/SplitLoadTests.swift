import Foundation
import Testing
import TestSupport
import Diagnostics
@testable import YAMLLoader

/// A large file cut into pieces that libyaml parses at the same time reads exactly as the whole
/// file does, or is not joined at all (and is then read whole): whatever line a cut falls on.
@Suite struct SplitLoadTests {
    private static let whole = YAMLLoader(pipeliningThreshold: .max, splittingThreshold: .max)

    private static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// The offsets where lines begin.
    private static func lineStarts(_ bytes: [UInt8]) -> [Int] {
        [0] + bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") && $0 + 1 < bytes.count }.map { $0 + 1 }
    }

    /// Cuts `bytes` at every set of `cuts` line starts in turn; each cut the plan takes and the
    /// pieces join must give the whole file's tree. Returns the lines (from 1) of the joined cuts.
    @discardableResult
    private static func cutEverywhere(_ bytes: [UInt8], cuts: Int = 1, limits: LoaderLimits = .default,
                                      _ label: String) -> [[Int]] {
        let expected = TreeDump.of(YAMLLoader(limits: limits, pipeliningThreshold: .max, splittingThreshold: .max)
            .load(bytes, file: "in.yaml"))
        let starts = lineStarts(bytes)
        var sets: [[Int]] = starts.indices.map { [$0] }
        for _ in 1..<cuts {
            sets = sets.flatMap { set in starts.indices[(set.last! + 1)...].map { set + [$0] } }
        }
        var joined: [[Int]] = []
        for lines in sets {
            let offsets = lines.map { starts[$0] }
            guard let plan = bytes.withUnsafeBufferPointer({ SplitPlan(cutting: $0, at: offsets) }) else { continue }
            #expect(plan.cuts.map(\.offset) == offsets && plan.cuts.map(\.line) == lines.map { $0 + 1 }, "\(label)")
            guard let root = SplitEventReader.read(bytes, plan: plan, limits: limits) else { continue }
            joined.append(lines.map { $0 + 1 })
            #expect(TreeDump.of(root) == expected, "\(label): cut at lines \(lines.map { $0 + 1 })")
        }
        return joined
    }

    /// Each with the lines where a cut joins, exactly, grouped by block: the others are refused.
    /// Any two of them join, in one block or in two.
    static let documents: [(label: String, text: String, joinable: [[Int]])] = [
        ("entries, lists and values of every shape", """
            dataplan: 1
            name: plain
            components:
              a:
                type: s3
              b: {type: s3}
              c:
                type: s3
                tags: {team: x}
            flows:
              - a -> b
              - from: b
                to: [c]
              -
                from: a
                to: c
              - - nested
              - "quoted"
            description: after

            """, [[6, 7], [12, 17, 18]]),
        ("quoted texts across entry lines", """
            components:
              a:
                note: "starts here
              b: inside the quote
              c: still"
              d:
                note: 'single
              e: inside'
              f: 1

            """, [[6, 9]]),
        ("flow collections across entry lines", """
            components:
              a: {x: 1,
              b: 2}
              c: [1,
              d]
              e: 3

            """, [[4, 6]]),
        ("block texts", """
            top: |
              a: not an entry
            components:
              a: |
                text
              b: >
                folded
              c: 1
            tail: |
              d: text, not an entry
              e: more

            """, [[6, 8]]),
        ("duplicate keys across a cut", """
            components:
              a: 1
              b: 2
              a: 3
            name: x
            flows:
              - a
            name: y

            """, []),
        ("merge keys", """
            base: &base {type: s3}
            components:
              a: 1
              <<: *base
              b: 2
              c:
                <<: *base
                size: 1
              d: 4

            """, []),
        ("anchors and aliases", """
            components:
              a: &one {type: s3}
              b: *one
              c: &two [x]
              d: *two
              e: *one
              f: &three 1
              g: *three

            """, [[7]]),
        ("tags", """
            components: # the parts
              a: !!str 1
              b: !!map {x: 1}
              c: !!int 3
              !!str d: 4
              e: 5

            """, [[3, 4, 6]]),
        ("comments and blank lines", """
            components:

              # a comment at the entries' indent
            # a comment at column 0
              a: 1

              b: 2
              # trailing

            """, [[7]]),
        ("lists written at their key's indent", """
            components:
              a:
              - x
              - y
              b:
              - z
              c: 1

            """, [[5, 7]]),
        ("two documents", """
            components:
              a: 1
              b: 2
            ...
            ---
            components:
              c: 3

            """, []),
        ("a directive", """
            %YAML 1.1
            ---
            components:
              a: 1
              b: 2

            """, []),
        ("a quoted key", "\"components\":\n  a: 1\n  b: 2\n", []),
        ("spaces after the key", "components:   \n  a: 1\n  b: 2\n", [[3]]),
        ("a complex key", "? components\n:\n  a: 1\n  b: 2\n", []),
        ("a tag before the entries", "components:\n  !!map\n  a: 1\n  b: 2\n", []),
        ("an anchored block", "components: &all\n  a: 1\n  b: 2\nagain: *all\n", []),
    ]

    @Test(arguments: documents.map(\.label))
    func everyCutJoinsAsTheWholeReadsOrIsRefused(_ label: String) throws {
        let document = try #require(Self.documents.first { $0.label == label })
        let joined = Self.cutEverywhere(Self.bytes(document.text), label)
        #expect(joined == document.joinable.joined().map { [$0] }, "\(label)")
        let pairs = Self.cutEverywhere(Self.bytes(document.text), cuts: 2, label)
        let lines = document.joinable.joined().sorted()
        let joinablePairs = lines.indices.flatMap { first in lines[(first + 1)...].map { [lines[first], $0] } }
        #expect(pairs == joinablePairs, "\(label)")
    }

    /// Three blocks with keys before, between and after them, cut three times everywhere: every
    /// three entry lines join, whichever blocks they are in, each block's entries gathered from the
    /// pieces it spans and the keys between the blocks kept in place.
    @Test func cutsInThreeBlocksJoin() {
        let text = """
            dataplan: 1
            components:
              a: 1
              b: {type: s3}
              c: 3
            name: between
            flows:
              - a -> b
              - b -> c
            region: eu-west-1
            description: also between
            tags:
              team: x
              owner: y
              cost-center: z
            after: end

            """
        let joinable = [4, 5, 9, 14, 15]
        let triples = joinable.indices.flatMap { first in
            joinable.indices[(first + 1)...].flatMap { second in
                joinable.indices[(second + 1)...].map { [joinable[first], joinable[second], joinable[$0]] }
            }
        }
        #expect(Self.cutEverywhere(Self.bytes(text), "three blocks") == joinable.map { [$0] })
        #expect(Self.cutEverywhere(Self.bytes(text), cuts: 3, "three blocks") == triples)
    }

    @Test func windowsLineBreaksAreCut() {
        let text = Self.documents[0].text.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(Self.cutEverywhere(Self.bytes(text), "CRLF") == Self.documents[0].joinable.joined().map { [$0] })
    }

    /// libyaml counts a lone CR, NEL, LS and PS as line breaks; no cut is made after one, whose
    /// line numbers would be off.
    @Test(arguments: ["\r", "\u{85}", "\u{2028}", "\u{2029}"])
    func otherLineBreaksStopTheCuts(_ lineBreak: String) {
        let text = "components:\n  a: \"one\(lineBreak)two\"\n  b: 2\n  c: 3\n"
        let bytes = Self.bytes(text)
        for start in Self.lineStarts(bytes).dropFirst(2) {
            #expect(bytes.withUnsafeBufferPointer { SplitPlan(cutting: $0, at: [start]) } == nil)
        }
        Self.cutEverywhere(bytes, "line break \(lineBreak.unicodeScalars.first!.value)")
    }

    /// Each piece is within the node limit, all of them together are not: the whole read reports it.
    @Test func theNodeLimitCountsEveryPiece() {
        let text = "components:\n" + (0..<20).map { "  a\($0): 1\n" }.joined()
        let limits = LoaderLimits(maxNodes: 30)
        #expect(Self.cutEverywhere(Self.bytes(text), limits: limits, "node limit").isEmpty)
        #expect(Self.cutEverywhere(Self.bytes(text), "no limit").count == 19)
    }

    /// A design of `entries` components and twice as many flows, in every style the samples use.
    private static func largeDesign(entries: Int) -> String {
        let components = (0..<entries).map { index in
            """
              c\(index):
                type: kinesis-data-streams
                note: 'single \(index)'
                text: "double\\t\(index)"
                block: |
                  literal \(index)
                list: &l [\(index), x, ~]
                again: *l\n
            """
        }
        let flows = (1..<entries).map { "  - c\($0 - 1) -> c\($0)\n  - from: c\($0)\n    to: [c\($0 - 1)]\n" }
        return "dataplan: 1\nname: large\ncomponents:\n  origin: &origin {type: s3}\n" + components.joined() + "flows:\n" + flows.joined() + "tags: {a: b}\n"
    }

    /// Components fill about 70% of this design: with five pieces the last cut is in `flows`.
    @Test(arguments: [(2, 1), (3, 2), (5, 4)])
    func aLargeDesignIsReadInPieces(_ pieces: Int, cuts: Int) throws {
        let bytes = Self.bytes(Self.largeDesign(entries: 2_000))
        let plan = bytes.withUnsafeBufferPointer { SplitPlan(cutting: $0, into: pieces) }
        #expect(plan?.cuts.count == cuts)
        #expect(Set(plan?.cuts.map(\.block) ?? []).count == (pieces == 5 ? 2 : 1))
        let root = plan.flatMap { SplitEventReader.read(bytes, plan: $0, limits: .default) }
        #expect(root != nil)
        let expected = Self.whole.load(bytes, file: "in.yaml")
        #expect(expected.diagnostics.isEmpty)
        #expect(TreeDump.of(root) == TreeDump.of(expected.root))
        let loaded = YAMLLoader(splittingThreshold: 0, pieces: pieces).load(bytes, file: "in.yaml")
        #expect(TreeDump.of(loaded) == TreeDump.of(expected))
    }

    /// Errors anywhere in a file read in pieces are the whole read's: same messages, same places.
    @Test(arguments: [
        ("a syntax error in the last piece", "  tail: [unclosed\n"),
        ("a key of the first piece again", "  c0:\n    type: s3\n"),
        ("an alias to an anchor of the first piece", "  tail: *origin\n"),
        ("an undefined alias", "  tail: *nowhere\n"),
    ])
    func errorsInPiecesAreTheWholeReads(_ label: String, _ problem: String) {
        let design = Self.largeDesign(entries: 1_000)
        let text = design.replacingOccurrences(of: "flows:\n", with: problem + "flows:\n")
        let split = YAMLLoader(splittingThreshold: 0, pieces: 2).load(text, file: "in.yaml")
        let expected = Self.whole.load(text, file: "in.yaml")
        #expect(TreeDump.of(split) == TreeDump.of(expected), "\(label)")
        #expect(label.contains("anchor of the first piece") ? expected.diagnostics.isEmpty : expected.diagnostics.count == 1, "\(label)")
    }

    /// A piece that fails stops the reading: on one thread, no piece after it is begun, and the
    /// file is read whole. Here every entry after the first uses the first one's anchor, so the
    /// second piece fails at its first line.
    @Test func aFailingPieceStopsThePiecesAfterIt() throws {
        let text = "components:\n  origin: &origin {type: s3}\n"
            + (0..<2_000).map { "  c\($0):\n    type: s3\n    base: *origin\n" }.joined()
        let bytes = Self.bytes(text)
        let plan = try #require(bytes.withUnsafeBufferPointer { SplitPlan(cutting: $0, into: 5) })
        let pieces = SplitEventReader.readPieces(bytes, plan: plan, limits: .default, threads: 1)
        #expect(pieces.map { $0 == nil ? "unread" : $0?.root == nil ? "failed" : "read" } == ["read", "failed", "unread", "unread", "unread"])
        #expect(SplitEventReader.read(bytes, plan: plan, limits: .default, threads: 2) == nil)
        let loaded = YAMLLoader(splittingThreshold: 0, pieces: 5).load(bytes, file: "in.yaml")
        #expect(loaded.diagnostics.isEmpty)
        #expect(TreeDump.of(loaded) == TreeDump.of(Self.whole.load(bytes, file: "in.yaml")))
    }

    @Test func everySampleCutAtEveryLineReadsTheSame() throws {
        let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Samples")
        let names = try FileManager.default.contentsOfDirectory(atPath: samples.path).filter { $0.hasSuffix(".yaml") }.sorted()
        try #require(names.count >= 9)
        var joined = 0
        for name in names {
            joined += Self.cutEverywhere([UInt8](try Data(contentsOf: samples.appendingPathComponent(name))), name).count
        }
        #expect(joined > 100)
    }

    @Test(.enabled(if: OptionalResource.yamlTestSuite.isAvailable, "needs ../shared/corpora/yaml-test-suite"))
    func everyCaseOfTheYAMLTestSuiteCutAtEveryLineReadsTheSame() throws {
        try #require(!YAMLTestSuiteTests.cases.isEmpty)
        var joined = 0
        for testCase in YAMLTestSuiteTests.cases {
            let bytes = [UInt8](try Data(contentsOf: YAMLTestSuiteTests.corpus.appendingPathComponent("\(testCase.id).yaml")))
            joined += Self.cutEverywhere(bytes, testCase.id).count
        }
        // The suite's cases are short and few have a block under a plain key: ten cuts join.
        #expect(joined == 10)
    }
}
