import Dispatch

/// One slot per task, filled by whichever worker runs the task; a serial queue orders the writes,
/// and the slots are read after `concurrentPerform` returns.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private var slots: [Value?]
    private let writes = DispatchQueue(label: "dataplan.result-slots")

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func store(_ value: Value, at index: Int) {
        writes.sync { slots[index] = value }
    }

    /// Every slot's value, in order; each must have been stored.
    func values() -> [Value] {
        writes.sync { slots.map { $0! } }
    }
}
