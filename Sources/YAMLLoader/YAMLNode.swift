import Diagnostics

/// A YAML node with the position where it was written.
///
/// Aliases are resolved (the node is the anchored one, with the anchor's positions) and merge keys
/// (`<<`) are applied, so consumers see plain scalars, sequences and mappings.
public struct YAMLNode: Sendable {
    public enum Content: Sendable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var content: Content
    /// Where the node starts: the first character of a scalar, the `[`, `{` or first entry of a collection.
    public var mark: Mark
    /// The explicit tag, one byte rather than a string a node would retain and release at every copy.
    public var coreTag: YAMLCoreTag?

    public init(_ content: Content, at mark: Mark, coreTag: YAMLCoreTag? = nil) {
        self.content = content
        self.mark = mark
        self.coreTag = coreTag
    }

    /// The resolved tag when one was written explicitly (`!!str` becomes `tag:yaml.org,2002:str`).
    public var tag: String? { coreTag?.name }

    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    public var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// The value of a mapping's `key`; nil for a missing key or a node that is not a mapping.
    public subscript(key: String) -> YAMLNode? {
        mapping?.first { $0.key.scalar?.value == key }?.value
    }

    /// The scalar's text, or nil.
    public var text: String? { scalar?.value }

    /// A word for the node's shape in messages: "a mapping", "a list", "a scalar".
    public var kindDescription: String {
        switch content {
        case .scalar(let scalar): scalar.isNull ? "null" : "a scalar"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }
}

/// A scalar's text and how it was written.
public struct YAMLScalar: Sendable, Hashable {
    public enum Style: Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public var value: String
    public var style: Style

    public init(_ value: String, style: Style = .plain) {
        self.value = value
        self.style = style
    }

    /// Plain `~`, `null`, `Null`, `NULL` or nothing at all.
    /// Asked of every key and value the model reads, so the length is tested before the text.
    public var isNull: Bool {
        guard style == .plain else { return false }
        switch value.utf8.count {
        case 0: return true
        case 1: return value == "~"
        case 4:
            // Most four-letter values ("true", "gold") differ in the first letter: no string compare.
            let first = value.utf8.first
            guard first == UInt8(ascii: "n") || first == UInt8(ascii: "N") else { return false }
            return value == "null" || value == "Null" || value == "NULL"
        default: return false
        }
    }
}

/// One key and value of a mapping, each with its position.
public struct YAMLPair: Sendable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}
