import Foundation
import MLSDCore
import MLSDStore

/// Everything the review commands need from the settings, checked strictly: a stored scheduling
/// setting that no longer validates (edited by hand, or written by another version) stops the
/// command with the fix, rather than silently scheduling with a default the user never chose.
struct ReviewSetup {
    let settings: Settings
    let scheduler: Scheduler
    let calendar: StudyCalendar
    /// The interview as the scheduler aims at it (`StudyCalendar.interview(on:)`), when one is set.
    let interview: InterviewDeadline?
    let interviewDay: CalendarDay?

    static let keys: [SettingKey] = [
        .desiredRetention, .fuzz, .newCardsPerDay, .learningSteps, .relearningSteps,
        .maximumInterval, .interviewDate, .dayStartHour,
    ]

    static func load(_ context: Context) throws -> ReviewSetup {
        let stored = try context.store().settings.stored()
        for key in keys {
            guard let raw = stored[key.rawValue] else { continue }
            do {
                _ = try key.canonical(raw)
            } catch SettingError.invalidValue(_, _, let allowed) {
                throw CLIError(
                    "the stored setting \(key.rawValue) = '\(raw)' is invalid (expected \(allowed)); "
                        + "fix it with 'mlsd config set \(key.rawValue) VALUE' or 'mlsd config unset \(key.rawValue)'",
                    code: .dataError)
            }
        }
        let settings = Settings(stored: stored)
        let scheduler: Scheduler
        do {
            scheduler = try Scheduler(settings: SchedulerSettings(settings))
        } catch {
            throw CLIError("\(error); fix it with 'mlsd config set'", code: .dataError)
        }
        let calendar = StudyCalendar(timeZone: timeZone(context.environment), dayStartHour: settings.dayStartHour)
        let day = settings.interviewDate
        return ReviewSetup(
            settings: settings, scheduler: scheduler, calendar: calendar,
            interview: day.map(calendar.interview(on:)), interviewDay: day)
    }

    /// The local time zone: `TZ` when it names one, else the system's.
    static func timeZone(_ environment: [String: String]) -> TimeZone {
        if let name = environment["TZ"],
            let zone = TimeZone(identifier: name.hasPrefix(":") ? String(name.dropFirst()) : name)
        {
            return zone
        }
        return .current
    }

    /// The interview, only while it is still ahead: after it, scheduling goes back to normal.
    func interview(at now: Date) -> InterviewDeadline? {
        guard let interview, interview.date > now else { return nil }
        return interview
    }
}
