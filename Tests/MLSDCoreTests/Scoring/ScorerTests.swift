import Foundation
import MLSDCore
import Testing

/// Scorer behaviour on a small hand-made step, independent of the built-in content.
@Suite struct ScorerTests {
    static let step = Step(
        id: .model,
        prompt: "Walk me through the models you would build, starting with something simple.",
        minutes: 8,
        hints: ["What would you ship in week one?"],
        outline: [
            "A popularity or logistic regression baseline", "Two-tower retrieval with an ANN index",
            "A multi-task ranker",
        ],
        followups: [
            "Why can't the two-tower model use cross features?",
            "How would you serve the retrieval stage under 50 ms?",
            "What would your first baseline be, and how would you know the deep model beats it?",
        ],
        points: [
            RubricPoint(
                id: "baseline", title: "Baseline first", weight: 3, why: "A baseline bounds what complexity buys.",
                question: "Why start with a baseline?",
                phrasings: ["baseline", "logistic regression", "GBDT", "most popular"]),
            RubricPoint(
                id: "two-tower", title: "Two-tower retrieval", weight: 3, why: "Scales retrieval to a huge corpus.",
                question: "How does two-tower retrieval work?",
                phrasings: ["two-tower", "dual encoder", "candidate generation"],
                details: ["in-batch negatives", "sampled softmax"]),
            RubricPoint(
                id: "ann", title: "ANN index", weight: 2, why: "Exact search is too slow.",
                question: "Why an ANN index?", phrasings: ["approximate nearest neighbor", "ANN", "FAISS"]),
            RubricPoint(
                id: "recommendation-quality", title: "Recommendation quality", weight: 2, why: "The goal.",
                question: "How do you measure recommendation quality?",
                phrasings: ["recommendation quality", "click-through rate", "CTR"]),
        ])

    static let pitfalls = [
        Pitfall(
            id: "complex-model-first", title: "Complex model first", why: "No baseline to compare with.",
            steps: [.model], triggers: ["transformer", "deep model"], unless: ["baseline", "logistic regression"]),
        Pitfall(
            id: "no-baseline", title: "No baseline", why: "Nothing to compare with.", steps: [.model],
            triggers: [], unless: ["baseline", "logistic regression", "GBDT"]),
        Pitfall(
            id: "not-this-step", title: "Other step", why: "", steps: [.serving], triggers: [], unless: ["monitoring"]),
    ]

    let scorer = StepScorer(
        step: ScorerTests.step, scenario: "Design a video recommendation system.", pitfalls: ScorerTests.pitfalls)

    static let strong = """
        I'd start with a logistic regression baseline on a few hand-made features, so we know what the deep model buys.
        Then candidate generation with a two-tower model trained with in-batch negatives, served from an ANN index such as FAISS
        so that lookups stay under 10 ms, and we'd watch the click-through rate because that is what the product is judged on.
        """

    @Test func strongAnswerScoresHighAndQuotesItsOwnWords() {
        let result = scorer.score(answer: Self.strong)
        #expect(result.level == .strong)
        #expect(result.covered.map(\.id) == ["baseline", "two-tower", "ann", "recommendation-quality"])
        let baseline = result.covered[0]
        #expect(baseline.evidence == "I'd start with a logistic regression baseline on a few hand-made features")
        #expect(Self.strong.contains(result.covered[1].evidence))
        #expect(result.covered[1].details == ["in-batch negatives"])
        #expect(result.pitfalls.isEmpty)
        #expect(result.missed.isEmpty)
    }

    @Test func dismissedPointsAreReportedNotCovered() {
        let result = scorer.score(
            answer: "We don't need a baseline, a transformer is the way to go. An ANN index is overkill for this.")
        #expect(result.covered.isEmpty)
        #expect(result.dismissed.map(\.id) == ["baseline", "ann"])
        #expect(result.dismissed[0].evidence == "We don't need a baseline")
        #expect(result.dismissed[1].evidence == "An ANN index is overkill for this")
        #expect(result.score == 0)
        #expect(Set(result.pitfalls.map(\.id)) == ["complex-model-first", "no-baseline"])
    }

    @Test func keywordListScoresBelowPartialProse() {
        let list = scorer.score(answer: "logistic regression, GBDT, two-tower, ANN, FAISS, CTR, in-batch negatives")
        let partial = scorer.score(
            answer:
                "I would begin with a simple logistic regression baseline and then move to a two-tower model for retrieval."
        )
        #expect(list.covered.count == 4)
        #expect(list.covered.allSatisfy { $0.credit <= 0.5 })
        #expect(partial.score > list.score)
    }

    @Test func restatingThePromptEarnsNothing() {
        let result = scorer.score(
            answer:
                "I would walk you through the models I would build, starting with something simple, and then design the video recommendation system."
        )
        #expect(result.score == 0)
        #expect(result.level == .missing)
    }

