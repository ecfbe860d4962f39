import Foundation
import MLSDCore

/// How instants read in human output: local wall-clock time and "in 3d"; JSON uses ISO 8601 UTC.
struct TimeText {
    let timeZone: TimeZone

    /// "2026-03-01 09:10" in the user's time zone. Worked out from the zone's offset with civil
    /// calendar arithmetic: a DateFormatter costs more to build than the rest of `mlsd due` spends.
    func local(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: date)
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let minutes = (seconds - days * 86_400) / 60
        let (year, month, day) = Self.civil(days: days)
        return "\(Self.digits(year, 4))-\(Self.digits(month, 2))-\(Self.digits(day, 2)) "
            + "\(Self.digits(minutes / 60, 2)):\(Self.digits(minutes % 60, 2))"
    }

    /// Year, month and day of the proleptic Gregorian calendar for days since 1970-01-01
    /// (H. Hinnant's civil_from_days).
    static func civil(days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shifted + 2) / 5 + 1
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    /// "2026-03-01T09:10:00Z"
    static func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        return formatter.string(from: date)
    }

    /// "now", "in 10m", "in 11d", "3d ago".
    static func relative(_ date: Date, from now: Date) -> String {
        let seconds = date.timeIntervalSince(now)
        if abs(seconds) < 30 { return "now" }
        let span = IntervalExplanation.shortDuration(seconds: abs(seconds))
        return seconds > 0 ? "in \(span)" : "\(span) ago"
    }

    /// "0.9" → "90%", "0.9036" → "90.4%": one decimal only when it says something.
    static func percent(_ value: Double) -> String {
        let tenths = (value * 1000).rounded() / 10
        return tenths == tenths.rounded() ? "\(Int(tenths))%" : String(format: "%.1f%%", tenths)
    }

    /// Stability or difficulty for tables: "10.97", "2.31", "123.4", "1523".
    static func number(_ value: Double?) -> String {
        guard let value else { return "-" }
        switch abs(value) {
        case ..<100: return String(format: "%.2f", value)
        case ..<1000: return String(format: "%.1f", value)
        default: return String(format: "%.0f", value)
        }
    }
}

extension TimeText {
    /// "09:10" when `date` falls on the same local date as `now`, else "2026-03-03 09:10".
    func short(_ date: Date, now: Date) -> String {
        let full = local(date)
        return full.prefix(10) == local(now).prefix(10) ? String(full.dropFirst(11)) : full
    }
}
