import Foundation
import Testing

@testable import MLSDCore

@Suite("Study days and the interview instant")
struct StudyCalendarTests {
    let berlin = StudyCalendar(timeZone: TimeZone(identifier: "Europe/Berlin")!, dayStartHour: 4)

    @Test("a study day starts at the start hour, local time")
    func dayStartsAtTheStartHour() {
        // 09:00 UTC is 10:00 in Berlin in March (UTC+1): the day began at 04:00 local = 03:00 UTC.
        let morning = ISO8601.date("2026-03-01T09:00:00Z")!
        #expect(berlin.day(containing: morning).description == "2026-03-01")
        #expect(berlin.startOfDay(containing: morning) == ISO8601.date("2026-03-01T03:00:00Z")!)
        #expect(berlin.startOfDay(1, after: morning) == ISO8601.date("2026-03-02T03:00:00Z")!)
        #expect(berlin.startOfDay(7, after: morning) == ISO8601.date("2026-03-08T03:00:00Z")!)
    }

    @Test("after midnight but before the start hour it is still the evening before")
    func smallHoursBelongToTheDayBefore() {
        // 01:30 UTC is 02:30 in Berlin: before 04:00, so still 28 February's study day.
        let night = ISO8601.date("2026-03-01T01:30:00Z")!
        #expect(berlin.day(containing: night).description == "2026-02-28")
        #expect(berlin.startOfDay(containing: night) == ISO8601.date("2026-02-28T03:00:00Z")!)
        #expect(berlin.startOfDay(1, after: night) == ISO8601.date("2026-03-01T03:00:00Z")!)
    }

    @Test func startHourZeroIsMidnight() {
        let utc = StudyCalendar(timeZone: TimeZone(identifier: "UTC")!, dayStartHour: 0)
        let instant = ISO8601.date("2026-03-01T00:00:00Z")!
        #expect(utc.startOfDay(containing: instant) == instant)
        #expect(utc.startOfDay(containing: instant.addingTimeInterval(-1)) == ISO8601.date("2026-02-28T00:00:00Z")!)
    }

    @Test("the day after a daylight-saving change starts at the same local hour")
    func daylightSaving() {
        // Berlin moves to UTC+2 on 29 March 2026: 04:00 local is 02:00 UTC from then on.
        let before = ISO8601.date("2026-03-28T12:00:00Z")!
        #expect(berlin.startOfDay(1, after: before) == ISO8601.date("2026-03-29T02:00:00Z")!)
        #expect(berlin.startOfDay(2, after: before) == ISO8601.date("2026-03-30T02:00:00Z")!)
    }

    @Test("the interview starts at the start hour of its day")
    func interviewInstant() {
        let deadline = berlin.interview(on: CalendarDay("2026-03-15")!)
        #expect(deadline.date == ISO8601.date("2026-03-15T03:00:00Z")!)
        #expect(deadline.targetRetention == nil)
    }

    @Test func daysUntil() {
        let now = ISO8601.date("2026-03-01T09:00:00Z")!
        #expect(berlin.days(from: now, until: CalendarDay("2026-03-15")!) == 14)
        #expect(berlin.days(from: now, until: CalendarDay("2026-03-01")!) == 0)
        #expect(berlin.days(from: now, until: CalendarDay("2026-02-27")!) == -2)
        // At 02:30 local on 2 March it is still 1 March's study day.
        #expect(berlin.days(from: ISO8601.date("2026-03-02T01:30:00Z")!, until: CalendarDay("2026-03-02")!) == 1)
    }
}
