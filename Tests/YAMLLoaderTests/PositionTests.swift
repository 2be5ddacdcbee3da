import Testing
import Diagnostics
@testable import YAMLLoader

@Suite struct PositionTests {
    let loader = YAMLLoader()

    @Test func everyKeyAndValueKnowsItsLineAndColumn() throws {
        let document = loader.load(
            "name: shop\ncomponents:\n  clicks: {type: kinesis-data-streams, shards: 4}\n", file: "d.yaml")
        let root = try #require(document.root?.mapping)
        #expect(root[0].key.mark == Mark(line: 1, column: 1))
        #expect(root[0].value.mark == Mark(line: 1, column: 7))
        let components = try #require(root[1].value.mapping)
        #expect(components[0].key.mark == Mark(line: 3, column: 3))
        let clicks = try #require(components[0].value.mapping)
        #expect(components[0].value.mark == Mark(line: 3, column: 11))
        #expect(clicks[1].key.scalar?.value == "shards")
        #expect(clicks[1].value.mark == Mark(line: 3, column: 48))
    }

    @Test func columnsCountUnicodeScalarsNotBytes() throws {
        let document = loader.load("note: \"héllo\"\nnext: 1\nwide: é é x\n", file: "d.yaml")
        let root = try #require(document.root?.mapping)
        #expect(root[2].value.scalar?.value == "é é x")
        #expect(root[2].value.mark == Mark(line: 3, column: 7))
    }

    @Test func scalarStylesAreKept() throws {
        let document = loader.load("a: 'x'\nb: \"y\"\nc: z\nd: ~\n", file: "d.yaml")
        let root = try #require(document.root?.mapping)
        #expect(root.map { $0.value.scalar!.style } == [.singleQuoted, .doubleQuoted, .plain, .plain])
        #expect(root[3].value.scalar!.isNull)
    }

    @Test func nullIsEveryPlainSpellingOfItAndNothingElse() throws {
        let document = loader.load(
            "a: ~\nb: null\nc: Null\nd: NULL\ne:\nf: 'null'\ng: nul\nh: nULL\ni: '~'\nj: ~~\nk: nulls\n", file: "d.yaml"
        )
        let root = try #require(document.root?.mapping)
        #expect(
            root.map { $0.value.scalar!.isNull } == [
                true, true, true, true, true, false, false, false, false, false, false,
            ])
    }

    @Test func syntaxErrorsCarryTheirPosition() throws {
        let document = loader.load("a: 1\nb: [1, 2\nc: 3\n", file: "broken.yaml")
        #expect(document.root == nil)
        let error = try #require(document.diagnostics.first)
        #expect(error.location.file == "broken.yaml")
        #expect(error.location.line == 3)
        #expect(error.message.hasPrefix("invalid YAML:"))
    }
}
