/// Bytes appended at the end of one growing allocation: a JSON report appends a few bytes at a
/// time, millions of times, and an `Array`'s append goes through generic code that checks
/// uniqueness and capacity in calls of their own. Owned by one `JSONWriter`, which copies it
/// before writing if it is ever shared (`isKnownUniquelyReferenced`), so writers keep value semantics;
/// a run of elements written on another core hands its buffer over whole, never to be written again.
final class ByteBuffer: @unchecked Sendable {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    /// A buffer of its own with the same bytes.
    func copy() -> ByteBuffer {
        let copy = ByteBuffer(capacity: capacity)
        copy.append(UnsafeBufferPointer(start: base, count: count))
        return copy
    }

    @inline(__always)
    func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        base[count] = byte
        count += 1
    }

    @inline(__always)
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        if count + bytes.count > capacity { grow(toHold: count + bytes.count) }
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    /// The bytes, for reading while the buffer is not written.
    var bytes: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base, count: count)
    }

    /// The bytes as an array.
    var array: [UInt8] {
        Array(UnsafeBufferPointer(start: base, count: count))
    }

    private func grow(toHold needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.initialize(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }
}
