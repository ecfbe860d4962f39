import Foundation

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

    public init(
        kind: Kind, step: StepID, pointID: String = "", title: String, state: CardState, due: Date,
        reps: Int = 0, lapses: Int = 0, suspended: Bool = false
    ) {
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

    public init(
        study: CaseStudy, attempts: [Attempt], totalAttempts: Int, bestScore: Double?,
        cards: [CardStatus], sessionID: Int? = nil
    ) {
        self.study = study
        self.attempts = attempts
        self.totalAttempts = totalAttempts
        self.bestScore = bestScore
        self.cards = cards
        self.sessionID = sessionID
    }
}
