/// Entries moved from one tree into another rather than copied: joining a large file's pieces
/// moves tens of thousands of entries, and a copy would count a reference for every string and
/// collection in them (reading each one's memory), then the piece's tree, freed, would count them
/// back down.
extension Array {
    /// Appends `source`'s elements, moved: `placeholder`, which owns nothing, is left in their
    /// places; an empty array takes `source`'s storage whole and leaves `source` empty.
    mutating func appendMoving(from source: inout [Element], placeholder: Element) {
        guard !isEmpty else {
            swap(&self, &source)
            return
        }
        let start = count
        append(contentsOf: repeatElement(placeholder, count: source.count))
        withUnsafeMutableBufferPointer { target in
            source.withUnsafeMutableBufferPointer { moved in
                for index in moved.indices { swap(&target[start + index], &moved[index]) }
            }
        }
    }
}

extension YAMLNode {
    /// A node that owns nothing: an empty plain scalar at the start of the file.
    static let placeholder = YAMLNode(.scalar(YAMLScalar("")), at: .start)

    /// The mapping's pairs, moved out (the node becomes `placeholder`); nil when it is no mapping.
    mutating func takePairs() -> [YAMLPair]? {
        guard case .mapping(let pairs) = content else { return nil }
        self = .placeholder
        return pairs
    }

    /// The list's items, moved out (the node becomes `placeholder`); nil when it is no list.
    mutating func takeItems() -> [YAMLNode]? {
        guard case .sequence(let items) = content else { return nil }
        self = .placeholder
        return items
    }
}

extension YAMLPair {
    /// A pair that owns nothing.
    static let placeholder = YAMLPair(key: .placeholder, value: .placeholder)
}
