import Foundation
import MLSDStore

/// The current time as commands see it: the clock mlsd was given, or the fixed instant in `MLSD_NOW`
/// (ISO 8601, e.g. 2026-03-01T09:00:00Z) to script "what if I reviewed on Friday?" and to test
/// schedules that span days without waiting for them.
enum Clock {
    static func from(environment: [String: String], otherwise clock: @escaping () -> Date) throws -> () -> Date {
        guard let text = environment["MLSD_NOW"], !text.isEmpty else { return clock }
        guard let instant = parse(text) else {
            throw CLIError(
                "MLSD_NOW='\(text)' is not an ISO 8601 instant such as 2026-03-01T09:00:00Z; fix or unset it",
                code: .usage)
        }
        // Stored times are read back within these years (ValueRange.seconds), so a clock outside
        // them would write what cannot be read as written.
        guard ValueRange.seconds.contains(instant.timeIntervalSince1970) else {
            throw CLIError(
                "MLSD_NOW='\(text)' is outside 1970-01-01 to 9999-11-30, the years mlsd can schedule in; "
                    + "use an instant such as 2026-03-01T09:00:00Z or unset it",
                code: .usage)
        }
        return { instant }
    }

    static func parse(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }
}
