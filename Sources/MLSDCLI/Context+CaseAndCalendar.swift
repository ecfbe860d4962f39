import Foundation
import MLSDCore
import MLSDStore

extension Context {
    /// A `--case` value checked against the catalog: a retired case with history is still
    /// accepted, anything else unknown gets a did-you-mean.
    func knownCaseID(_ id: String) throws -> String {
        let store = try store()
        if try store.cases.ids(includeRetired: true).contains(id) { return id }
        throw CLIError.unknown("case", id, among: try store.cases.ids(), see: "mlsd cases")
    }

    /// Days as the user lives them: local time zone, with the `day_start_hour` setting.
    func studyCalendar(_ settings: Settings) -> StudyCalendar {
        StudyCalendar(timeZone: timeZone, dayStartHour: settings.dayStartHour)
    }

    /// The local time zone (TZ in the environment when set).
    var timeZone: TimeZone {
        if let name = environment["TZ"],
            let zone = TimeZone(identifier: name.hasPrefix(":") ? String(name.dropFirst()) : name)
        {
            return zone
        }
        return TimeZone.current
    }
}
