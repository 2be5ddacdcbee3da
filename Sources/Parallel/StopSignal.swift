/// A flag that any of several threads raises to tell the others their work is no longer needed;
/// each looks at it between units of work (a batch of events, say), never mid-way.
public final class StopSignal: @unchecked Sendable {
    private let lock = ConditionLock()
    private var raised = false

    public init() {}

    public func raise() {
        lock.lock()
        raised = true
        lock.unlock()
    }

    public var isRaised: Bool {
        lock.lock()
        defer { lock.unlock() }
        return raised
    }
}
