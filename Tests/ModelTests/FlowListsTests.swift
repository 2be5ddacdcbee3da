import Testing
@testable import Model

/// Flows listed by component in one array read as the per-component lists they replaced.
@Suite struct FlowListsTests {
    @Test func eachComponentListsItsFlowsInFlowOrder() {
        let owners = [2, 0, 2, 3, 0, 2]
        let lists = FlowLists(count: 5, flowCount: owners.count) { owners[$0] }
        #expect(lists.count == 5)
        #expect(lists.map { Array($0) } == [[1, 4], [], [0, 2, 5], [3], []])
    }

    @Test func noFlowsGiveEmptyLists() {
        let lists = FlowLists(count: 3, flowCount: 0) { _ in 0 }
        #expect(lists.map(\.isEmpty) == [true, true, true])
        #expect(FlowLists(count: 0, flowCount: 0) { _ in 0 }.isEmpty)
    }
}
