import Testing
import Diagnostics
@testable import YAMLLoader

@Suite struct GuardTests {
    let loader = YAMLLoader()

    private func onlyError(_ text: String, limits: LoaderLimits = .default) throws -> Diagnostic {
        let document = YAMLLoader(limits: limits).load(text, file: "in.yaml")
        #expect(document.root == nil)
        return try #require(document.diagnostics.first { $0.severity == .error })
    }

    @Test func duplicateKeysAreRefusedAtTheSecondNamingTheFirst() throws {
        let error = try onlyError("name: a\ncomponents: {}\nname: b\n")
        #expect(error.location.line == 3 && error.location.column == 1)
        #expect(error.message == "duplicate key 'name'; it is first defined at line 1, column 1")
    }

    /// Every mapping's duplicates are reported, not only the first mapping's: reading goes on past one.
    @Test func duplicatesInSeveralMappingsAreAllReported() {
        let text =
            "name: a\ncomponents:\n  a: {type: s3}\n  a: {type: s3}\n  b: {type: s3, tls: true, tls: false}\nname: b\n"
        let document = YAMLLoader().load(text, file: "in.yaml")
        #expect(document.root == nil)
        #expect(
            Set(document.diagnostics.map { "\($0.location.line):\($0.location.column)" }) == ["4:3", "5:28", "6:1"])
    }

    /// Editors on Windows save UTF-8 with a byte-order mark: it is not part of the document.
    @Test func aByteOrderMarkIsNotPartOfTheDocument() throws {
        let document = YAMLLoader().load(
            YAMLLoader.byteOrderMark + Array("dataplan: 1\nname: x\n".utf8), file: "in.yaml")
        #expect(document.diagnostics.isEmpty)
        let keys = try #require(document.root?.mapping).map { $0.key.scalar?.value }
        #expect(keys == ["dataplan", "name"])
    }

    /// Small mappings keep their keys in a list, larger ones in a dictionary: both find the first.
    @Test(arguments: [3, 8, 9, 40])
    func duplicateKeysAreFoundInMappingsOfAnySize(keys: Int) throws {
        let text = (0..<keys).map { "k\($0): \($0)\n" }.joined() + "k1: again\n"
        let error = try onlyError(text)
        #expect(error.location.line == keys + 1 && error.location.column == 1)
        #expect(error.message == "duplicate key 'k1'; it is first defined at line 2, column 1")
    }

    /// Keys are compared by a print of their bytes, up to 16 pair by pair, beyond by an index:
    /// every duplicate is reported, in order, at the first writing of its name.
    @Test(arguments: [5, 16, 17, 300])
    func everyDuplicateIsReportedAtTheFirstOfItsName(keys: Int) {
        var text = (0..<keys).map { "k\($0): \($0)\n" }.joined()
        text +=
            "k\(keys - 1): again\n? [not, a, name]\n: 1\n? [not, a, name]\n: 2\nk0: again\n<<: {k1: "
            + "merged}\nk\(keys - 1): third\n"
        let document = YAMLLoader().load(text, file: "in.yaml")
        #expect(document.root == nil)
        #expect(
            document.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.message)" } == [
                "\(keys + 1):1 duplicate key 'k\(keys - 1)'; it is first defined at line \(keys), column 1",
                "\(keys + 6):1 duplicate key 'k0'; it is first defined at line 1, column 1",
                "\(keys + 8):1 duplicate key 'k\(keys - 1)'; it is first defined at line \(keys), column 1",
            ])
    }

    /// Swift's strings are equal by canonical equivalence: the Kelvin sign is the letter K, and an
    /// accent written apart is the accented letter; a mapping with a key beyond ASCII is compared by
    /// the strings' own hashes, so both are found, pair by pair and through the index.
    @Test(arguments: [2, 30])
    func keysEqualOnlyByCanonicalEquivalenceAreDuplicates(keys: Int) throws {
        let text =
            (0..<keys).map { "k\($0): \($0)\n" }.joined()
            + "K: letter\n\u{212A}: kelvin\ncaf\u{E9}: one\ncafe\u{301}: two\n"
        let document = YAMLLoader().load(text, file: "in.yaml")
        #expect(document.root == nil)
        #expect(
            document.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.message)" } == [
                "\(keys + 2):1 duplicate key '\u{212A}'; it is first defined at line \(keys + 1), column 1",
                "\(keys + 4):1 duplicate key 'cafe\u{301}'; it is first defined at line \(keys + 3), column 1",
            ])
        #expect(
            loader.load("K: letter\nk: small\n\u{212B}: angstrom\ncaf\u{E9}: one\n", file: "in.yaml").diagnostics
                .isEmpty)
    }

    /// Plain text (ASCII, no NUL) is told apart eight bytes at a time as byte by byte, wherever
    /// a NUL or a byte past ASCII stands; such a file still gets the binary or UTF-8 message.
    @Test func plainTextIsFoundEightBytesAtATimeAsOneByOne() throws {
        var state: UInt64 = 11
        var plain = 0
        for length in 0..<70 {
            for trial in 0..<30 {
                let bytes = (0..<length).map { _ -> UInt8 in
                    state = state &* 6364136223846793005 &+ 1442695040888963407
                    let pick = Int(state >> 33) % (trial % 3 == 0 ? 400 : 4000)
                    return pick == 0
                        ? 0
                        : pick == 1 ? 0x80 : pick == 2 ? 0xFF : pick == 3 ? 0x01 : UInt8(ascii: "a") + UInt8(pick % 26)
                }
                let expected = bytes.allSatisfy { $0 != 0 && $0 < 0x80 }
                #expect(SourceText.isPlainText(bytes) == expected, "\(bytes)")
                if expected { plain += 1 }
            }
        }
        #expect(plain > 300 && plain < 2_100)
        let binary = try onlyError("name: a\ncomponents: {}\nx: \u{0}\n")
        #expect(binary.message == "this is a binary file, not YAML (NUL byte)" && binary.location.line == 3)
    }

    @Test func mergedKeysDoNotOverrideExplicitOnesInLargeMappings() throws {
        let base = (0..<12).map { "b\($0): base" }.joined(separator: ", ")
        let document = loader.load("base: &base {\(base)}\nthing:\n  <<: *base\n  b3: own\n", file: "in.yaml")
        let thing = try #require(document.root?.mapping?.first { $0.key.scalar?.value == "thing" }?.value.mapping)
        #expect(thing.count == 12)
        #expect(thing.first { $0.key.scalar?.value == "b3" }?.value.scalar?.value == "own")
    }

    @Test func duplicateKeysInFlowMappings() throws {
        let error = try onlyError("c: {type: s3, type: sqs}\n")
        #expect(error.location.line == 1 && error.location.column == 15)
    }

    @Test func aliasBombOfATrillionNodesIsRefusedNotExpanded() throws {
        // Each level repeats the one before ten times: level 12 expands to 10^12 nodes.
        var text = "l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...12 {
            let references = Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ")
            text += "l\(level): &l\(level) [\(references)]\n"
        }
        let error = try onlyError(text)
        #expect(error.message.contains("expands to more than 2000000 nodes"))
        #expect(error.location.line == 7)
    }

    @Test func deepNestingIsRefusedWithoutRecursion() throws {
        let text = String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000)
        let error = try onlyError(text)
        #expect(error.message == "nesting is deeper than 64 levels (--max-depth)")
        #expect(error.location == Diagnostics.SourceLocation(file: "in.yaml", line: 1, column: 65))
    }

    @Test func depthLimitCanBeRaised() {
        let text = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(YAMLLoader(limits: LoaderLimits(maxDepth: 100)).load(text, file: "in.yaml").root != nil)
        #expect(YAMLLoader(limits: LoaderLimits(maxDepth: 99)).load(text, file: "in.yaml").root == nil)
    }

    @Test func oversizedInputIsRefusedBeforeParsing() throws {
        let error = try onlyError(String(repeating: "a: 1\n", count: 100), limits: LoaderLimits(maxFileBytes: 400))
        #expect(error.message == "the file is 500 bytes, over the limit of 400 bytes (--max-file-size)")
    }

    @Test func binaryInputIsRefused() throws {
        let document = loader.load([0x61, 0x3A, 0x20, 0x0A, 0x62, 0x00, 0x01], file: "blob.bin")
        let error = try #require(document.diagnostics.first)
        #expect(error.message == "this is a binary file, not YAML (NUL byte)")
        #expect(error.location.line == 2 && error.location.column == 2)
    }

    @Test func invalidUTF8IsRefusedWithItsPosition() throws {
        let bytes = Array("name: ok\nbad: ".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        let error = try #require(loader.load(bytes, file: "in.yaml").diagnostics.first)
        #expect(error.message == "the file is not valid UTF-8")
        #expect(error.location.line == 2 && error.location.column == 6)
    }

    @Test(arguments: ["", "\n\n", "# only a comment\n"])
    func emptyFilesAreRefused(text: String) throws {
        let error = try onlyError(text)
        #expect(error.message.hasPrefix("the file is empty"))
        #expect(error.location.line == 1)
    }

    @Test func moreThanOneDocumentIsRefused() throws {
        let error = try onlyError("a: 1\n---\nb: 2\n")
        #expect(error.location.line == 2)
        #expect(error.message.contains("one YAML document"))
    }

    @Test func undefinedAliasIsRefused() throws {
        let error = try onlyError("a: *nowhere\n")
        #expect(error.message.contains("refers to no anchor"))
    }

    @Test func foreignTagsAreRefused() throws {
        let error = try onlyError("a: !!python/object:os.system x\n")
        #expect(error.message.contains("is not supported"))
        #expect(error.location.column == 4)
    }

    @Test func coreTagsAreAccepted() throws {
        let document = loader.load("a: !!str 123\n", file: "in.yaml")
        let pair = try #require(document.root?.mapping?.first)
        #expect(pair.value.scalar?.value == "123")
        #expect(pair.value.tag == "tag:yaml.org,2002:str")
    }
}