    @Test func oneTypoInALongWordIsForgiven() {
        let result = scorer.score(
            answer:
                "For retrieval we use aproximate nearest neighbour search over the video embeddings, with a logistc regression baseline first."
        )
        #expect(result.covered.map(\.id) == ["baseline", "ann"])
        // Short words get no such tolerance: "ANM" is not "ANN".
        let short = scorer.score(answer: "We put the embeddings in an ANM so lookups are fast and cheap for everyone.")
        #expect(!short.covered.contains { $0.id == "ann" })
        // Two typos in one word are too many.
        let two = scorer.score(answer: "We use aproxmate nearest neighbour search over the embeddings for speed.")
        #expect(!two.covered.contains { $0.id == "ann" })
    }

    @Test func abbreviationsTheRubricDefinesApplyEverywhere() {
        // The step lists "CTR" and "click-through rate" as one point's phrasings; a detail that
        // says "historical CTR" then also matches the spelled-out form.
        var step = Self.step
        step.points[0].details = ["historical CTR"]
        let scorer = StepScorer(step: step, pitfalls: [])
        let result = scorer.score(
            answer: "As a baseline I'd use logistic regression on the historical click-through rate of each video.")
        #expect(result.covered.first?.details == ["historical CTR"])
    }

    @Test func followupAnswerAddsCoverage() {
        let main = scorer.score(
            answer:
                "I'd start with a logistic regression baseline on a few hand-made features and compare later models to it."
        )
        let both = scorer.score(
            answer:
                "I'd start with a logistic regression baseline on a few hand-made features and compare later models to it.",
            followup: FollowupAnswer(
                question: Self.step.followups[1].question,
                answer:
                    "The retrieval stage is a two-tower model and we look up neighbours in a FAISS index that we rebuild every night."
            ))
        #expect(both.score > main.score)
        #expect(both.covered.map(\.id) == ["baseline", "two-tower", "ann"])
    }

    @Test func followupTargetsTheMostImportantMissedPoint() {
        let result = scorer.score(
            answer:
                "Candidate generation would use a two-tower model served from a FAISS index, and we would track CTR as it goes."
        )
        #expect(result.missed.first?.id == "baseline")
        #expect(result.followup == Self.step.followups[2].question)
        #expect(result.pitfalls.map(\.id) == ["no-baseline"])
    }

    @Test func scoringIsDeterministic() {
        let first = scorer.score(answer: Self.strong)
        for _ in 0..<20 { #expect(scorer.score(answer: Self.strong) == first) }
        let rebuilt = StepScorer(
            step: Self.step, scenario: "Design a video recommendation system.", pitfalls: Self.pitfalls)
        #expect(rebuilt.score(answer: Self.strong) == first)
    }

    @Test(arguments: ["", "   \n\t ", "\u{FFFD}\u{FFFD}\u{FFFD}", "🙂🚀🔥", "推荐系统的设计", "\u{0}\u{1}\u{2}\u{7F}"])
    func badInputScoresZero(answer: String) {
        let result = scorer.score(answer: answer)
        #expect(result.score == 0)
        #expect(result.level == .missing)
        #expect(result.covered.isEmpty)
        #expect(result.missed.count == 4)
    }

    @Test func hugeAndBinaryInputDoesNotBlowUp() {
        let megabyte = String(repeating: Self.strong + " ", count: 1_000_000 / Self.strong.utf8.count + 1)
        #expect(scorer.score(answer: megabyte).level == .strong)
        var bytes: [UInt8] = []
        var x: UInt32 = 12345
        for _ in 0..<200_000 { x = x &* 1_103_515_245 &+ 12345; bytes.append(UInt8(truncatingIfNeeded: x >> 16)) }
        let junk = String(decoding: bytes, as: UTF8.self)
        #expect(scorer.score(answer: junk).level == .missing)
        #expect(scorer.score(answer: String(repeating: "x", count: 300_000)).score == 0)
    }

    @Test func resultRoundTripsThroughJSON() throws {
        let result = scorer.score(answer: Self.strong)
        let data = try JSONEncoder().encode(result)
        #expect(try JSONDecoder().decode(StepScore.self, from: data) == result)
    }

    @Test func levelsFollowTheThresholds() {
        #expect(StepScore.Level(score: 0) == .missing)
        #expect(StepScore.Level(score: 0.1) == .weak)
        #expect(StepScore.Level(score: 49.9) == .weak)
        #expect(StepScore.Level(score: 50) == .adequate)
        #expect(StepScore.Level(score: 74.9) == .adequate)
        #expect(StepScore.Level(score: 75) == .strong)
    }
}
