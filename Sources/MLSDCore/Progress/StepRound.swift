/// How one step of a session ended, by the rule practice scores it: the step's latest answer (a
/// real one rather than a skip) together with the follow-ups given after it. A follow-up is
/// scored together with the answer it follows and can only add: the best of those scores stands
/// (the later one on a tie).
public struct StepRound: Sendable, Equatable {
    public var step: StepID
    public var answer: PracticeAnswer
    public var followups: [PracticeAnswer]
    /// The row whose score stands for the step: the answer, or a follow-up that scored higher.
    public var final: PracticeAnswer
    /// How often the step was answered and how often skipped in the session, replaced tries
    /// included (a step can be revisited with `:back`).
    public var answered: Int
    public var skips: Int
    /// Time and hints over every row of the step, replaced answers included.
    public var seconds: Double
    public var hintsUsed: Int

    /// The round of `step` among a session's answers (in the order given), or nil if unanswered.
    public static func of(_ step: StepID, in answers: [PracticeAnswer]) -> StepRound? {
        let rows = answers.filter { $0.step == step }
        guard
            let index = rows.lastIndex(where: { $0.kind == .answer && !$0.skipped })
                ?? rows.lastIndex(where: { $0.kind == .answer })
        else { return nil }
        let followups = rows[(index + 1)...].filter { $0.kind == .followup }
        let scored = ([rows[index]] + followups).enumerated().filter { $0.element.score != nil }
        let final =
            scored.max { ($0.element.score!, $0.offset) < ($1.element.score!, $1.offset) }?.element ?? rows[index]
        return StepRound(
            step: step, answer: rows[index], followups: followups, final: final,
            answered: rows.filter { $0.kind == .answer && !$0.skipped }.count,
            skips: rows.filter { $0.kind == .answer && $0.skipped }.count,
            seconds: rows.map(\.seconds).reduce(0, +), hintsUsed: rows.map(\.hintsUsed).reduce(0, +))
    }

    public var skipped: Bool { answer.skipped }
    public var score: Double? { final.score ?? final.feedback?.score }
    public var level: StepScore.Level? { final.level ?? final.feedback?.level }
    /// The feedback on the step as it stands (a follow-up's covers the answer too).
    public var feedback: StepFeedback? { final.feedback ?? answer.feedback }

    public var result: StepResult {
        StepResult(step: step, score: score, level: level, skipped: skipped, seconds: seconds)
    }
}
