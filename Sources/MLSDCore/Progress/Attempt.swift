import Foundation

/// One answer as stored: to a step's prompt or to a follow-up question.
public struct AnswerRecord: Sendable, Equatable {
    public enum Kind: String, Sendable { case answer, followup }

    public var step: StepID
    public var kind: Kind
    /// The prompt or follow-up as it was asked.
    public var question: String
    /// The answer exactly as written.
    public var text: String
    public var score: Double?
    public var level: String?
    public var skipped: Bool
    public var hintsUsed: Int
    public var seconds: Double
    public var feedback: StepFeedback?

    public init(step: StepID, kind: Kind = .answer, question: String, text: String, score: Double? = nil,
                level: String? = nil, skipped: Bool = false, hintsUsed: Int = 0, seconds: Double = 0,
                feedback: StepFeedback? = nil) {
        self.step = step
        self.kind = kind
        self.question = question
        self.text = text
        self.score = score
        self.level = level
        self.skipped = skipped
        self.hintsUsed = hintsUsed
        self.seconds = seconds
        self.feedback = feedback
    }
}

/// A session with everything answered in it, in the order it was answered.
public struct Attempt: Sendable, Equatable {
    public var session: PastSession
    public var answers: [AnswerRecord]

    public init(session: PastSession, answers: [AnswerRecord]) {
        self.session = session
        self.answers = answers
    }
}

/// Where one review card of a case stands.
public struct CardStatus: Sendable, Equatable {
    public enum Kind: String, Sendable { case point, step }

    public var kind: Kind
    public var step: StepID
    public var pointID: String
    /// The point's title, or the step's for a step card.
    public var title: String
    public var state: CardState
    public var due: Date
    public var reps: Int
    public var lapses: Int
    public var suspended: Bool

    public init(kind: Kind, step: StepID, pointID: String = "", title: String, state: CardState, due: Date,
                reps: Int = 0, lapses: Int = 0, suspended: Bool = false) {
        self.kind = kind
        self.step = step
        self.pointID = pointID
        self.title = title
        self.state = state
        self.due = due
        self.reps = reps
        self.lapses = lapses
        self.suspended = suspended
    }
}

/// Everything one exported notes file holds about a case.
public struct CaseNotes: Sendable, Equatable {
    public var study: CaseStudy
    /// The attempts written out, oldest first.
    public var attempts: [Attempt]
    /// Attempts at the case in all (more than `attempts` when one session is exported).
    public var totalAttempts: Int
    public var bestScore: Double?
    public var cards: [CardStatus]
    /// Set when the notes hold a single session.
    public var sessionID: Int?

    public init(study: CaseStudy, attempts: [Attempt], totalAttempts: Int, bestScore: Double?,
                cards: [CardStatus], sessionID: Int? = nil) {
        self.study = study
        self.attempts = attempts
        self.totalAttempts = totalAttempts
        self.bestScore = bestScore
        self.cards = cards
        self.sessionID = sessionID
    }
}

/// Dates as notes and reports print them, in the user's time zone.
public enum LocalTime {
    public static func minute(_ date: Date, in timeZone: TimeZone) -> String {
        let parts = components(date, timeZone)
        return String(format: "%04d-%02d-%02d %02d:%02d", parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!)
    }

    public static func day(_ date: Date, in timeZone: TimeZone) -> String {
        let parts = components(date, timeZone)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    /// ISO 8601 in UTC, to the second: 2026-03-05T10:00:00Z.
    public static func iso8601(_ date: Date) -> String {
        let parts = components(date, TimeZone(identifier: "UTC")!)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", parts.year!, parts.month!, parts.day!,
                      parts.hour!, parts.minute!, parts.second!)
    }

    private static func components(_ date: Date, _ timeZone: TimeZone) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    }
}
