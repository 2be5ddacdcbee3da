/// Bounds that keep loading linear in the input and bounded in memory, whatever the input.
public struct LoaderLimits: Sendable, Hashable {
    /// Largest file accepted, in bytes.
    public var maxFileBytes: Int
    /// Deepest nesting of sequences and mappings.
    public var maxDepth: Int
    /// Most nodes the document may hold once every alias is expanded.
    public var maxNodes: Int

    public init(maxFileBytes: Int = 16 << 20, maxDepth: Int = 64, maxNodes: Int = 2_000_000) {
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
    }

    public static let `default` = LoaderLimits()

    /// The largest file any limit lets through (2 GiB less a byte): the loader keeps offsets, lines
    /// and columns in 32 bits.
    public static let largestFile = Int(Int32.max)

    /// Why a file of `size` bytes, over `largestFile`, is refused whatever `maxFileBytes` says.
    public static func beyondLargestFile(_ size: Int) -> String {
        "the file is \(size) bytes; a design file holds at most \(largestFile), whatever --max-file-size allows"
    }
}
