import Testing
import Diagnostics
@testable import YAMLLoader

/// A loader's watcher hears of each top-level pair, and each entry of a top-level collection, as
/// it is finished, in document order, and its presence changes nothing in the tree.
@Suite struct LoadWatcherTests {
    /// Writes down what it is told, one line a call.
    final class Recorder: LoadWatcher {
        var calls: [String] = []

        func finished(topLevel pair: YAMLPair) {
            calls.append("top \(pair.key.scalar?.value ?? "?") at \(pair.key.mark)")
        }

        func finished(entry: YAMLPair, at index: Int, under key: YAMLNode) {
            calls.append("entry \(index) \(entry.key.scalar?.value ?? "?") of \(key.scalar?.value ?? "?") at \(entry.key.mark)")
        }

        func finished(item: YAMLNode, at index: Int, under key: YAMLNode) {
            calls.append("item \(index) \(item.scalar?.value ?? "{}") of \(key.scalar?.value ?? "?") at \(item.mark)")
        }
    }

    static let text = """
        name: n
        components:
          a: {type: s3}
          b:
            type: sqs
            nested: {deep: [1, 2]}
        flows:
          - a -> b
          - {from: b, to: a}
        empty: []

        """

    @Test(arguments: [0, Int.max])
    func entriesAreToldAsTheyAreFinished(pipeliningThreshold: Int) {
        let recorder = Recorder()
        let document = YAMLLoader(pipeliningThreshold: pipeliningThreshold).load(Self.text, file: "w.yaml", watcher: recorder)
        #expect(document.diagnostics.isEmpty)
        #expect(recorder.calls == [
            "top name at 1:1",
            "entry 0 a of components at 3:3",
            "entry 1 b of components at 4:3",
            "top components at 2:1",
            "item 0 a -> b of flows at 8:5",
            "item 1 {} of flows at 9:5",
            "top flows at 7:1",
            "top empty at 10:1",
        ])
    }

    @Test func aRootThatIsNotAMappingTellsNothing() {
        let recorder = Recorder()
        _ = YAMLLoader().load("- a: 1\n- [b, c]\n", file: "w.yaml", watcher: recorder)
        #expect(recorder.calls.isEmpty)
    }

    @Test func anAliasedCollectionIsToldAsOnePair() {
        let recorder = Recorder()
        let document = YAMLLoader().load("x: &c {a: 1, b: 2}\ncomponents: *c\n", file: "w.yaml", watcher: recorder)
        #expect(document.diagnostics.isEmpty)
        #expect(recorder.calls == ["entry 0 a of x at 1:8", "entry 1 b of x at 1:14", "top x at 1:1", "top components at 2:1"])
    }

    @Test func watchingChangesNothingInTheTree() {
        let plain = YAMLLoader().load(Self.text, file: "w.yaml")
        let watched = YAMLLoader().load(Self.text, file: "w.yaml", watcher: Recorder())
        #expect(plain.root?.mapping?.map(\.key.mark) == watched.root?.mapping?.map(\.key.mark))
        #expect(plain.root?.mapping?[1].value.mapping?.map(\.key.scalar) == watched.root?.mapping?[1].value.mapping?.map(\.key.scalar))
    }
}
