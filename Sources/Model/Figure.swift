import Foundation

/// A quantity on a flow (records/s, bytes/s or bytes) and how it was obtained.
public struct Figure: Sendable, Hashable {
    public let value: Decimal
    /// False when the flow itself declares the figure; true when it was carried or computed.
    public let derived: Bool
    /// How the figure was obtained, for a reviewer: "declared on the flow", "web's emits", ...
    public let basis: String

    public init(_ value: Decimal, derived: Bool, basis: String) {
        self.value = value
        self.derived = derived
        self.basis = basis
    }
}

/// What travels along a flow, or reaches or leaves a component: rate, volume and record size.
public struct Throughput: Sendable, Hashable {
    /// Records per second.
    public var rate: Figure?
    /// Bytes per second.
    public var volume: Figure?
    /// Bytes per record.
    public var recordSize: Figure?

    public init(rate: Figure? = nil, volume: Figure? = nil, recordSize: Figure? = nil) {
        self.rate = rate
        self.volume = volume
        self.recordSize = recordSize
    }

    public static let unknown = Throughput()

    public var isUnknown: Bool { rate == nil && volume == nil }
}
