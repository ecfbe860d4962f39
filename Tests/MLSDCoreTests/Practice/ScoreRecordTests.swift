import MLSDCore
import Testing

@Suite struct ScoreRecordTests {
    static let score = StepScore(
        score: 55, level: .adequate,
        covered: [CoveredPoint(id: "scale", title: "Scale", evidence: "billions of videos")],
        dismissed: [QuotedPoint(id: "store", title: "Feature store", evidence: "we don't need a feature store")],
        missed: [MissedPoint(id: "latency", title: "Latency", why: "Sets the budget.", weight: 3)],
        pitfalls: [PitfallHit(id: "no-baseline", title: "No baseline", why: "Nothing to compare.")],
        followup: "What if traffic doubles?")

    @Test func everyPointGetsOneResult() {
        let results = Self.score.pointResults
        #expect(
            results == [
                PointResult(pointID: "scale", outcome: .covered, evidence: "billions of videos"),
                PointResult(pointID: "store", outcome: .dismissed, evidence: "we don't need a feature store"),
                PointResult(pointID: "latency", outcome: .missed),
            ])
    }

    @Test func feedbackRoundTripsThroughJSON() throws {
        let json = try StepFeedback(Self.score).json()
        #expect(json.contains("\"followup\":\"What if traffic doubles?\""))
        let feedback = try #require(StepFeedback.decode(json))
        #expect(feedback == StepFeedback(Self.score))
        #expect(feedback.score == 55 && feedback.level == .adequate)
        #expect(feedback.covered == [.init(id: "scale", title: "Scale", evidence: "billions of videos")])
        #expect(feedback.missed == [.init(id: "latency", title: "Latency", why: "Sets the budget.", weight: 3)])
    }

    @Test func missedPointsKnowTheirStep() {
        #expect(
            Self.score.missedPoints(in: .serving) == [
                StepMissedPoint(step: .serving, id: "latency", title: "Latency", why: "Sets the budget.", weight: 3)
            ])
    }
}
