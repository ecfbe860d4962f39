import Foundation

/// Every setting with its stored value or its default, typed.
public struct Settings: Sendable, Equatable {
    public var values: [SettingKey: String]

    /// Builds settings from stored text; a stored value that no longer validates falls back to
    /// its default rather than breaking every command (`mlsd doctor` reports it).
    public init(stored: [String: String] = [:]) {
        var values: [SettingKey: String] = [:]
        for key in SettingKey.allCases {
            let raw = stored[key.rawValue]
            values[key] = raw.flatMap { try? key.canonical($0) } ?? key.defaultValue
        }
        self.values = values
    }

    public subscript(key: SettingKey) -> String { values[key] ?? key.defaultValue }

    public var desiredRetention: Double { Double(self[.desiredRetention]) ?? 0.9 }
    public var fuzz: Bool { self[.fuzz] == "on" }
    public var newCardsPerDay: Int { Int(self[.newCardsPerDay]) ?? 20 }
    public var learningSteps: [Int] { Durations.parse(self[.learningSteps]) ?? [60, 600] }
    public var relearningSteps: [Int] { Durations.parse(self[.relearningSteps]) ?? [600] }
    public var maximumInterval: Int { Int(self[.maximumInterval]) ?? 36_500 }
    public var interviewDate: CalendarDay? { CalendarDay(self[.interviewDate]) }
    public var dayStartHour: Int { Int(self[.dayStartHour]) ?? 4 }
    public var editor: String? { self[.editor].isEmpty ? nil : self[.editor] }
}
