import Testing
import Foundation
@testable import Parallel

/// Records the thread its instance is freed on.
private final class Tracked: @unchecked Sendable {
    static let lock = NSLock()
    nonisolated(unsafe) static var freedOnThread: [Int: pthread_t] = [:]
    let id: Int

    init(_ id: Int) { self.id = id }

    deinit {
        Self.lock.withLock { Self.freedOnThread[id] = pthread_self() }
    }
}

@Suite struct BackgroundReleaseTests {
    @Test func aValueHandedOverIsFreedOnAnotherThreadOnceDrained() {
        weak var watched: Tracked?
        do {
            let value = Tracked(1)
            watched = value
            BackgroundRelease.release(consume value)
        }
        BackgroundRelease.drain()
        #expect(watched == nil)
        let freedOn = Tracked.lock.withLock { Tracked.freedOnThread[1] }
        #expect(freedOn.map { pthread_equal($0, pthread_self()) == 0 } == true)
    }

    @Test func valuesInsideACollectionAreFreedWithIt() {
        weak var first: Tracked?
        weak var last: Tracked?
        do {
            let values = (100..<200).map(Tracked.init)
            first = values.first
            last = values.last
            BackgroundRelease.release(consume values)
        }
        BackgroundRelease.drain()
        #expect(first == nil && last == nil)
        let freed = Tracked.lock.withLock { (100..<200).compactMap { Tracked.freedOnThread[$0] } }
        #expect(freed.count == 100)
        #expect(!freed.contains { pthread_equal($0, pthread_self()) != 0 })
    }
}
