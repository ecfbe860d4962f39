/// A typed review answer measured against the card's rubric, and the rating that suggests.
public struct AnswerCheck: Sendable, Equatable {
    /// 0–100.
    public var score: Double
    /// One line for the user, e.g. "covered 5 of 8 points".
    public var summary: String
    public var suggested: Rating

    /// 85 and up recalls the step well (Good; the user may still press Easy), 60 to 85 with
    /// effort (Hard), below 60 it was not recalled (Again).
    public static func suggestedRating(score: Double) -> Rating {
        score >= 85 ? .good : score >= 60 ? .hard : .again
    }

    /// A step card: the whole step's rubric, scored as in practice.
    public static func step(_ step: Step, scenario: String, pitfalls: [Pitfall], answer: String) -> AnswerCheck {
        let score = StepScorer(step: step, scenario: scenario, pitfalls: pitfalls).score(answer: answer)
        let summary = "covered \(score.covered.count) of \(step.points.count) points"
            + (score.dismissed.isEmpty ? "" : ", dismissed \(score.dismissed.count)")
        return AnswerCheck(score: score.score, summary: summary, suggested: suggestedRating(score: score.score))
    }

    /// A point card: did the answer make that one point, in a sentence and not dismissed?
    public static func point(_ point: RubricPoint, in step: Step, answer: String) -> AnswerCheck {
        var alone = step
        alone.points = [point]
        let result = StepScorer(step: alone).score(answer: answer)
        if let covered = result.covered.first {
            let score = covered.credit * 100
            return AnswerCheck(score: score, summary: "you made the point: \u{201C}\(covered.evidence)\u{201D}",
                               suggested: suggestedRating(score: score))
        }
        let summary = result.dismissed.isEmpty ? "the answer did not make the point" : "you dismissed the point"
        return AnswerCheck(score: 0, summary: summary, suggested: .again)
    }
}
