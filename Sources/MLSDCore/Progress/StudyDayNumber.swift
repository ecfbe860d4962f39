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
        let parts = utc.dateComponents(
            [.year, .month, .day], from: Date(timeIntervalSince1970: Double(number) * 86_400))
        return CalendarDay(String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!))!
    }
}

extension StudyCalendar {
    /// The number of the study day containing `instant`: the local wall-clock time, moved back by
    /// the day's start hour, in whole days. The same day as `day(containing:)` gives, as arithmetic,
    /// because stats and forecasts ask this for every review ever logged.
    public func dayNumber(containing instant: Date) -> Int {
        let local = instant.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: instant))
        return Int(((local - Double(dayStartHour * 3_600)) / 86_400).rounded(.down))
    }

    /// `dayNumber(containing:)` of instants in ascending order, asking the time zone for its
    /// offset again only once a daylight-saving transition has passed: the stats read thousands.
    public func dayNumbers(ascending instants: [Date]) -> [Int] {
        var offset = 0.0
        var validUntil = -Double.infinity
        return instants.map { instant in
            let seconds = instant.timeIntervalSince1970
            if seconds >= validUntil {
                offset = Double(timeZone.secondsFromGMT(for: instant))
                validUntil =
                    timeZone.nextDaylightSavingTimeTransition(after: instant)?.timeIntervalSince1970 ?? .infinity
            }
            return Int(((seconds + offset - Double(dayStartHour * 3_600)) / 86_400).rounded(.down))
        }
    }
}
