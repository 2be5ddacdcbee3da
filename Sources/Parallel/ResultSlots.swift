/// One slot per task, each written once by the one thread that runs the task and read only after
/// every such thread has finished (`concurrentPerform` returned, or each thread was joined), which
/// orders every write before the read: no lock needed.
public final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Value?>

    public init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    public var count: Int { slots.count }

    public func store(_ value: Value, at index: Int) {
        slots[index] = value
    }

    /// Every slot's value, in order; each must have been stored.
    public func values() -> [Value] {
        slots.map { $0! }
    }

    /// Every slot's value, in order, nil where none was stored (work given up half-way).
    public func storedValues() -> [Value?] {
        Array(slots)
    }
}
