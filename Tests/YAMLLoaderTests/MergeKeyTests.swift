import Testing
import Diagnostics
@testable import YAMLLoader

@Suite struct MergeKeyTests {
    let loader = YAMLLoader()

    private func values(_ text: String, at key: String) throws -> [String: String] {
        let document = loader.load(text, file: "in.yaml")
        #expect(document.diagnostics.isEmpty, "\(document.diagnostics)")
        let root = try #require(document.root?.mapping)
        let target = try #require(root.first { $0.key.scalar?.value == key }?.value.mapping)
        return Dictionary(uniqueKeysWithValues: target.map { ($0.key.scalar!.value, $0.value.scalar!.value) })
    }

    @Test func mergeKeyCopiesTheAnchoredMapping() throws {
        let merged = try values("base: &base {memory: 1024MB, duration: 80ms}\nf: {<<: *base, type: lambda}\n", at: "f")
        #expect(merged == ["memory": "1024MB", "duration": "80ms", "type": "lambda"])
    }

    @Test func explicitKeysOverrideMergedOnes() throws {
        let merged = try values("base: &base {memory: 1024MB}\nf:\n  <<: *base\n  memory: 2048MB\n", at: "f")
        #expect(merged == ["memory": "2048MB"])
    }

    @Test func earlierMergesWinOverLaterOnes() throws {
        let merged = try values("a: &a {x: 1}\nb: &b {x: 2, y: 2}\nc: {<<: [*a, *b]}\n", at: "c")
        #expect(merged == ["x": "1", "y": "2"])
    }

    @Test func mergedValuesKeepTheirOwnPositions() throws {
        let document = loader.load("base: &base\n  memory: 1024MB\nf:\n  <<: *base\n", file: "in.yaml")
        let f = try #require(document.root?.mapping?[1].value.mapping)
        #expect(f[0].key.mark == Mark(line: 2, column: 3))
    }

    @Test func mergingAScalarIsAnError() throws {
        let document = loader.load("f: {<<: 3}\n", file: "in.yaml")
        #expect(document.root == nil)
        #expect(document.diagnostics.first?.message == "a merge key `<<` takes a mapping or a list of mappings")
    }

    @Test func quotedMergeKeyIsAnOrdinaryKey() throws {
        let merged = try values("f: {'<<': x}\n", at: "f")
        #expect(merged == ["<<": "x"])
    }
}
