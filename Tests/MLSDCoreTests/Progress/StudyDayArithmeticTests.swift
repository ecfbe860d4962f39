import Foundation
import MLSDCore
import Testing

@Suite struct StudyDayArithmeticTests {
    /// The fast day number must name the same day as the calendar's own reckoning, across daylight
    /// saving changes and zones whose offsets are not whole hours.
    @Test(arguments: [
        "UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Asia/Kathmandu",
        "Australia/Lord_Howe", "Pacific/Chatham", "America/St_Johns",
    ])
    func arithmeticMatchesTheCalendar(_ zone: String) throws {
        let timeZone = try #require(TimeZone(identifier: zone))
        var state: UInt64 = 0x5EED
        for hour in [0, 4, 23] {
            let calendar = StudyCalendar(timeZone: timeZone, dayStartHour: hour)
            for _ in 0..<2_000 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                // Instants from 2024 to 2028, on minute boundaries and in between.
                let seconds = 1_704_067_200 + Double(state >> 33 % 126_230_400)
                let instant = Date(timeIntervalSince1970: seconds)
                #expect(
                    calendar.dayNumber(containing: instant) == StudyDayNumber.of(calendar.day(containing: instant)),
                    "\(zone) start \(hour): \(instant)")
            }
        }
    }
}
