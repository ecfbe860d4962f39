import Foundation
import MLSDCore
import Testing

/// What an answer is about, and how closely its everyday words must match: an answer about another
/// system earns nothing however many of the step's words it shares, and a three-word plain phrasing
/// matches with one specific word missing but never on the prompt's own words.
@Suite struct AnswerSubjectTests {
    @Test func anAnswerAboutAnotherSystemEarnsNothing() throws {
        let scorer = try CaseFixtures.scorer("dynamic-pricing", .serving)
        let elsewhere = scorer.score(
            answer: """
                For the movie recommender I'd precompute each viewer's top titles overnight with a two-tower model, \
                keep them in Redis, and rerank them by genre, cast and watch history when the home screen opens.
                """)
        let onTopic = scorer.score(
            answer:
                "Recompute the surge multiplier for each zone every minute and keep it where the app reads it when a rider asks for a quote."
        )
        #expect(elsewhere.score == 0, "\(elsewhere.covered.map(\.id))")
        #expect(onTopic.score > elsewhere.score)
    }

    static let step = Step(
        id: .metrics, prompt: "How would you measure the moderation system?", minutes: 5, hints: [], outline: [],
        followups: [],
        points: [
            RubricPoint(
                id: "appeals", title: "Appeal overturn rate", weight: 2, why: "Wrong removals hurt trust.",
                question: "", phrasings: ["appeal overturn rate"],
                plain: ["removals reversed on appeal", "posts wrongly taken down"])
        ],
        wrong: [])

    @Test func threeWordPlainPhrasingsMatchWithOneSpecificWordMissing() {
        let scorer = StepScorer(step: Self.step, scenario: "Design the moderation system for a social network.")
        let said = scorer.score(
            answer: "I'd count how often removals are reversed, because each one is a person we silenced by mistake.")
        #expect(said.covered.map(\.id) == ["appeals"])
        // Close, not exact: most of the weight, not all of it.
        #expect(said.covered.first.map { $0.credit < 1 && $0.credit >= 0.8 } == true)
        // "moderation system" is the prompt's: repeating it with one specific word is no match.
        let restated = StepScorer(
            step: Step(
                id: .metrics, prompt: "How would you measure removals on the site?", minutes: 5, hints: [],
                outline: [], followups: [], points: Self.step.points, wrong: [])
        )
        .score(answer: "We would look at removals on the site, because appeals matter to us.")
        #expect(restated.covered.isEmpty)
    }
}
