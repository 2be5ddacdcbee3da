/// Values by name (a component's, a type's, a property's), in the order they were added: a
/// table the reader and the rules look names up in far more often than they add to it.
///
/// `Dictionary` hashes a `String` with SipHash over its normalized form; this table hashes the
/// UTF-8 bytes with FNV-1a, keeps each entry's hash, and compares bytes only where the hashes
/// agree (reading a 1,000-component design took 6% fewer instructions with the reader's look-ups
/// moved here, callgrind). Open addressing, linear probing, never more than half full.
///
/// A byte hash is unseeded: names made to collide (or many names beyond ASCII, which share one
/// hash) would make every addition a long search. Once an addition has to search more than
/// `longestSearch` slots, the table looks names up in a `Dictionary` from then on, whose hash
/// is seeded. Names made to fill consecutive slots can still make the look-up of an absent name
/// search that run; such a look-up is a dangling-name error, whose hint sorts every name anyway.
public struct NameTable<Value: Sendable>: Sendable {
    /// The names, in the order they were added.
    public private(set) var keys: [String] = []
    /// The values, in the order of `keys`.
    public private(set) var values: [Value] = []
    /// Each entry's hash, in the order of `keys`.
    @usableFromInline var hashes: [UInt32] = []
    /// Entry positions plus one, by hash; 0 marks an empty slot. A power of two long.
    @usableFromInline var slots: [Int32]
    /// Positions by name, once a search grew too long; then `slots` is no longer kept.
    @usableFromInline var fallback: [String: Int]?

    /// Slots an addition may search before the table moves to `fallback`.
    static var longestSearch: Int { 32 }

    public init(minimumCapacity: Int = 0) {
        var size = 8
        while size < 2 * minimumCapacity { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
        keys.reserveCapacity(minimumCapacity)
        values.reserveCapacity(minimumCapacity)
        hashes.reserveCapacity(minimumCapacity)
    }

    /// A table of `entries`, the first of any name kept.
    public init<Entries: Sequence>(firstOf entries: Entries) where Entries.Element == (String, Value) {
        self.init(minimumCapacity: entries.underestimatedCount)
        for (name, value) in entries { add(name, value) }
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    /// The value of `name`, if the table has it.
    @inlinable
    public subscript(name: String) -> Value? {
        position(of: name).map { values[$0] }
    }

    /// Where `name` is among `keys`, if it is there.
    @inlinable
    public func position(of name: String) -> Int? {
        if let fallback { return fallback[name] }
        let hash = Self.hash(name)
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return nil }
            if hashes[entry - 1] == hash && keys[entry - 1] == name { return entry - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// Adds `name` with `value` unless the table has it already; true when added.
    @discardableResult
    public mutating func add(_ name: String, _ value: Value) -> Bool {
        if fallback != nil {
            guard fallback![name] == nil else { return false }
            fallback![name] = keys.count
            keys.append(name)
            values.append(value)
            return true
        }
        let hash = Self.hash(name)
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        var searched = 0
        while slots[slot] != 0 {
            let entry = Int(slots[slot]) - 1
            if hashes[entry] == hash && keys[entry] == name { return false }
            slot = (slot + 1) & mask
            searched += 1
        }
        keys.append(name)
        values.append(value)
        hashes.append(hash)
        slots[slot] = Int32(keys.count)
        if searched > Self.longestSearch {
            fallback = Dictionary(keys.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            (slots, hashes) = ([], [])
        } else if 2 * keys.count > slots.count {
            grow()
        }
        return true
    }

    /// Whether look-ups go through the seeded `Dictionary` (a search grew too long).
    var searchesByDictionary: Bool { fallback != nil }

    /// Doubles the slots and places every entry again.
    private mutating func grow() {
        slots = [Int32](repeating: 0, count: 2 * slots.count)
        let mask = slots.count - 1
        for entry in hashes.indices {
            var slot = Int(hashes[entry]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(entry + 1)
        }
    }

    /// FNV-1a over the name's UTF-8 bytes. A name with a byte outside ASCII gets one fixed hash:
    /// `==` on strings is canonical equivalence (an `é` written as one scalar or as two), which a
    /// hash of the bytes would tell apart; such names (never valid ones) share one chain of slots.
    @inlinable
    static func hash(_ name: String) -> UInt32 {
        if let hash = name.utf8.withContiguousStorageIfAvailable({ hash(bytes: $0) }) { return hash }
        var copy = name
        return copy.withUTF8 { hash(bytes: $0) }
    }

    @inlinable
    static func hash(bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        var seen: UInt8 = 0
        for byte in bytes {
            hash = (hash ^ UInt32(byte)) &* 16_777_619
            seen |= byte
        }
        return seen < 0x80 ? hash : nonASCIIHash
    }

    @usableFromInline
    static var nonASCIIHash: UInt32 { 0x9E37_79B9 }
}
