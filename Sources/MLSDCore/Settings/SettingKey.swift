import Foundation

/// A setting the user can change with `mlsd config set`. Values are stored as canonical text;
/// `canonical(_:)` is the single place that validates them.
public enum SettingKey: String, CaseIterable, Sendable {
    case desiredRetention = "desired_retention"
    case fuzz
    case newCardsPerDay = "new_cards_per_day"
    case learningSteps = "learning_steps"
    case relearningSteps = "relearning_steps"
    case maximumInterval = "maximum_interval"
    case interviewDate = "interview_date"
    case dayStartHour = "day_start_hour"
    case editor

    public var defaultValue: String {
        switch self {
        case .desiredRetention: "0.9"
        case .fuzz: "on"
        case .newCardsPerDay: "20"
        case .learningSteps: "1m 10m"
        case .relearningSteps: "10m"
        case .maximumInterval: "36500"
        case .interviewDate: ""
        case .dayStartHour: "4"
        case .editor: ""
        }
    }

    public var summary: String {
        switch self {
        case .desiredRetention: "Probability of recall to aim for at each review (0.70-0.99)."
        case .fuzz: "Spread review intervals slightly so cards do not bunch up (on/off)."
        case .newCardsPerDay: "New cards introduced per day by 'mlsd review' (0-1000)."
        case .learningSteps: "Waits before a new card graduates, e.g. '1m 10m' (s/m/h/d; 'none' for no steps)."
        case .relearningSteps: "Waits after a forgotten card, e.g. '10m' (s/m/h/d; 'none' for no steps)."
        case .maximumInterval: "Longest interval between reviews, in days (1-36500)."
        case .interviewDate: "Interview day YYYY-MM-DD; reviews are scheduled to peak on it ('none' to clear)."
        case .dayStartHour: "Local hour at which a new day of reviews starts (0-23)."
        case .editor:
            "Editor for ':edit' when $VISUAL and $EDITOR are unset: a program and its options, e.g. "
                + "'code --wait' (default vi)."
        }
    }

    /// The allowed form, quoted in error messages.
    public var allowed: String {
        switch self {
        case .desiredRetention: "a number from 0.70 to 0.99"
        case .fuzz: "on or off"
        case .newCardsPerDay: "a whole number from 0 to 1000"
        case .learningSteps, .relearningSteps: "durations like '1m 10m' (1s to 30d each, at most 10), or 'none'"
        case .maximumInterval: "a whole number of days from 1 to 36500"
        case .interviewDate: "a date YYYY-MM-DD, or 'none'"
        case .dayStartHour: "a whole number from 0 to 23"
        case .editor:
            "a program and its options, e.g. 'nano' or 'code --wait' (run without a shell: no shell or interpreter, "
                + "options like --wait only)"
        }
    }

    /// Validates `raw` and returns the form to store, or throws naming the allowed range.
    public func canonical(_ raw: String) throws -> String {
        let value = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        let invalid = SettingError.invalidValue(key: rawValue, value: raw, allowed: allowed)
        switch self {
        case .desiredRetention:
            guard let number = Double(value), number >= 0.70, number <= 0.99 else { throw invalid }
            return String(number)
        case .fuzz:
            switch value.lowercased() {
            case "on", "true", "yes", "1": return "on"
            case "off", "false", "no", "0": return "off"
            default: throw invalid
            }
        case .newCardsPerDay:
            guard let number = Int(value), (0...1000).contains(number) else { throw invalid }
            return String(number)
        case .learningSteps, .relearningSteps:
            guard let steps = Durations.parse(value), steps.count <= 10,
                steps.allSatisfy({ $0 >= 1 && $0 <= 30 * 86_400 })
            else { throw invalid }
            return steps.isEmpty ? "none" : steps.map(Durations.format).joined(separator: " ")
        case .maximumInterval:
            guard let number = Int(value), (1...36_500).contains(number) else { throw invalid }
            return String(number)
        case .interviewDate:
            if value.isEmpty || value.lowercased() == "none" { return "" }
            guard CalendarDay(value) != nil else { throw invalid }
            return value
        case .dayStartHour:
            guard let number = Int(value), (0...23).contains(number) else { throw invalid }
            return String(number)
        case .editor:
            if value.isEmpty { return "" }
            guard value.count <= 1000, EditorCommand.parse(value) != nil else { throw invalid }
            return value
        }
    }
}

public enum SettingError: Error, Equatable, Sendable {
    case unknownKey(String)
    case invalidValue(key: String, value: String, allowed: String)
}
