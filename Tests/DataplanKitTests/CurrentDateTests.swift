import Foundation
import Testing
@testable import DataplanKit

/// Today's date, computed by arithmetic, agrees with Foundation's calendar.
struct CurrentDateTests {
    @Test(arguments: [
        (0, "1970-01-01"), (-1, "1969-12-31"), (59, "1970-03-01"), (11_016, "2000-02-29"), (11_017, "2000-03-01"),
        (20_782, "2026-11-25"), (-719_468, "0000-03-01"), (2_932_896, "9999-12-31"),
    ])
    func knownDays(days: Int, date: String) {
        #expect(CheckSettings.civilDate(daysSinceEpoch: days) == date)
    }

    @Test func everyDayOfFourCenturiesAgreesWithTheCalendar() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        for days in stride(from: -80_000, through: 80_000, by: 13) {
            let moment = Date(timeIntervalSince1970: Double(days) * 86_400 + 43_200)
            let parts = calendar.dateComponents([.year, .month, .day], from: moment)
            let expected = String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
            #expect(CheckSettings.currentDate(moment) == expected)
        }
    }
}
