/// A typed review answer measured against the card's rubric, and the rating that suggests.
///
/// The verdict shown and the rating suggested come from the same judgement, so they cannot
/// disagree: a point card whose answer made the point is never suggested Again.
public struct AnswerCheck: Sendable, Equatable {
    /// 0–100: the step's score for a step card; for a point card how far the point was recalled
    /// (100 made or listed, 50 only named, 0 otherwise).
    public var score: Double
    /// "62/100 adequate" for a step card; nil for a point card, whose verdict says it all.
    public var headline: String?
    /// One line for the user, e.g. "made 5 of 8 points with substance".
    public var summary: String
    public var suggested: Rating

    public init(score: Double, headline: String? = nil, summary: String, suggested: Rating) {
        self.score = score
        self.headline = headline
        self.summary = summary
        self.suggested = suggested
    }

    /// A strong answer (75 and up, every expected point said with substance) recalls the step well
    /// (Good; the user may still press Easy), an adequate one (50 to 75) with effort (Hard), below
    /// that it was not recalled (Again): the level the feedback names, turned into a rating.
    public static func suggestedRating(level: StepScore.Level) -> Rating {
        switch level {
        case .strong: .good
        case .adequate: .hard
        case .weak, .missing: .again
        }
    }

    /// A step card: the whole step's rubric, scored as in practice.
    public static func step(_ step: Step, scenario: String, pitfalls: [Pitfall], answer: String) -> AnswerCheck {
        let score = StepScorer(step: step, scenario: scenario, pitfalls: pitfalls).score(answer: answer)
        let full = score.covered.filter { $0.credit >= 1 }.count
        let named = score.covered.count - full
        let summary =
            "made \(full) of \(step.points.count) points with substance"
            + (named == 0 ? "" : ", named \(named) more")
            + (score.dismissed.isEmpty ? "" : ", dismissed \(score.dismissed.count)")
            + (score.wrong.isEmpty
                ? "" : ", \(score.wrong.count) wrong: " + score.wrong.map(\.title).joined(separator: "; "))
        return AnswerCheck(
            score: score.score, headline: "\(Int(score.score.rounded()))/100 \(score.level.rawValue)",
            summary: summary, suggested: suggestedRating(level: score.level))
    }

    /// A point card: did the answer recall that one point? Made with a reason, number or mechanism
    /// is Good; a list naming the point's right items is Good too, since a question such as "which
    /// signals would you use?" is answered by a list, and the prose rules of practice do not apply;
    /// named alone is Hard; missed, dismissed or wrong is Again.
    public static func point(_ point: RubricPoint, in step: Step, answer: String) -> AnswerCheck {
        var alone = step
        alone.points = [point]
        let scorer = StepScorer(step: alone)
        let result = scorer.score(answer: answer)
        if let wrong = result.wrong.first {
            return AnswerCheck(
                score: 0, summary: "wrong: \u{201C}\(wrong.evidence)\u{201D}. \(wrong.fix)", suggested: .again)
        }
        if let covered = result.covered.first, covered.credit >= 1 {
            return AnswerCheck(
                score: 100, summary: "you made the point: \u{201C}\(covered.evidence)\u{201D}", suggested: .good)
        }
        if result.covered.isEmpty, !result.dismissed.isEmpty {
            return AnswerCheck(score: 0, summary: "you dismissed the point", suggested: .again)
        }
        let listed = ListedItems(answer).matching(point, in: alone)
        if listed.count >= 2 {
            let quoted = listed.prefix(4).map { "\u{201C}\($0)\u{201D}" }.joined(separator: ", ")
            return AnswerCheck(score: 100, summary: "you listed the right things: \(quoted)", suggested: .good)
        }
        if let covered = result.covered.first {
            return AnswerCheck(
                score: 50,
                summary: "you named it (\u{201C}\(covered.evidence)\u{201D}); "
                    + "say why, how or how much to make it Good", suggested: .hard)
        }
        if let item = listed.first {
            return AnswerCheck(
                score: 50,
                summary: "you named it (\u{201C}\(item)\u{201D}); "
                    + "say why, how or how much to make it Good", suggested: .hard)
        }
        return AnswerCheck(score: 0, summary: "the answer did not make the point", suggested: .again)
    }
}
