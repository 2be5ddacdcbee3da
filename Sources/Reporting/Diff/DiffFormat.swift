#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Model

/// Changes as the diff reports print them: signed money, signed percent, a one-line verdict.
enum DiffFormat {
    static func signed(_ value: Decimal) -> String {
        (value > 0 ? "+" : value < 0 ? "-" : "±") + CostFormat.money(abs(value))
    }

    /// A signed percent; "n/a" when there is none (no figure before, or a lower bound).
    static func percent(_ value: Decimal?) -> String {
        guard let value else { return "n/a" }
        return (value > 0 ? "+" : value < 0 ? "-" : "±") + abs(value).plainText(scale: 1) + "%"
    }

    /// A component's change, marked when lines without a rate changed as well.
    static func change(_ change: DesignDiff.ComponentChange) -> String {
        signed(change.delta) + (change.exact ? "" : " + unpriced")
    }

    static func money(_ value: Decimal?) -> String {
        value.map(CostFormat.money) ?? "-"
    }

    /// One line: the cost change and the findings added and resolved, then what fails the gate.
    static func verdict(_ diff: DesignDiff) -> String {
        var text: String
        if diff.totalDelta == 0 {
            text = "Monthly cost unchanged at \(CostFormat.money(diff.totalAfter)) USD"
        } else {
            let share = diff.totalPercent.map { " (\(percent($0)))" } ?? ""
            text =
                "Monthly cost \(signed(diff.totalDelta)) USD\(share): \(CostFormat.money(diff.totalBefore)) → "
                + "\(CostFormat.money(diff.totalAfter))"
        }
        if !diff.complete {
            text +=
                diff.exact
                ? " (totals are lower bounds; the lines without a rate are the same on both sides, so the change is "
                    + "whole)"
                : " (lower bounds: lines without a rate changed too, so the change is only what the priced lines show)"
        }
        text += "; findings: \(diff.added.count) added, \(diff.resolved.count) resolved"
        var failures: [String] = []
        if !diff.failingFindings.isEmpty {
            failures.append("\(diff.failingFindings.count) added at or above --fail-on \(diff.failOn.rawValue)")
        }
        if let over = diff.increaseOverLimit { failures.append(over) }
        if let unverified = diff.cannotVerify { failures.append(unverified) }
        if !failures.isEmpty { text += ". FAILS: " + failures.joined(separator: "; ") }
        return text
    }
}
