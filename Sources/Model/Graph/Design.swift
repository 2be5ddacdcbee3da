#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Diagnostics

/// A validated design: its components, flows and requirements, each with its source position.
public struct Design: Sendable {
    public let file: String
    public let name: String
    public let description: String?
    public let region: String
    public let tags: [String: String]
    public let requirements: Requirements
    /// Components in the order the file lists them.
    public let components: [Component]
    /// Flows in the order the file lists them, chains expanded.
    public let flows: [Flow]
    /// Where each top-level key was written.
    public let topLevelMarks: [String: Mark]
    /// Rules the whole design opts out of (top-level `suppress`, an extension).
    public let suppressions: [Suppression]

    private let indexByName: [String: Int]
    /// Whether every flow's `writtenPositions` are its ends' places in `components`, as they are
    /// when the reader made the design from entries that all became components (it gives a design
    /// only then): the graph then takes them without reading the components' names again.
    let flowsAtWrittenPositions: Bool

    public init(
        file: String, name: String, description: String?, region: String, tags: [String: String],
        requirements: Requirements, components: [Component], flows: [Flow], topLevelMarks: [String: Mark],
        suppressions: [Suppression] = []
    ) {
        self.init(
            file: file, name: name, description: description, region: region, tags: tags, requirements: requirements,
            components: components, flows: flows, topLevelMarks: topLevelMarks, suppressions: suppressions,
            writtenNames: nil)
    }

