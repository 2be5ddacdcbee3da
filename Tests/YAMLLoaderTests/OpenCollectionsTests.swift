import Testing
@testable import YAMLLoader

/// The buffer the tree builder keeps open collections' entries in: entries move out in order, the
/// outer collection's stay, and every entry is released exactly once.
@Suite struct OpenCollectionsTests {
    @Test func innerEntriesMoveOutInOrderAndOuterOnesStay() {
        let open = OpenCollections<Int>(capacity: 2)
        for value in 0..<5 { open.append(value) }
        let inner = open.count
        for value in 100..<140 { open.append(value) }
        #expect(open.removeAll(from: inner) == Array(100..<140))
        #expect(open.count == 5)
        #expect(open.removeAll(from: 5) == [])
        #expect(open.removeAll(from: 0) == [0, 1, 2, 3, 4])
        #expect(open.count == 0)
    }

    @Test func everyEntryIsReleasedOnceWhetherMovedOutOrLeftBehind() {
        let released = Released()
        do {
            let open = OpenCollections<Counted>(capacity: 1)
            for id in 0..<6 { open.append(Counted(id, released)) }
            let moved = open.removeAll(from: 3)
            #expect(moved.map(\.id) == [3, 4, 5])
            #expect(released.ids.isEmpty)
        }
        #expect(released.ids.sorted() == [0, 1, 2, 3, 4, 5])
    }
}
