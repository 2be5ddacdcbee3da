import Foundation
import Diagnostics

/// A checked property value, in base units: seconds, bytes, records or bytes per second, bits per second.
public indirect enum Value: Sendable, Hashable {
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
    case object([String: PropertyValue])

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
    public var object: [String: PropertyValue]? {
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

    /// A nested value by a dotted path such as `at-rest` under `encryption`.
    public func value(at path: some Collection<Substring>) -> PropertyValue? {
        guard let first = path.first else { return self }
        return value.object?[String(first)]?.value(at: path.dropFirst())
    }
}

/// A set of properties reachable by dotted paths (`encryption.at-rest`).
public protocol PropertyHolder {
    var properties: [String: PropertyValue] { get }
}

/// Inlinable, so that rules and pricers in other modules read a component's or flow's properties
/// in place rather than through the protocol, which hands each dictionary over with a reference
/// count that the cores, reading the same components, contend for.
extension PropertyHolder {
    /// A property by a dotted path: `encryption.at-rest`.
    @inlinable
    public func property(_ path: String) -> PropertyValue? {
        guard path.utf8.contains(UInt8(ascii: ".")) else { return properties[path] }
        return property(parts: path.split(separator: ".").map(String.init))
    }

    /// A property by a path already split at its dots (rules split theirs once, when read).
    @inlinable
    public func property(parts: [String]) -> PropertyValue? {
        guard let first = parts.first else { return nil }
        var current = properties[first]
        for part in parts.dropFirst() {
            current = current?.value.object?[part]
        }
        return current
    }
}
