import Foundation

/// One answer given in a practice session, as stored: to a step's prompt or to its follow-up.
/// Practice, history and export all read answers as this.
public struct PracticeAnswer: Sendable, Equatable {
    public enum Kind: String, Sendable { case answer, followup }

    public var id: Int
    public var step: StepID
    public var kind: Kind
    /// The prompt or follow-up question as it was asked.
    public var question: String
    /// The answer exactly as written.
    public var text: String
    public var seconds: TimeInterval
    public var hintsUsed: Int
    public var skipped: Bool
    /// nil until scored; an answer is saved before it is scored, so a crash can leave it so.
    public var score: Double?
    public var level: StepScore.Level?
    public var feedback: StepFeedback?

    public init(
        id: Int = 0, step: StepID, kind: Kind = .answer, question: String, text: String, seconds: TimeInterval = 0,
        hintsUsed: Int = 0, skipped: Bool = false, score: Double? = nil, level: StepScore.Level? = nil,
        feedback: StepFeedback? = nil
    ) {
        self.id = id
        self.step = step
        self.kind = kind
        self.question = question
        self.text = text
        self.seconds = seconds
        self.hintsUsed = hintsUsed
        self.skipped = skipped
        self.score = score
        self.level = level
        self.feedback = feedback
    }

    public var needsScore: Bool { score == nil && !skipped }
}

extension [PracticeAnswer] {
    /// Steps with an answer or a skip: a resumed session starts after them.
    public var doneSteps: Set<StepID> { Set(filter { $0.kind == .answer }.map(\.step)) }

    /// The answer that `followup` follows up: the latest answer to its step before it.
    public func answer(before followup: PracticeAnswer) -> PracticeAnswer? {
        last { $0.kind == .answer && $0.step == followup.step && $0.id < followup.id }
    }

    /// How each planned step ended, by StepRound's rule.
    public func outcomes(
        plan: [StepID], budgets: [StepID: TimeInterval],
        missed: [Int: [StepMissedPoint]]
    ) -> [StepOutcome] {
        plan.map { step in
            let budget = budgets[step] ?? 0
            guard let round = StepRound.of(step, in: self) else {
                return StepOutcome(step: step, status: .unanswered, budget: budget)
            }
            guard !round.skipped else {
                return StepOutcome(
                    step: step, status: .skipped, budget: budget, seconds: round.seconds, hintsUsed: round.hintsUsed)
            }
            let words = ([round.answer] + round.followups).map { AnswerDraft.wordCount($0.text) }.reduce(0, +)
            return StepOutcome(
                step: step, status: .answered, score: round.score ?? 0, budget: budget,
                seconds: round.seconds, words: words, hintsUsed: round.hintsUsed, missed: missed[round.final.id] ?? [])
        }
    }
}
