#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Model

/// The billing month's figures, worked out once for an estimate: every component asks for its
/// seconds or days, and hours ÷ 24 or ÷ 168 has no end in decimals, so each such division takes
/// Foundation's long path; a design of thousands of components would repeat it thousands of times.
struct Month: Sendable {
    let hours: Decimal
    let seconds: Decimal
    let days: Decimal
    /// Runs of the named periods whose count is a division with no end, counted once by `Schedule`.
    private let dailyRuns: Decimal?
    private let weeklyRuns: Decimal?

    init(hours: Decimal) {
        self.hours = hours
        seconds = hours * 3600
        days = hours / 24
        dailyRuns = Schedule.daily.runs(inMonthOf: hours)
        weeklyRuns = Schedule.weekly.runs(inMonthOf: hours)
    }

    /// How many times `schedule` fires in the month, as `Schedule.runs(inMonthOf:)` counts it.
    func runs(of schedule: Schedule) -> Decimal? {
        switch schedule {
        case .daily: dailyRuns
        case .weekly: weeklyRuns
        default: schedule.runs(inMonthOf: hours)
        }
    }
}
