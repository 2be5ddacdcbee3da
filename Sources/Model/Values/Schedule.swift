#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// When a batch job or flow runs: a named period, an AWS `rate(...)`, or a cron expression.
public enum Schedule: Hashable, Sendable {
    case hourly, daily, weekly, monthly
    /// Runs every `seconds` seconds, from `rate(15 minutes)`.
    case every(seconds: Decimal)
    /// A cron expression: five fields (Unix) or six (AWS, with year), as written.
    case cron(String)

    /// Parses `hourly`, `daily`, `weekly`, `monthly`, `rate(N minutes|hours|days)`, `cron(...)` or five cron fields.
    public static func parse(_ text: String) -> Schedule? {
        let trimmed = text.trimmingSpaces
        switch trimmed {
        case "hourly": return .hourly
        case "daily": return .daily
        case "weekly": return .weekly
        case "monthly": return .monthly
        default: break
        }
        if trimmed.hasPrefix("rate("), trimmed.hasSuffix(")") {
            let inner = trimmed.dropFirst(5).dropLast().split(separator: " ")
            guard inner.count == 2, let amount = Units.number(String(inner[0])), amount > 0 else { return nil }
            let unit: Decimal
            switch inner[1] {
            case "minute", "minutes": unit = 60
            case "hour", "hours": unit = 3600
            case "day", "days": unit = 86400
            default: return nil
            }
            return .every(seconds: amount * unit)
        }
        if trimmed.hasPrefix("cron("), trimmed.hasSuffix(")") {
            let fields = trimmed.dropFirst(5).dropLast().split(separator: " ")
            return fields.count == 6 ? .cron(trimmed) : nil
        }
        let fields = trimmed.split(separator: " ")
        let cronCharacters = Set("0123456789*/,-?LW#ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        if fields.count == 5, fields.allSatisfy({ $0.allSatisfy { cronCharacters.contains($0) } }) {
            return .cron(trimmed)
        }
        return nil
    }

    /// How many times the schedule fires in a month of `hours` hours, where that is a fixed figure.
    ///
    /// Cron expressions return nil here: counting their firings belongs to the estimator.
    public func runs(inMonthOf hours: Decimal) -> Decimal? {
        switch self {
        case .hourly: hours
        case .daily: hours / 24
        case .weekly: hours / 168
        case .monthly: 1
        case .every(let seconds): hours * 3600 / seconds
        case .cron: nil
        }
    }
}
