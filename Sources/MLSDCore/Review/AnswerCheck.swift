/// A typed review answer measured against the card's rubric, and the rating that suggests.
public struct AnswerCheck: Sendable, Equatable {
    /// 0–100.
    public var score: Double
    /// One line for the user, e.g. "covered 5 of 8 points".
    public var summary: String
    public var suggested: Rating

    /// A strong answer (75 and up, every expected point said with substance) recalls the step well
    /// (Good; the user may still press Easy), an adequate one (50 to 75) with effort (Hard), below
    /// that it was not recalled (Again). A point only named, with no reason, number or mechanism,
    /// earns the mention tier (30) and is not recalled.
    public static func suggestedRating(score: Double) -> Rating {
        score >= ScoringPolicy.strongFrom ? .good : score >= ScoringPolicy.adequateFrom ? .hard : .again
    }

    /// A step card: the whole step's rubric, scored as in practice.
    public static func step(_ step: Step, scenario: String, pitfalls: [Pitfall], answer: String) -> AnswerCheck {
        let score = StepScorer(step: step, scenario: scenario, pitfalls: pitfalls).score(answer: answer)
        let full = score.covered.filter { $0.credit >= 1 }.count
        let named = score.covered.count - full
        let summary = "made \(full) of \(step.points.count) points with substance"
            + (named == 0 ? "" : ", named \(named) more")
            + (score.dismissed.isEmpty ? "" : ", dismissed \(score.dismissed.count)")
            + (score.wrong.isEmpty ? "" : ", \(score.wrong.count) wrong: " + score.wrong.map(\.title).joined(separator: "; "))
        return AnswerCheck(score: score.score, summary: summary, suggested: suggestedRating(score: score.score))
    }

    /// A point card: did the answer make that one point, in a sentence and not dismissed?
    public static func point(_ point: RubricPoint, in step: Step, answer: String) -> AnswerCheck {
        var alone = step
        alone.points = [point]
        let result = StepScorer(step: alone).score(answer: answer)
        if let wrong = result.wrong.first {
            return AnswerCheck(score: 0, summary: "wrong: \u{201C}\(wrong.evidence)\u{201D}. \(wrong.fix)", suggested: .again)
        }
        if let covered = result.covered.first {
            let score = covered.credit * 100
            let summary = covered.credit >= 1
                ? "you made the point: \u{201C}\(covered.evidence)\u{201D}"
                : "you named it but said no reason, number or mechanism: \u{201C}\(covered.evidence)\u{201D}"
            return AnswerCheck(score: score, summary: summary, suggested: suggestedRating(score: score))
        }
        let summary = result.dismissed.isEmpty ? "the answer did not make the point" : "you dismissed the point"
        return AnswerCheck(score: 0, summary: summary, suggested: .again)
    }
}
