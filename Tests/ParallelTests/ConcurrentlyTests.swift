import Testing
@testable import Parallel

@Suite struct ConcurrentlyTests {
    @Test(arguments: [true, false])
    func bothGivesEachPiecesResultInItsPlace(sharing: Bool) {
        let (sum, text) = Concurrently.both(sharing: sharing, { (1...1_000).reduce(0, +) }, { String(repeating: "ab", count: 3) })
        #expect(sum == 500_500)
        #expect(text == "ababab")
    }
}
