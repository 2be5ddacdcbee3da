#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Diagnostics

/// A checked property value, in base units: seconds, bytes, records or bytes per second, bits per second.
///
/// Not `indirect`: lists and objects already hold their values in a buffer, and a boxed case costs
/// an allocation for every property of every component and flow.
public enum Value: Sendable, Hashable {
    case string(String)
    case bool(Bool)
    case number(Decimal)
    case duration(seconds: Decimal)
    case size(bytes: Decimal)
    case recordRate(perSecond: Decimal)
    case byteRate(perSecond: Decimal)
    case bandwidth(bitsPerSecond: Decimal)
    case money(Money)
    case schedule(Schedule)
    case list([PropertyValue])
    case object(PropertyTable)

    public var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    public var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The value's magnitude in its base unit, for every numeric kind.
    public var decimal: Decimal? {
        switch self {
        case .number(let value), .duration(let value), .size(let value), .recordRate(let value),
            .byteRate(let value), .bandwidth(let value):
            value
        case .money(let money): money.amount
        default: nil
        }
    }

    public var list: [PropertyValue]? {
        if case .list(let items) = self { return items }
        return nil
    }

    @inlinable
    public var object: PropertyTable? {
        if case .object(let properties) = self { return properties }
        return nil
    }

    public var schedule: Schedule? {
        if case .schedule(let schedule) = self { return schedule }
        return nil
    }
}

/// A value together with where it was written: its key and the value itself.
public struct PropertyValue: Sendable, Hashable {
    public let value: Value
    /// The value as written, for scalars; empty for lists and mappings.
    public let text: String
    public let keyMark: Mark
    public let mark: Mark

    public init(_ value: Value, text: String, keyMark: Mark, mark: Mark) {
        self.value = value
        self.text = text
        self.keyMark = keyMark
        self.mark = mark
    }

    /// Calls `body` with the value at `parts` below this one, read where it is stored.
    @inlinable
    public func withValue<Result>(at parts: ArraySlice<String>, _ body: (PropertyValue?) -> Result) -> Result {
        guard let part = parts.first else { return body(self) }
        guard case .object(let table) = value else { return body(nil) }
        return table.withValue(part) { inner in
            guard let inner else { return body(nil) }
            return inner.withValue(at: parts.dropFirst(), body)
        }
    }

}

/// A set of properties reachable by dotted paths (`encryption.at-rest`).
public protocol PropertyHolder {
    var properties: PropertyTable { get }
}

/// Inlinable, so that rules and pricers in other modules read a component's or flow's properties
/// in place rather than through the protocol, which hands each dictionary over with a reference
/// count that the cores, reading the same components, contend for.
extension PropertyHolder {
    /// A property by a dotted path: `encryption.at-rest`. The path is walked in place, part by
    /// part, without splitting it into a list (pricers ask for a dozen paths a component).
    @inlinable
    public func property(_ path: String) -> PropertyValue? {
        let dot = UInt8(ascii: ".")
        // Searched on the contiguous bytes: `UTF8View.firstIndex` steps through a string's index
        // a byte at a time, which costs more than the look-up that follows.
        let hasDot = path.utf8.withContiguousStorageIfAvailable { $0.contains(dot) } ?? path.utf8.contains(dot)
        guard hasDot, let firstDot = path.utf8.firstIndex(of: dot) else { return properties[path] }
        var current = properties[String(path[..<firstDot])]
        var rest = path[path.utf8.index(after: firstDot)...]
        while let value = current {
            guard let next = rest.utf8.firstIndex(of: dot) else { return value.value.object?[String(rest)] }
            current = value.value.object?[String(rest[..<next])]
            rest = rest[rest.utf8.index(after: next)...]
        }
        return nil
    }

    /// A property by a path already split at its dots (rules split theirs once, when read).
    @inlinable
    public func property(parts: [String]) -> PropertyValue? {
        properties.withValue(parts: parts) { $0 }
    }
}
