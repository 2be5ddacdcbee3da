/// Bytes appended at the end of a list of allocations: a JSON report appends a few bytes at a
/// time, millions of times, and an `Array`'s append goes through generic code that checks
/// uniqueness and capacity in calls of their own. A full allocation is kept and the next one, twice
/// as large, is started, so no byte is moved while the report grows; a run of elements written on
/// another core is taken over whole (`adopt`), and the bytes are copied once, into the array that
/// is written out. Owned by one `JSONWriter`, which copies it before writing if it is ever shared
/// (`isKnownUniquelyReferenced`), so writers keep value semantics.
final class ByteBuffer: @unchecked Sendable {
    /// Full allocations, in order, each with the bytes it holds.
    private var full: [UnsafeMutableBufferPointer<UInt8>] = []
    private var base: UnsafeMutablePointer<UInt8>
    /// Bytes in the current allocation.
    private var used = 0
    private var capacity: Int
    /// Bytes in the full allocations.
    private var fullCount = 0

    /// The largest allocation started; larger reports take more of them.
    private static let largestCapacity = 4 << 20
    /// Runs shorter than this are copied rather than taken over, which would end the current allocation.
    private static let leastAdopted = 16 << 10

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        for chunk in full { chunk.deallocate() }
        base.deallocate()
    }

    /// Bytes held.
    var count: Int { fullCount + used }

    /// A buffer of its own with the same bytes.
    func copy() -> ByteBuffer {
        let copy = ByteBuffer(capacity: max(count, 16))
        forEachChunk { copy.append($0) }
        return copy
    }

    @inline(__always)
    func append(_ byte: UInt8) {
        if used == capacity { startAllocation(holding: 1) }
        base[used] = byte
        used += 1
    }

    @inline(__always)
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        if used + bytes.count > capacity { startAllocation(holding: bytes.count) }
        (base + used).update(from: source, count: bytes.count)
        used += bytes.count
    }

    /// Takes over `other`'s bytes, which follow this buffer's, without copying them unless they
    /// are few; `other` is left empty.
    func adopt(_ other: ByteBuffer) {
        guard other.count >= Self.leastAdopted else {
            other.forEachChunk { append($0) }
            other.clear()
            return
        }
        // This buffer's current allocation joins the full ones (or goes to `other`, if empty),
        // `other`'s full ones follow, and `other`'s current one, partly written, becomes this
        // buffer's: writing goes on after its bytes, and no allocation is made or left unused.
        var spare = (base: base, capacity: capacity)
        if used > 0 {
            full.append(UnsafeMutableBufferPointer(start: base, count: used))
            fullCount += used
            spare = (.allocate(capacity: 16), 16)
        }
        full += other.full
        fullCount += other.fullCount
        (base, used, capacity) = (other.base, other.used, other.capacity)
        (other.base, other.used, other.capacity) = (spare.base, 0, spare.capacity)
        other.full = []
        other.fullCount = 0
    }

    /// Drops the bytes, keeping the current allocation.
    private func clear() {
        for chunk in full { chunk.deallocate() }
        full = []
        fullCount = 0
        used = 0
    }

    /// The bytes as one array.
    var array: [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            forEachChunk { chunk in
                guard chunk.count > 0 else { return }
                (buffer.baseAddress! + initialized).initialize(from: chunk.baseAddress!, count: chunk.count)
                initialized += chunk.count
            }
        }
    }

    /// Calls `body` with each run of bytes, in order.
    private func forEachChunk(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        for chunk in full { body(UnsafeBufferPointer(chunk)) }
        body(UnsafeBufferPointer(start: base, count: used))
    }

    /// Keeps the current allocation as full and starts one with room for at least `needed` bytes.
    private func startAllocation(holding needed: Int) {
        seal(startingOneOf: max(min(capacity * 2, Self.largestCapacity), needed))
    }

    /// Moves the current allocation, with its bytes, to the full list, and starts an empty one.
    private func seal(startingOneOf newCapacity: Int) {
        full.append(UnsafeMutableBufferPointer(start: base, count: used))
        fullCount += used
        used = 0
        base = .allocate(capacity: newCapacity)
        capacity = newCapacity
    }
}
