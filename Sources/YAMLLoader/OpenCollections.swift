/// The entries of every collection still open while a tree is built, innermost last, in one
/// buffer: a collection's entries are moved out into an array of exactly their count when it
/// closes, where appending to an array of its own would reallocate it at every doubling.
final class OpenCollections<Element> {
    private var storage: UnsafeMutablePointer<Element>
    private var capacity: Int
    /// Entries held, of every open collection.
    private(set) var count = 0

    init(capacity: Int = 64) {
        self.capacity = capacity
        storage = .allocate(capacity: capacity)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    func append(_ element: consuming Element) {
        if count == capacity { grow() }
        (storage + count).initialize(to: element)
        count += 1
    }

    /// The entries from `start` on (those of the innermost collection, which began there), moved
    /// out in order; the buffer keeps those before.
    func removeAll(from start: Int) -> [Element] {
        let taken = count - start
        guard taken > 0 else { return [] }
        let result = [Element](unsafeUninitializedCapacity: taken) { buffer, initialized in
            buffer.baseAddress!.moveInitialize(from: storage + start, count: taken)
            initialized = taken
        }
        count = start
        return result
    }

    private func grow() {
        let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity *= 2
    }
}
