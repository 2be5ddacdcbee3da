/// Properties by name, in the order they are written: a component's, a flow's, a nested object's.
///
/// A component has a handful of properties, and every rule and pricer reads several of them; a
/// search along the names (`isSameName`: lengths before bytes) costs less than
/// hashing each name into a dictionary on every read, and one pair of buffers less than a
/// dictionary's storage. From `indexedFrom` entries on (a `map` property may have thousands of
/// keys) a table keeps an index by name as well, so no read or write is ever a long search.
///
/// Equal, and hashed, whatever the order of its entries, as a dictionary is.
public struct PropertyTable: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
    public typealias Element = (key: String, value: PropertyValue)

    /// The names, in the order they were added.
    public private(set) var keys: [String]
    /// The values, in the order of `keys`.
    public private(set) var values: [PropertyValue]
    @usableFromInline var positions: [String: Int]?

    /// Entries from which a table keeps an index by name.
    static let indexedFrom = 24

    public init() {
        keys = []
        values = []
    }

    public init(minimumCapacity: Int) {
        self.init()
        keys.reserveCapacity(minimumCapacity)
        values.reserveCapacity(minimumCapacity)
    }

    public init(dictionaryLiteral elements: (String, PropertyValue)...) {
        self.init(minimumCapacity: elements.count)
        for (key, value) in elements { self[key] = value }
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    /// The position of `key` among `keys`, if it is there.
    @inlinable
    func position(of key: String) -> Int? {
        if let positions { return positions[key] }
        return keys.firstIndex { $0.isSameName(as: key) }
    }

    /// Calls `body` with the value of `key` (nil when absent).
    public func withValue<Result>(_ key: String, _ body: (PropertyValue?) -> Result) -> Result {
        body(position(of: key).map { values[$0] })
    }

    /// Calls `body` with the value at a path already split at its dots, read where it is stored.
    ///
    /// Rules on every core read the same components; a property copied out of a component's table
    /// counts references to the table's storage, which the cores then contend for.
    @inlinable
    public func withValue<Result>(parts: [String], _ body: (PropertyValue?) -> Result) -> Result {
        guard let first = parts.first else { return body(nil) }
        return withValue(first) { value in
            guard let value, parts.count > 1 else { return body(value) }
            return value.withValue(at: parts.dropFirst(), body)
        }
    }

    /// The value of `key`; setting nil removes it, setting a new key adds it at the end.
    public subscript(key: String) -> PropertyValue? {
        @inlinable get { position(of: key).map { values[$0] } }
        set {
            if let position = position(of: key) {
                if let newValue {
                    values[position] = newValue
                } else {
                    keys.remove(at: position)
                    values.remove(at: position)
                    positions = nil
                    indexIfLarge()
                }
            } else if let newValue {
                appendAbsent(key, newValue)
            }
        }
    }

    /// Adds `key`, which the caller knows is not there yet (a mapping's keys are unique: the loader
    /// refuses duplicates), without searching for it first.
    public mutating func append(new key: String, _ value: PropertyValue) {
        assert(position(of: key) == nil, "'\(key)' is in the table already")
        appendAbsent(key, value)
    }

    /// Adds an absent `key` at the end, and to the index if there is one.
    private mutating func appendAbsent(_ key: String, _ value: PropertyValue) {
        keys.append(key)
        values.append(value)
        if positions != nil {
            positions![key] = keys.count - 1
        } else {
            indexIfLarge()
        }
    }

    /// Removes `key`; returns the value it had.
    @discardableResult
    public mutating func removeValue(forKey key: String) -> PropertyValue? {
        guard let position = position(of: key) else { return nil }
        keys.remove(at: position)
        let value = values.remove(at: position)
        if positions != nil {
            positions = nil
            indexIfLarge()
        }
        return value
    }

    /// The values that `transform` keeps, by name (tags as text, say).
    public func compactMapValues<T>(_ transform: (PropertyValue) -> T?) -> [String: T] {
        var result: [String: T] = [:]
        for position in keys.indices {
            if let value = transform(values[position]) { result[keys[position]] = value }
        }
        return result
    }

    private mutating func indexIfLarge() {
        guard keys.count >= Self.indexedFrom else { return }
        positions = Dictionary(uniqueKeysWithValues: zip(keys, keys.indices))
    }

    public func makeIterator() -> Iterator {
        Iterator(table: self)
    }

    /// Walks the entries in the order they were added.
    public struct Iterator: IteratorProtocol {
        let table: PropertyTable
        var position = 0

        public mutating func next() -> Element? {
            guard position < table.keys.count else { return nil }
            defer { position += 1 }
            return (table.keys[position], table.values[position])
        }
    }

    public static func == (left: PropertyTable, right: PropertyTable) -> Bool {
        guard left.count == right.count else { return false }
        return zip(left.keys, left.values).allSatisfy { key, value in right[key] == value }
    }

    /// Each entry hashed on its own and the results combined in an order-free way, as a dictionary does.
    public func hash(into hasher: inout Hasher) {
        var combined = 0
        for position in keys.indices {
            var entry = Hasher()
            entry.combine(keys[position])
            entry.combine(values[position])
            combined ^= entry.finalize()
        }
        hasher.combine(count)
        hasher.combine(combined)
    }
}

extension String {
    /// `self == other`, with the lengths compared first: a name search meets many names of other
    /// lengths, and telling those apart needs no call into the string comparison.
    @inlinable
    public func isSameName(as other: String) -> Bool {
        utf8.count == other.utf8.count && self == other
    }
}