    /// A design as the reader makes it: `writtenNames`, when given, is each component's position by
    /// name as the file wrote them, every entry a component, and each flow's `writtenPositions` are
    /// taken from it; nil, the names are indexed here and flows' positions are checked.
    init(
        file: String, name: String, description: String?, region: String, tags: [String: String],
        requirements: Requirements, components: [Component], flows: [Flow], topLevelMarks: [String: Mark],
        suppressions: [Suppression], writtenNames: [String: Int]?
    ) {
        self.file = file
        self.name = name
        self.description = description
        self.region = region
        self.tags = tags
        self.requirements = requirements
        self.components = components
        self.flows = flows
        self.topLevelMarks = topLevelMarks
        self.suppressions = suppressions
        flowsAtWrittenPositions = writtenNames != nil
        indexByName =
            writtenNames
            ?? Dictionary(components.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func index(of name: String) -> Int? { indexByName[name] }

    public func component(named name: String) -> Component? {
        indexByName[name].map { components[$0] }
    }

    public func location(_ mark: Mark) -> SourceLocation { mark.located(in: file) }
}

/// The design's `requirements`, each with its position.
public struct Requirements: Sendable, PropertyHolder {
    public let properties: PropertyTable
    public let mark: Mark?

    public init(properties: PropertyTable, mark: Mark?) {
        self.properties = properties
        self.mark = mark
    }

    public var latency: Decimal? { properties["latency"]?.value.decimal }
    public var zeroDowntime: Bool { properties["zero-downtime"]?.value.bool ?? false }
    public var exactlyOnce: Bool { properties["exactly-once"]?.value.bool ?? false }
    public var residency: [String]? { properties["residency"]?.value.list?.compactMap { $0.value.string } }
    public var budget: Money? {
        if case .money(let money)? = properties["budget"]?.value { return money }
        return nil
    }
}

/// One component: a named instance of a type, its merged tags and its properties.
///
/// A class, so that the graph, the rules and the estimator share one copy of each component.
public final class Component: Sendable, PropertyHolder {
    public let name: String
    /// Where the component's name is written.
    public let mark: Mark
    public let type: ComponentType
    public let region: String
    /// The design's tags with the component's own merged over them.
    public let tags: [String: String]
    /// Properties as written, `type`, `tags` and `suppress` aside.
    public let properties: PropertyTable
    public let suppressions: [Suppression]
    /// What it produces of its own: `emits` (rate and record size), or a database's `change-rate` (volume).
    public let stated: StatedFigures
    /// The type's category, kept apart: rules ask it of every component, and reading it through
    /// `type` copies the type, with the reference counts of its texts and lists.
    public let category: Category

    public init(
        name: String, mark: Mark, type: ComponentType, region: String, tags: [String: String],
        properties: PropertyTable, suppressions: [Suppression]
    ) {
        self.name = name
        self.mark = mark
        self.type = type
        self.region = region
        self.tags = tags
        self.properties = properties
        self.suppressions = suppressions
        category = type.category
        let emits = properties["emits"]?.value.object
        stated = StatedFigures(
            rate: emits?["rate"]?.value.decimal,
            volume: type.role == .database ? properties["change-rate"]?.value.decimal : nil,
            recordSize: emits?["record-size"]?.value.decimal)
    }
}

/// A rule a component opts out of, with the required reason and an optional expiry date.
public struct Suppression: Sendable, Hashable {
    public let rule: String
    public let reason: String
    /// `YYYY-MM-DD`; after it the finding returns.
    public let until: String?
    public let mark: Mark

    public init(rule: String, reason: String, until: String?, mark: Mark) {
        self.rule = rule
        self.reason = reason
        self.until = until
        self.mark = mark
    }
}

/// One flow of data from a component to another.
///
/// A class, as `Component` is: rules, the graph and the estimator share one copy of each flow,
/// where a struct would be copied, a reference count per field, at every read.
public final class Flow: Sendable, PropertyHolder {
    public let from: String
    public let to: String
    /// Where the flow is written: the source's name in a chain, the entry in the `flows` list otherwise.
    public let mark: Mark
    public let properties: PropertyTable
    /// Its own `rate`, `volume` and `record-size`.
    public let stated: StatedFigures
    /// Where `from` and `to` are written among the design's components, when the reader knew it:
    /// the graph takes these positions (once their names agree) instead of looking the names up.
    public let writtenPositions: (from: Int, to: Int)?

    public init(
        from: String, to: String, mark: Mark, properties: PropertyTable, writtenPositions: (from: Int, to: Int)? = nil
    ) {
        self.from = from
        self.to = to
        self.mark = mark
        self.properties = properties
        self.writtenPositions = writtenPositions
        stated =
            properties.isEmpty
            ? StatedFigures()
            : StatedFigures(
                rate: properties["rate"]?.value.decimal,
                volume: properties["volume"]?.value.decimal,
                recordSize: properties["record-size"]?.value.decimal)
    }

    /// `"a -> b"`, as findings name flows.
    public var label: String { "\(from) -> \(to)" }

    public var mode: String? { properties["mode"]?.value.string }
}

/// The figures a component or flow states itself, read from its properties once, when it is made:
/// the graph carries them through every flow, and a property lookup costs more than the carrying.
public struct StatedFigures: Sendable, Hashable {
    /// Records per second.
    public let rate: Decimal?
    /// Bytes per second.
    public let volume: Decimal?
    /// Bytes per record.
    public let recordSize: Decimal?

    public init(rate: Decimal? = nil, volume: Decimal? = nil, recordSize: Decimal? = nil) {
        self.rate = rate
        self.volume = volume
        self.recordSize = recordSize
    }
}

extension Component {
    /// Calls `body` with the property at a path split at its dots, read where the component keeps
    /// it (`PropertyTable.withValue(parts:_:)`): a method of the component's own borrows its table.
    @inlinable
    public func withProperty<Result>(parts: [String], _ body: (PropertyValue?) -> Result) -> Result {
        properties.withValue(parts: parts, body)
    }
}

extension Flow {
    /// Calls `body` with the property at a path split at its dots, read where the flow keeps it.
    @inlinable
    public func withProperty<Result>(parts: [String], _ body: (PropertyValue?) -> Result) -> Result {
        properties.withValue(parts: parts, body)
    }
}
