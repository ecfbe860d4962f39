import MLSDCore
import Testing

@Suite struct StepFeedbackTests {
    @Test func readsTheScorersStepScore() {
        let json = """
            {"score": 62.5, "level": "adequate",
             "covered": [{"id": "latency", "title": "Latency budget", "evidence": "p99 under 200 ms"}],
             "dismissed": [{"id": "feature-store", "title": "Feature store", "evidence": "no need for a feature store"}],
             "missed": [{"id": "cold-start", "title": "Cold start", "why": "New items have no history.", "weight": 3}],
             "pitfalls": [{"id": "no-baseline", "title": "No baseline", "why": "Nothing to compare with.", "evidence": "a transformer"}],
             "followup": "What if the ranker is down?"}
            """
        let feedback = StepFeedback.decode(json)
        #expect(
            feedback
                == StepFeedback(
                    score: 62.5, level: .adequate,
                    covered: [.init(id: "latency", title: "Latency budget", evidence: "p99 under 200 ms")],
                    dismissed: [
                        .init(id: "feature-store", title: "Feature store", evidence: "no need for a feature store")
                    ],
                    missed: [
                        .init(id: "cold-start", title: "Cold start", why: "New items have no history.", weight: 3)
                    ],
                    pitfalls: [
                        .init(
                            id: "no-baseline", title: "No baseline", why: "Nothing to compare with.",
                            evidence: "a transformer")
                    ],
                    followup: "What if the ranker is down?"))
    }

    @Test func toleratesOtherShapes() {
        let feedback = StepFeedback.decode(
            """
            {"score": "high", "covered": [{"id": "a", "title": "A", "evidence": ["one", "two"]}],
             "pitfalls": ["no-fallback"], "missed": "none", "followup": {"question": "Why?"}}
            """)
        #expect(feedback?.score == nil)
        #expect(feedback?.covered == [.init(id: "a", title: "A", evidence: "one … two")])
        #expect(feedback?.pitfalls == [.init(id: "no-fallback", title: "no-fallback")])
        #expect(feedback?.missed == [])
        #expect(feedback?.followup == "Why?")
        #expect(StepFeedback.decode("not json") == nil)
        #expect(StepFeedback.decode("[1, 2]") == nil)
        #expect(StepFeedback.decode("{}") == StepFeedback())
    }
}
