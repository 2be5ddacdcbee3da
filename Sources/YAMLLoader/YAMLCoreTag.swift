/// A tag of YAML's core schema, or the non-specific `!` and `?`: the only tags a design may carry.
public struct YAMLCoreTag: Hashable, Sendable {
    /// The tags, as libyaml resolves them.
    public static let names = [
        "!", "?",
        "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
        "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "tag:yaml.org,2002:map",
        "tag:yaml.org,2002:seq", "tag:yaml.org,2002:merge",
    ]
    public static let merge = YAMLCoreTag("tag:yaml.org,2002:merge")!

    /// The tag's place in `names`: one byte in every node that carries it.
    private let index: UInt8

    public init?(_ name: String) {
        guard let index = Self.names.firstIndex(of: name) else { return nil }
        self.index = UInt8(index)
    }

    /// The tag whose name is `bytes`, as libyaml hands it over; nil for any other.
    init?(bytes: UnsafeBufferPointer<UInt8>) {
        guard let index = Self.names.firstIndex(where: { $0.utf8.elementsEqual(bytes) }) else { return nil }
        self.index = UInt8(index)
    }

    public var name: String { Self.names[Int(index)] }
}
