import Foundation
import MLSDCore

/// How instants read in human output: local wall-clock time and "in 3d"; JSON uses ISO 8601 UTC.
struct TimeText {
    let timeZone: TimeZone

    /// "2026-03-01 09:10" in the user's time zone.
    func local(_ date: Date) -> String { LocalTime.minute(date, in: timeZone) }

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
