import Foundation

/// Study days as numbers (days since 1970-01-01 of the day's date), so that "consecutive",
/// "in three days" and "the next 30 days" are integer arithmetic, immune to daylight saving.
public enum StudyDayNumber {
    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    public static func of(_ day: CalendarDay) -> Int {
        let date = utc.date(from: DateComponents(year: day.year, month: day.month, day: day.day))!
        return Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
    }

    public static func day(_ number: Int) -> CalendarDay {
        let parts = utc.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(number) * 86_400))
        return CalendarDay(String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!))!
    }
}

extension StudyCalendar {
    /// The number of the study day containing `instant`.
    public func dayNumber(containing instant: Date) -> Int {
        StudyDayNumber.of(day(containing: instant))
    }
}
