import Foundation

/// One answer given in a practice session, as stored: to a step's prompt or to its follow-up.
public struct PracticeAnswer: Sendable, Equatable {
    public enum Kind: String, Sendable { case answer, followup }

    public var id: Int
    public var step: StepID
    public var kind: Kind
    /// The prompt or follow-up question as it was asked.
    public var question: String
    public var text: String
    public var seconds: TimeInterval
    public var hintsUsed: Int
    public var skipped: Bool
    /// nil until scored; an answer is saved before it is scored, so a crash can leave it so.
    public var score: Double?
    public var level: String?
    public var feedback: String?

    public init(id: Int = 0, step: StepID, kind: Kind = .answer, question: String, text: String, seconds: TimeInterval,
                hintsUsed: Int = 0, skipped: Bool = false, score: Double? = nil, level: String? = nil, feedback: String? = nil) {
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

    /// How each planned step ended. The step's result is its latest answer, or that answer scored
    /// together with its follow-up when that did better; time and hints count every attempt.
    public func outcomes(plan: [StepID], budgets: [StepID: TimeInterval],
                         missed: [Int: [StepMissedPoint]]) -> [StepOutcome] {
        plan.map { step in
            let rows = filter { $0.step == step }
            let budget = budgets[step] ?? 0
            let seconds = rows.map(\.seconds).reduce(0, +)
            let hints = rows.map(\.hintsUsed).reduce(0, +)
            guard let latest = rows.last(where: { $0.kind == .answer && !$0.skipped }) else {
                let status: StepOutcome.Status = rows.contains { $0.skipped } ? .skipped : .unanswered
                return StepOutcome(step: step, status: status, budget: budget, seconds: seconds, hintsUsed: hints)
            }
            let attempt = rows.filter { $0.id >= latest.id }
            // A follow-up can only add to a step: when the answer alone scored higher, it stands.
            let final = attempt.filter { $0.score != nil }.max { ($0.score ?? 0, $0.id) < ($1.score ?? 0, $1.id) } ?? latest
            let words = attempt.map { AnswerDraft.wordCount($0.text) }.reduce(0, +)
            return StepOutcome(step: step, status: .answered, score: final.score ?? 0, budget: budget,
                               seconds: seconds, words: words, hintsUsed: hints, missed: missed[final.id] ?? [])
        }
    }
}
