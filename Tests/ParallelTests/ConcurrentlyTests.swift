import Testing
@testable import Parallel

@Suite struct ConcurrentlyTests {
    /// Each input's result comes back in its place, whatever order the cores finish in.
    @Test(arguments: [0, 1, 2, 1_000])
    func mapKeepsTheInputsOrder(count: Int) {
        let inputs = Array(0..<count)
        #expect(Concurrently.map(inputs) { $0 * $0 } == inputs.map { $0 * $0 })
    }
}
