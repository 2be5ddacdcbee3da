import Testing
@testable import YAMLLoader

@Suite struct MovedEntriesTests {
    private static func pair(_ key: String, _ items: [String]) -> YAMLPair {
        YAMLPair(key: YAMLNode(.scalar(YAMLScalar(key)), at: .start),
                 value: YAMLNode(.sequence(items.map { YAMLNode(.scalar(YAMLScalar($0)), at: .start) }), at: .start))
    }

    private static func keys(_ pairs: [YAMLPair]) -> [String] {
        pairs.map { $0.key.scalar?.value ?? "?" }
    }

    @Test func entriesAreAppendedInOrderAndTheirPlacesLeftOwningNothing() {
        var joined = [Self.pair("a-long-key-that-is-no-small-string", ["x"])]
        var source = [Self.pair("b", ["y", "z"]), Self.pair("c", [])]
        joined.appendMoving(from: &source, placeholder: .placeholder)
        #expect(Self.keys(joined) == ["a-long-key-that-is-no-small-string", "b", "c"])
        #expect(joined[1].value.sequence?.compactMap { $0.scalar?.value } == ["y", "z"])
        #expect(source.count == 2)
        #expect(source.allSatisfy { $0.key.scalar?.value == "" && $0.value.scalar?.value == "" })
    }

    @Test func everyMovedElementIsReleasedExactlyOnce() {
        let released = Released()
        let placeholder = Counted(-1, released)
        do {
            var joined = [Counted(0, released)]
            var source = [Counted(1, released), Counted(2, released)]
            joined.appendMoving(from: &source, placeholder: placeholder)
            #expect(joined.map(\.id) == [0, 1, 2])
            #expect(source.map(\.id) == [-1, -1])
            #expect(released.ids.isEmpty)
        }
        #expect(released.ids.sorted() == [0, 1, 2])
    }

    @Test func anEmptyArrayTakesTheSourceWhole() {
        var joined: [YAMLPair] = []
        var source = [Self.pair("b", ["y"])]
        joined.appendMoving(from: &source, placeholder: .placeholder)
        #expect(Self.keys(joined) == ["b"])
        #expect(source.isEmpty)
    }

    @Test func aNodesEntriesAreTakenOnlyFromItsOwnKind() {
        var mapping = YAMLNode(.mapping([Self.pair("k", ["v"])]), at: .start)
        #expect(mapping.takeItems() == nil)
        #expect(mapping.takePairs().map(Self.keys) == ["k"])
        #expect(mapping.scalar?.value == "")
        var list = YAMLNode(.sequence([YAMLNode(.scalar(YAMLScalar("i")), at: .start)]), at: .start)
        #expect(list.takePairs() == nil)
        #expect(list.takeItems()?.count == 1)
    }
}
