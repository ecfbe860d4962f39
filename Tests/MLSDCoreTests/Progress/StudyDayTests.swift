import Foundation
import MLSDCore
import Testing

@Suite struct StudyDayTests {
    static let utc = TimeZone(identifier: "UTC")!
    static let paris = TimeZone(identifier: "Europe/Paris")!

    static func date(_ text: String, _ zone: TimeZone = utc) -> Date {
        let formatter = DateFormatter()
        formatter.timeZone = zone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.date(from: text)!
    }

    @Test func theDayStartsAtTheConfiguredHour() {
        let calendar = StudyCalendar(timeZone: Self.utc, dayStartHour: 4)
        let evening = calendar.dayNumber(containing: Self.date("2026-03-10 23:30"))
        #expect(
            calendar.dayNumber(containing: Self.date("2026-03-11 03:59")) == evening,
            "before 04:00 is still the evening before")
        #expect(calendar.dayNumber(containing: Self.date("2026-03-11 04:00")) == evening + 1)
        #expect(StudyDayNumber.day(evening).description == "2026-03-10")
        #expect(calendar.start(of: StudyDayNumber.day(evening + 1)) == Self.date("2026-03-11 04:00"))
    }

    @Test func localTimeDecidesTheDay() {
        let paris = StudyCalendar(timeZone: Self.paris, dayStartHour: 0)
        let utc = StudyCalendar(timeZone: Self.utc, dayStartHour: 0)
        let instant = Self.date("2026-06-30 23:30")
        #expect(
            paris.dayNumber(containing: instant) == utc.dayNumber(containing: instant) + 1, "already July 1st in Paris")
    }

    @Test func daylightSavingDoesNotSkipOrRepeatADay() {
        let calendar = StudyCalendar(timeZone: Self.paris, dayStartHour: 4)
        // Clocks go forward on 2026-03-29 in Paris: that day is 23 hours long.
        let before = calendar.dayNumber(containing: Self.date("2026-03-28 12:00", Self.paris))
        #expect(calendar.dayNumber(containing: Self.date("2026-03-29 12:00", Self.paris)) == before + 1)
        #expect(calendar.dayNumber(containing: Self.date("2026-03-30 12:00", Self.paris)) == before + 2)
        #expect(calendar.start(of: StudyDayNumber.day(before + 1)) == Self.date("2026-03-29 04:00", Self.paris))
    }

    @Test func calendarDaysShareTheScale() {
        let calendar = StudyCalendar(timeZone: Self.utc, dayStartHour: 4)
        let interview = CalendarDay("2026-03-20")!
        #expect(StudyDayNumber.of(interview) - calendar.dayNumber(containing: Self.date("2026-03-10 09:00")) == 10)
    }

    @Test func streakCountsConsecutiveStudyDays() {
        let calendar = StudyCalendar(timeZone: Self.utc, dayStartHour: 4)
        let activity = [
            "2026-03-01 10:00", "2026-03-02 10:00", "2026-03-03 10:00", "2026-03-04 10:00",
            "2026-03-07 22:00", "2026-03-08 02:00", "2026-03-09 05:00", "2026-03-10 08:00", "2026-03-10 09:00",
        ]
        .map { Self.date($0) }
        let today = PracticeStreak.compute(activity: activity, now: Self.date("2026-03-10 20:00"), calendar: calendar)
        // 03-08 02:00 belongs to 03-07: the run is 03-07, 03-09, 03-10 with 03-08 missing.
        #expect(today == PracticeStreak(current: 2, longest: 4, activeToday: true, activeDays: 7))
        let tomorrow = PracticeStreak.compute(
            activity: activity, now: Self.date("2026-03-11 20:00"), calendar: calendar)
        #expect(tomorrow.current == 2 && !tomorrow.activeToday, "a streak lasts until the day is over")
        let later = PracticeStreak.compute(activity: activity, now: Self.date("2026-03-12 20:00"), calendar: calendar)
        #expect(later.current == 0)
        #expect(
            PracticeStreak.compute(activity: [], now: Self.date("2026-03-12 20:00"), calendar: calendar)
                == PracticeStreak(current: 0, longest: 0, activeToday: false, activeDays: 0))
    }
}
