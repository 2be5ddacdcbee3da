import Dispatch

/// Frees values on a thread of its own, so the thread done with a large structure goes on with
/// the next stage while another core gives the memory back.
///
/// Freeing a 10,000-component design's YAML tree, model and graph is tens of milliseconds of
/// reference counting and `free`, all on the thread that drops the last reference, and nothing
/// after it reads them: the graph is built while the tree is freed, the reports are written while
/// the model is. Values go in the order they are handed over, one at a time.
public enum BackgroundRelease {
    private static let queue = DispatchQueue(label: "dataplan.background-release")

    /// Takes `value` and drops it on the release thread. The caller must hold no other reference
    /// to what it owns, or the last reference, and the freeing, stays with the caller.
    public static func release<Value: Sendable>(_ value: consuming Value) {
        let held = Held(consume value)
        queue.async { held.value = nil }
    }

    /// Waits until everything handed over so far is freed.
    public static func drain() {
        queue.sync {}
    }
}

/// A value moved in, not copied: a closure capturing the value itself would hold a copy, and the
/// caller's own, released after the closure had run, could be the last.
private final class Held<Value: Sendable>: @unchecked Sendable {
    var value: Value?

    init(_ value: consuming Value) {
        self.value = consume value
    }
}
