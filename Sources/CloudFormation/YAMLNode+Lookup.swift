import YAMLLoader

extension YAMLNode {
    /// The value of a mapping's `key`; nil for a missing key or a node that is not a mapping.
    subscript(key: String) -> YAMLNode? {
        mapping?.first { $0.key.scalar?.value == key }?.value
    }

    /// The scalar's text, or nil.
    var text: String? { scalar?.value }

    /// Whether the node is a plain null (`~`, `null`, nothing).
    var isNull: Bool { scalar?.isNull == true }
}
