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
