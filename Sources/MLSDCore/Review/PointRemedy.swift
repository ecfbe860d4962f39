/// What to do about a rubric point, for the back of its review card.
///
/// A point's `why` says why it matters; many questions ask for more ("why are labels delayed,
/// and how do you handle them?"). The answer to the second half is in the step's model outline,
/// so the remedy is the outline bullet that makes the point best, found with the scorer itself.
public enum PointRemedy {
    /// Words that open the second half of a question when it asks what to do.
    static let remedyOpenings = [
        "how", "what do you do", "what would you do", "what prevents", "what fixes",
        "what metric fixes", "what do you measure", "what would you measure",
    ]

    /// True when the question asks what to do as well as something else: "…, and how do you …?".
    public static func asksForRemedy(_ question: String) -> Bool {
        let text = question.lowercased()
        for separator in [", and ", " and "] {
            var rest = text[...]
            while let range = rest.range(of: separator) {
                let after = rest[range.upperBound...]
                if remedyOpenings.contains(where: { after.hasPrefix($0 + " ") }) { return true }
                rest = after
            }
        }
        return false
    }

    /// The outline bullet of `step` that makes `point` best, when the question asks for a remedy and
    /// a bullet makes the point at all; nil otherwise. "Best": most credit, then most of the
    /// point's depth phrasings, then most words shared with the point's title (outline bullets
    /// open with their topic, "Label maturity: …").
    public static func remedy(for point: RubricPoint, in step: Step) -> String? {
        guard asksForRemedy(point.question) else { return nil }
        var alone = step
        alone.points = [point]
        let scorer = StepScorer(step: alone)
        let title = stems(point.title)
        var best: (rank: Double, bullet: String)?
        for bullet in step.outline {
            guard let covered = scorer.score(answer: bullet).covered.first else { continue }
            let rank =
                covered.credit + 0.2 * Double(covered.details.count) + 0.3
                * Double(title.intersection(stems(bullet)).count)
            if rank > (best?.rank ?? 0) { best = (rank, bullet) }
        }
        return best?.bullet
    }

    private static func stems(_ text: String) -> Set<String> {
        Set(TextAnalyzer.analyze(text).tokens.filter(\.isContent).map(\.stem))
    }
}
