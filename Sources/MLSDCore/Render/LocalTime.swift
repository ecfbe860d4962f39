import Foundation

/// Dates as notes and reports print them, in the user's time zone.
public enum LocalTime {
    public static func minute(_ date: Date, in timeZone: TimeZone) -> String {
        let parts = components(date, timeZone)
        return String(
            format: "%04d-%02d-%02d %02d:%02d", parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!)
    }

    public static func day(_ date: Date, in timeZone: TimeZone) -> String {
        let parts = components(date, timeZone)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    /// ISO 8601 in UTC, to the second: 2026-03-05T10:00:00Z.
    public static func iso8601(_ date: Date) -> String {
        let parts = components(date, TimeZone(identifier: "UTC")!)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02dZ", parts.year!, parts.month!, parts.day!,
            parts.hour!, parts.minute!, parts.second!)
    }

    private static func components(_ date: Date, _ timeZone: TimeZone) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    }
}
