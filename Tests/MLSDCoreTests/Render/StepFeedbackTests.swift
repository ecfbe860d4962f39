import MLSDCore
import Testing

@Suite struct StepFeedbackTests {
    @Test func readsTheScorersStepScore() throws {
        let json = """
            {"score": 62.5, "level": "adequate",
             "covered": [{"id": "latency", "title": "Latency budget", "evidence": "p99 under 200 ms"}],
             "dismissed": [{"id": "feature-store", "title": "Feature store", "evidence": "no need for a feature store"}],
             "missed": [{"id": "cold-start", "title": "Cold start", "why": "New items have no history.", "weight": 3}],
             "pitfalls": [{"id": "no-baseline", "title": "No baseline", "why": "Nothing to compare with.", "evidence": "a transformer"}],
             "followup": "What if the ranker is down?"}
            """
        let feedback = try #require(StepFeedback.decode(json))
        #expect(feedback.score == 62.5 && feedback.level == .adequate)
        #expect(feedback.covered == [.init(id: "latency", title: "Latency budget", evidence: "p99 under 200 ms")])
        #expect(
            feedback.dismissed == [
                .init(id: "feature-store", title: "Feature store", evidence: "no need for a feature store")
            ])
        #expect(
            feedback.missed == [
                .init(id: "cold-start", title: "Cold start", why: "New items have no history.", weight: 3)
            ])
        #expect(
            feedback.pitfalls == [
                .init(
                    id: "no-baseline", title: "No baseline", why: "Nothing to compare with.", evidence: "a transformer")
            ])
        #expect(feedback.followup == "What if the ranker is down?")
    }

    @Test func toleratesOtherShapes() {
        let feedback = StepFeedback.decode(
            """
            {"score": "high", "covered": [{"id": "a", "title": "A", "evidence": ["one", "two"]}],
             "pitfalls": ["no-fallback"], "missed": "none", "followup": {"question": "Why?"}}
            """)
        #expect(feedback?.score == nil)
        #expect(feedback?.covered == [.init(id: "a", title: "A", evidence: "one … two")])
        #expect(feedback?.pitfalls == [.init(id: "no-fallback", title: "no-fallback", why: "")])
        #expect(feedback?.missed == [])
        #expect(feedback?.followup == "Why?")
        #expect(StepFeedback.decode("not json") == nil)
        #expect(StepFeedback.decode("[1, 2]") == nil)
        #expect(StepFeedback.decode("{}") == StepFeedback())
    }

    /// Feedback written before points carried weights, or before pitfalls carried evidence.
    @Test func readsItemsWithoutWeightOrEvidence() {
        let feedback = StepFeedback.decode(
            """
            {"missed": [{"id": "m", "title": "M", "why": "W"}], "pitfalls": [{"id": "p", "title": "P", "evidence": ""}]}
            """)
        #expect(feedback?.missed == [.init(id: "m", title: "M", why: "W", weight: 0)])
        #expect(feedback?.pitfalls == [.init(id: "p", title: "P", why: "", evidence: nil)])
    }

    /// What is stored is what the scorer found, minus the per-point credit and detail phrasings.
    @Test func storesTheScoreItWasMadeFrom() throws {
        let score = StepScore(
            score: 40, level: .weak,
            covered: [CoveredPoint(id: "c", title: "C", evidence: "said", credit: 0.3, details: ["d"])],
            dismissed: [QuotedPoint(id: "d", title: "D", evidence: "no need")],
            missed: [MissedPoint(id: "m", title: "M", why: "W", weight: 3)],
            pitfalls: [PitfallHit(id: "p", title: "P", why: "Y", evidence: "we ship it")], followup: "Next?")
        let stored = try #require(StepFeedback.decode(try StepFeedback(score).json()))
        #expect(stored.covered == [QuotedPoint(id: "c", title: "C", evidence: "said")])
        #expect(stored.dismissed == score.dismissed)
        #expect(stored.missed == score.missed)
        #expect(stored.pitfalls == score.pitfalls)
        #expect(stored.level == .weak && stored.score == 40 && stored.followup == "Next?")
    }
}
