/// The kind of value a property takes, used to check designs, document the format and build the schema.
public indirect enum ValueKind: Sendable, Hashable {
    case string
    case bool
    /// A whole number, with an optional `K`, `M` or `B` suffix.
    case count
    /// A non-negative decimal number (vCPU, RPU).
    case number
    case duration
    case size
    /// Records per unit of time (`100K/s`).
    case recordRate
    /// Bytes per unit of time (`2GB/day`).
    case byteRate
    case bandwidth
    case money
    case region
    case schedule
    /// The name of another component of the design.
    case componentName
    /// A rule id (`SEC-004`).
    case ruleID
    /// A date `YYYY-MM-DD`.
    case date
    case oneOf([String])
    case list(ValueKind)
    /// A mapping from free-form keys to values of one kind.
    case map(ValueKind)
    /// A mapping with known keys.
    case object([PropertySpec])
    /// Either of several kinds, tried in order.
    case anyOf([ValueKind])

    /// How the kind is described to a user: in messages, `dataplan services` and the docs.
    public var summary: String {
        switch self {
        case .string: "text"
        case .bool: "true | false"
        case .count: "count, e.g. 120 or 100K"
        case .number: "number, e.g. 0.25"
        case .duration: "duration, e.g. 80ms, 5min, 24h"
        case .size: "size, e.g. 1KB, 50TB, 4GiB"
        case .recordRate: "rate, e.g. 100K/s, 5M/day"
        case .byteRate: "volume, e.g. 2TB/day"
        case .bandwidth: "bandwidth, e.g. 1Gbps"
        case .money: "money, e.g. 25000 USD/month"
        case .region: "AWS region, e.g. us-east-1"
        case .schedule: "schedule: hourly, daily, weekly, monthly, rate(15 minutes) or a cron expression"
        case .componentName: "component name"
        case .ruleID: "rule id, e.g. SEC-004"
        case .date: "date YYYY-MM-DD"
        case .oneOf(let values): values.joined(separator: " | ")
        case .list(let element): "list of \(element.summary)"
        case .map(let element): "map of name to \(element.summary)"
        case .object(let properties): "{" + properties.map(\.name).joined(separator: ", ") + "}"
        case .anyOf(let kinds): kinds.map(\.summary).joined(separator: ", or ")
        }
    }
}

/// One documented property of a component type, flow or nested object.
public struct PropertySpec: Sendable, Hashable {
    public let name: String
    public let kind: ValueKind
    public let summary: String

    public init(_ name: String, _ kind: ValueKind, _ summary: String) {
        self.name = name
        self.kind = kind
        self.summary = summary
    }
}
