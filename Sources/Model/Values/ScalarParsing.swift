#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension ValueKind {
    /// The value a scalar written as `text` has for this kind, or nil when it is not one.
    ///
    /// `plain` is false for quoted scalars, which are never booleans. Lists, maps and objects are
    /// not scalars and give nil.
    public func parse(scalar text: String, plain: Bool = true) -> Value? {
        switch self {
        case .string: .string(text)
        case .bool: plain && (text == "true" || text == "false") ? .bool(text == "true") : nil
        case .count: Units.count(text).flatMap { $0.isWhole ? Value.number($0) : nil }
        case .number: Units.number(text).map(Value.number)
        case .duration: Units.duration(text).map { .duration(seconds: $0) }
        case .size: Units.size(text).map { .size(bytes: $0) }
        case .recordRate: Units.recordRate(text).map { .recordRate(perSecond: $0) }
        case .byteRate: Units.byteRate(text).map { .byteRate(perSecond: $0) }
        case .bandwidth: Units.bandwidth(text).map { .bandwidth(bitsPerSecond: $0) }
        case .money: Units.money(text).map(Value.money)
        case .schedule: Schedule.parse(text).map(Value.schedule)
        case .region: Regions.known.contains(text) ? .string(text) : nil
        case .componentName: DesignNames.isValid(text) ? .string(text) : nil
        case .ruleID: DesignNames.isRuleID(text) ? .string(text) : nil
        case .date: DesignNames.isDate(text) ? .string(text) : nil
        case .oneOf(let allowed): allowed.contains(text) ? .string(text) : nil
        case .anyOf(let kinds): kinds.lazy.compactMap { $0.parse(scalar: text, plain: plain) }.first
        case .list, .map, .object: nil
        }
    }
}
