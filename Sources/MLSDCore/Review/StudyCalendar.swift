import Foundation

/// The user's days: a study day starts at `dayStartHour` local time rather than at midnight, so a
/// session that runs past midnight still belongs to the evening it started in (Anki's rollover).
///
/// Due instants stay exact (fsrs-6.md trap 10); this type only answers "which day is that in?".
public struct StudyCalendar: Sendable, Equatable {
    public var timeZone: TimeZone
    public var dayStartHour: Int

    public init(timeZone: TimeZone, dayStartHour: Int) {
        self.timeZone = timeZone
        self.dayStartHour = min(max(dayStartHour, 0), 23)
    }

    private var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    /// The instant the study day named `day` begins: that date at `dayStartHour` local time.
    /// When the hour does not exist that day (a daylight-saving gap), the next instant that does.
    public func start(of day: CalendarDay) -> Date {
        let midnight = day.start(in: timeZone)
        return calendar.date(
            bySettingHour: dayStartHour, minute: 0, second: 0, of: midnight,
            matchingPolicy: .nextTime) ?? midnight.addingTimeInterval(Double(dayStartHour) * 3600)
    }

    /// The calendar date whose study day contains `instant` (before the start hour, the day before).
    public func day(containing instant: Date) -> CalendarDay {
        let shifted = calendar.dateComponents([.year, .month, .day, .hour], from: instant)
        var date = calendar.date(from: DateComponents(year: shifted.year, month: shifted.month, day: shifted.day))!
        if let hour = shifted.hour, hour < dayStartHour {
            date = calendar.date(byAdding: .day, value: -1, to: date)!
        }
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return CalendarDay(String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!))!
    }

    /// The start of the study day containing `instant`.
    public func startOfDay(containing instant: Date) -> Date {
        start(of: day(containing: instant))
    }

    /// The start of the study day `days` after the one containing `instant` (calendar days, so a
    /// daylight-saving change makes that day 23 or 25 hours long, as the user lives it).
    public func startOfDay(_ days: Int, after instant: Date) -> Date {
        let today = day(containing: instant)
        let midnight = calendar.date(byAdding: .day, value: days, to: today.start(in: timeZone))!
        let parts = calendar.dateComponents([.year, .month, .day], from: midnight)
        return start(of: CalendarDay(String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!))!)
    }

    /// Whole study days from the day containing `instant` to `day` (0 when it is today, negative
    /// when it has passed).
    public func days(from instant: Date, until target: CalendarDay) -> Int {
        let today = day(containing: instant).start(in: timeZone)
        return calendar.dateComponents([.day], from: today, to: target.start(in: timeZone)).day ?? 0
    }

    /// The interview as an instant the scheduler can aim at: the start of the interview's study day.
    /// Aiming at the start rather than the interview hour, which mlsd does not know, keeps every
    /// capped review on the study day before it, whatever time of day the interview is.
    public func interview(on day: CalendarDay) -> InterviewDeadline {
        InterviewDeadline(date: start(of: day))
    }
}
