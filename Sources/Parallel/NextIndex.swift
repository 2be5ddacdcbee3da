/// Hands out `0..<count`, each index once, to whichever thread asks next: threads that take work
/// as they finish it share it by their speed.
public final class NextIndex: @unchecked Sendable {
    private let lock = ConditionLock()
    private var next = 0
    private let count: Int

    public init(below count: Int) {
        self.count = count
    }

    /// The next index not yet taken; nil once all are.
    public func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }
}
