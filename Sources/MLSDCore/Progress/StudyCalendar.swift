import Foundation

/// Days as the user lives them: local time, with the day starting at `dayStartHour` so that a
/// review at 1 a.m. still belongs to the evening before (the `day_start_hour` setting).
///
/// Days are numbered (days since 1970-01-01 of the local calendar date), so "consecutive" and
/// "in three days" are plain integer arithmetic, immune to daylight-saving shifts.
public struct StudyCalendar: Sendable, Equatable {
    public var timeZone: TimeZone
    public var dayStartHour: Int

    public init(timeZone: TimeZone, dayStartHour: Int) {
        self.timeZone = timeZone
        self.dayStartHour = min(max(dayStartHour, 0), 23)
    }

    private var local: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// The study day an instant belongs to.
    public func day(of date: Date) -> Int {
        let shifted = date.addingTimeInterval(-Double(dayStartHour) * 3600)
        let parts = local.dateComponents([.year, .month, .day], from: shifted)
        return Self.number(year: parts.year!, month: parts.month!, day: parts.day!)
    }

    /// The number of a calendar date, on the same scale as `day(of:)`.
    public static func number(of day: CalendarDay) -> Int {
        number(year: day.year, month: day.month, day: day.day)
    }

    private static func number(year: Int, month: Int, day: Int) -> Int {
        let date = utc.date(from: DateComponents(year: year, month: month, day: day))!
        return Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
    }

    /// The calendar date of a day number, e.g. for labelling a forecast.
    public static func calendarDay(_ number: Int) -> CalendarDay {
        let date = Date(timeIntervalSince1970: Double(number) * 86_400)
        let parts = utc.dateComponents([.year, .month, .day], from: date)
        return CalendarDay(String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!))!
    }

    /// The instant study day `number` begins (its local date at `dayStartHour`).
    public func start(of number: Int) -> Date {
        let day = Self.calendarDay(number)
        // The wall-clock hour, not midnight plus hours elapsed: they differ on daylight-saving days.
        return local.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: dayStartHour))!
    }
}
