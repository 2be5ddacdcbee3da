import Foundation
import Model

/// The billing month's figures, worked out once for an estimate: every component asks for its
/// seconds or days, and hours ÷ 24 or ÷ 168 has no end in decimals, so each such division takes
/// Foundation's long path; a design of thousands of components would repeat it thousands of times.
struct Month: Sendable {
    let hours: Decimal
    let seconds: Decimal
    let days: Decimal
    private let weeks: Decimal

    init(hours: Decimal) {
        self.hours = hours
        seconds = hours.times(3600)
        days = hours.divided(by: 24)
        weeks = hours.divided(by: 168)
    }

    /// How many times `schedule` fires in the month, as `Schedule.runs(inMonthOf:)` counts it.
    func runs(of schedule: Schedule) -> Decimal? {
        switch schedule {
        case .hourly: hours
        case .daily: days
        case .weekly: weeks
        default: schedule.runs(inMonthOf: hours)
        }
    }
}
