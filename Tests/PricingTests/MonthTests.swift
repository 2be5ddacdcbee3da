import Foundation
import Testing
import Model
@testable import Pricing

/// The month's figures, worked out once, are those each component would work out for itself.
@Suite struct MonthTests {
    @Test(arguments: [730, 720, 744, 672.5] as [Decimal])
    func theMonthsFiguresAreTheDivisionsTheyStandFor(hours: Decimal) {
        let month = Month(hours: hours)
        #expect(month.seconds == hours * 3600)
        #expect(month.days == hours / 24)
        let schedules: [Schedule] = [
            .hourly, .daily, .weekly, .monthly, .every(seconds: 900), .every(seconds: 7), .cron("0 3 * * *"),
        ]
        for schedule in schedules {
            #expect(month.runs(of: schedule) == schedule.runs(inMonthOf: hours), "\(schedule)")
        }
        #expect(month.runs(of: .weekly) == hours / 168)
    }
}
