/// The numbers that turn rubric coverage into a 0–100 score, in one place, tuned on the graded
/// answer set (Tests/MLSDCoreTests/Fixtures/graded).
enum ScoringPolicy {
    /// Weighted coverage that already earns 100. Nobody makes every point in a few minutes; an
    /// answer an interviewer calls strong makes most of the weight-3 points and some of the rest.
    static let fullMarks = 0.8
    /// Extra credit, as a fraction of a point's weight, for using its depth phrasings (`details`).
    static let depthBonus = 0.3
    /// Dismissing a point an expert expects ("we don't need monitoring") costs this fraction of its
    /// weight on top of not earning it: an interviewer hears a wrong judgement, not a gap.
    static let dismissalPenalty = 0.5
    /// Each pitfall costs this much raw coverage.
    static let pitfallPenalty = 0.03
    /// An answer that makes no rubric point but talks about the step's subject ("a deep network
    /// that predicts what the user likes") still beats one about something else: it scores up to
    /// this much, reached at `topicalWords` distinct words of the step's vocabulary.
    static let topicalCredit = 10.0
    static let topicalWords = 8
    /// The floor needs prose: at least this share of stop words (English prose has about 0.4).
    static let topicalStopWordShare = 0.15
    /// Below this credit (a listed word that only echoes the question) a point is not covered.
    static let minimumCredit = 0.15
}
