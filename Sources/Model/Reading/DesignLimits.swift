/// Bounds on a design's size, so that a generated or hostile file cannot make the graph and the
/// rules do unbounded work.
public struct DesignLimits: Sendable, Hashable {
    /// Most components a design may declare.
    public var maxComponents: Int
    /// Most flows a design may declare, chains expanded.
    public var maxFlows: Int

    public init(maxComponents: Int = 100_000, maxFlows: Int = 200_000) {
        self.maxComponents = maxComponents
        self.maxFlows = maxFlows
    }

    public static let `default` = DesignLimits()
}
