#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A quantity on a flow (records/s, bytes/s or bytes) and how it was obtained.
///
/// Holds no reference: the graph keeps one for every component and flow, three to a throughput,
/// and copies them as it carries throughput downstream, so a figure copies as plain bytes.
public struct Figure: Sendable, Hashable {
    public let value: Decimal
    /// False when the flow itself declares the figure; true when it was carried or computed.
    public let derived: Bool
    /// How the figure was obtained, kept as where it was found and written only when asked for.
    public let origin: FigureOrigin

    public init(_ value: Decimal, derived: Bool, origin: FigureOrigin) {
        self.value = value
        self.derived = derived
        self.origin = origin
    }

    /// How the figure was obtained, for a reviewer: "declared on the flow", "web's emits", ...
    public func basis(in graph: DesignGraph) -> String { origin.text(in: graph) }
}

/// Where a figure comes from: how it was found, and at which component or flow of the design.
///
/// Every component and flow of a design gets one and few are ever read, so the sentence is made
/// when it is read, from the graph's names; an origin is an index, not a name, and the origin a
/// component passes on is the one of what reaches it (`DesignGraph.inbound`), not a copy.
public struct FigureOrigin: Sendable, Hashable {
    public enum Kind: UInt8, Sendable {
        /// The flow states the figure itself.
        case declaredOnFlow
        /// The component's `emits` rate or record size.
        case emits
        /// The component's `emits`: rate × record size.
        case emittedVolume
        /// The database's `change-rate`.
        case changeRate
        /// The flows into the component, summed.
        case sumInto
        /// The flows into the component: their volume over their rate.
        case averageSizeInto
        /// What reaches the component, passed on.
        case passedOn
        /// The flow's rate × record size.
        case rateTimesSize
        /// The flow's volume ÷ record size.
        case volumeOverSize
    }

    public let kind: Kind
    /// The component where the figure was found; the flow for `rateTimesSize` and `volumeOverSize`.
    let index: Int32

    private init(_ kind: Kind, _ index: Int) {
        self.kind = kind
        self.index = Int32(truncatingIfNeeded: index)
    }

    public static let declaredOnFlow = FigureOrigin(.declaredOnFlow, 0)
    public static func emits(component: Int) -> FigureOrigin { FigureOrigin(.emits, component) }
    public static func emittedVolume(component: Int) -> FigureOrigin { FigureOrigin(.emittedVolume, component) }
    public static func changeRate(component: Int) -> FigureOrigin { FigureOrigin(.changeRate, component) }
    public static func sumInto(component: Int) -> FigureOrigin { FigureOrigin(.sumInto, component) }
    public static func averageSizeInto(component: Int) -> FigureOrigin { FigureOrigin(.averageSizeInto, component) }
    /// Passed on by the component; what it passes on is what reaches it, whose origin the text quotes.
    public static func passedOn(by component: Int) -> FigureOrigin { FigureOrigin(.passedOn, component) }
    public static func rateTimesSize(flow: Int) -> FigureOrigin { FigureOrigin(.rateTimesSize, flow) }
    public static func volumeOverSize(flow: Int) -> FigureOrigin { FigureOrigin(.volumeOverSize, flow) }

    /// The sentence for a reviewer, with the design's names. A chain of components passing a
    /// figure on is walked upstream in a loop, one parenthesis a component.
    public func text(in graph: DesignGraph) -> String {
        var text = ""
        var closing = 0
        var origin: FigureOrigin? = self
        while let current = origin {
            origin = nil
            let index = Int(current.index)
            switch current.kind {
            case .declaredOnFlow: text += "declared on the flow"
            case .emits: text += "\(graph.component(index).name)'s emits"
            case .emittedVolume: text += "\(graph.component(index).name)'s emits: rate × record-size"
            case .changeRate: text += "\(graph.component(index).name)'s change-rate"
            case .sumInto: text += "sum of the flows into \(graph.component(index).name)"
            case .averageSizeInto: text += "average record size into \(graph.component(index).name)"
            case .passedOn:
                text += "passed on by \(graph.component(index).name) ("
                closing += 1
                let inbound = graph.inbound[index]
                origin = inbound.rate?.origin ?? inbound.volume?.origin
            case .rateTimesSize:
                let flow = graph.flow(index)
                text += "rate × record-size on \(flow.from) -> \(flow.to)"
            case .volumeOverSize:
                let flow = graph.flow(index)
                text += "volume ÷ record-size on \(flow.from) -> \(flow.to)"
            }
        }
        return text + String(repeating: ")", count: closing)
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
