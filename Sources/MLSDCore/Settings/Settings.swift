import Foundation

/// Every setting with its stored value or its default, typed.
public struct Settings: Sendable, Equatable {
    public var values: [SettingKey: String]
    /// Stored values that failed validation and were ignored for their defaults, to warn about.
    public var ignored: Set<SettingKey>

    /// Builds settings from stored text, validating every value as it is read: a stored value
    /// that does not validate (edited by hand, or from a restored file) falls back to its default
    /// and is never used; `mlsd doctor` reports it and `--repair` resets it.
    public init(stored: [String: String] = [:]) {
        var values: [SettingKey: String] = [:]
        var ignored: Set<SettingKey> = []
        for key in SettingKey.allCases {
            let raw = stored[key.rawValue]
            let value = raw.flatMap { try? key.canonical($0) }
            if raw != nil, value == nil { ignored.insert(key) }
            values[key] = value ?? key.defaultValue
        }
        self.values = values
        self.ignored = ignored
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
    /// The editor's program and options, when one is set.
    public var editor: [String]? { EditorCommand.parse(self[.editor]) }
}
