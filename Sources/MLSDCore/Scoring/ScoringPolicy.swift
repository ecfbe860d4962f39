/// The numbers that turn rubric coverage into a 0–100 score, in one place.
///
/// 100 means every point an expert expects, each said with substance (a number, a mechanism or
/// one of the point's details, a reason or trade-off). Naming a point earns the mention tier only.
public enum ScoringPolicy {
    /// Level thresholds on the 0–100 score.
    public static let strongFrom = 75.0
    public static let adequateFrom = 50.0
    /// Share of a point's weight for naming it without substance.
    static let mentionCredit = 0.3
    /// Share for a point only named inside an announcement of topics ("I'd talk about X and Y"):
    /// announcing a topic is not answering it.
    static let announcementCredit = 0.0
    /// A sentence that names more points than this, none of them backed, is a topic tour ("keep
    /// latency low, add a fallback, monitor drift, retrain regularly"): its mentions share this many
    /// points' mention credit.
    static let tourPoints = 2.0
    /// Credit for a point made in a list together with one of its specific details.
    static let listWithDetailCredit = 0.5
    /// Dismissing a point an expert expects ("we don't need monitoring") costs this fraction of its
    /// weight on top of not earning it: an interviewer hears a wrong judgement, not a gap.
    static let dismissalPenalty = 0.5
    /// Each wrong claim costs this share of the step's total weight (10 points of 100): an
    /// interviewer marks a confident mistake down harder than a gap.
    static let wrongPenalty = 0.12
    /// Each pitfall costs this much raw coverage.
    static let pitfallPenalty = 0.03
    /// An answer that makes no rubric point but talks about the step's subject still beats one
    /// about something else: it scores up to this much, reached at `topicalWords` distinct words of
    /// the step's vocabulary.
    static let topicalCredit = 8.0
    static let topicalWords = 8
    /// The least an on-case statement in prose earns, even one in everyday words only.
    static let statedCredit = 2.0
    /// An answer whose specific words are mostly not the case's is about another system: below
    /// the first share of the case's words it earns nothing, from the second on it is judged in full.
    static let onCaseShare = (0.45, 0.7)
    /// Too few specific words (an answer of a few words) to tell what an answer is about.
    static let onCaseMinimumWords = 5
    /// A case described in fewer distinct words than this cannot tell its subject from everyday English.
    static let caseVocabularyMinimum = 500
    /// The floor needs prose: at least this share of stop words (English prose has about 0.4).
    static let topicalStopWordShare = 0.15
    /// A clause of at most this many words, with no speaker, reads as an expert's clipped fragment.
    static let terseClauseWords = 8
    /// A long phrasing matched with one of its words missing ("switch back at once if worse" for
    /// "switch back quickly if worse") is close evidence, not exact: it earns at most this share.
    static let approximateCredit = 0.9
    /// Below this credit a hit does not cover its point.
    static let minimumCredit = 0.04
}
