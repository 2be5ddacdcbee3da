import Foundation

/// A quantity on a flow (records/s, bytes/s or bytes) and how it was obtained.
public struct Figure: Sendable, Hashable {
    public let value: Decimal
    /// False when the flow itself declares the figure; true when it was carried or computed.
    public let derived: Bool
    /// How the figure was obtained, kept in parts and written only when asked for.
    public let origin: FigureOrigin

    /// How the figure was obtained, for a reviewer: "declared on the flow", "web's emits", ...
    public var basis: String { origin.text }

    public init(_ value: Decimal, derived: Bool, basis: String) {
        self.init(value, derived: derived, origin: .said(basis))
    }

    public init(_ value: Decimal, derived: Bool, origin: FigureOrigin) {
        self.value = value
        self.derived = derived
        self.origin = origin
    }
}

/// Where a figure comes from. Every component and flow of a design gets one, and few are ever
/// read, so the sentence is made when it is read, not when the figure is.
///
/// Only `passedOn` holds another origin, so only it is boxed: the other cases are made for every
/// component and flow and cost no allocation.
public enum FigureOrigin: Sendable, Hashable {
    case said(String)
    case declaredOnFlow
    case emits(component: String)
    case emittedVolume(component: String)
    case changeRate(component: String)
    case sumInto(component: String)
    case averageSizeInto(component: String)
    indirect case passedOn(by: String, upstream: FigureOrigin?)
    case rateTimesSize(from: String, to: String)
    case volumeOverSize(from: String, to: String)

    public var text: String {
        switch self {
        case .said(let text): text
        case .declaredOnFlow: "declared on the flow"
        case .emits(let component): "\(component)'s emits"
        case .emittedVolume(let component): "\(component)'s emits: rate × record-size"
        case .changeRate(let component): "\(component)'s change-rate"
        case .sumInto(let component): "sum of the flows into \(component)"
        case .averageSizeInto(let component): "average record size into \(component)"
        case .passedOn(let component, let upstream): "passed on by \(component) (\(upstream?.text ?? ""))"
        case .rateTimesSize(let from, let to): "rate × record-size on \(from) -> \(to)"
        case .volumeOverSize(let from, let to): "volume ÷ record-size on \(from) -> \(to)"
        }
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
