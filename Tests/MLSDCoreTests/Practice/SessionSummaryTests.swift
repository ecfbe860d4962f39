import Foundation
import MLSDCore
import Testing

@Suite struct SessionSummaryTests {
    static func missed(_ step: StepID, _ id: String, weight: Int) -> StepMissedPoint {
        StepMissedPoint(step: step, id: id, title: "Title \(id)", why: "Why \(id).", weight: weight)
    }

    static func answered(
        _ step: StepID, score: Double, words: Int = 100, seconds: TimeInterval = 300,
        hints: Int = 0, missed: [StepMissedPoint] = []
    ) -> StepOutcome {
        StepOutcome(
            step: step, status: .answered, score: score, budget: 300, seconds: seconds, words: words,
            hintsUsed: hints, missed: missed)
    }

    static var balanced: [StepOutcome] { StepID.allCases.map { answered($0, score: 70) } }

    @Test func overallIsTheMeanWithSkippedStepsAsZero() {
        var steps = Self.balanced
        steps[2] = StepOutcome(step: .data, status: .skipped, score: 90, budget: 300)
        let summary = SessionSummary(steps: steps)
        #expect(abs(summary.overall - 60) < 1e-9)
        #expect(summary.steps[2].score == 0)
        #expect(summary.practised.count == 6)
        #expect(summary.budget == 2_100)
    }

    @Test func topMissedAreTheHeaviestThenInInterviewOrder() {
        var steps = Self.balanced
        steps[6] = Self.answered(.serving, score: 40, missed: [Self.missed(.serving, "fallback", weight: 3)])
        steps[0] = Self.answered(
            .requirements, score: 50,
            missed: [
                Self.missed(.requirements, "scale", weight: 2),
                Self.missed(.requirements, "latency", weight: 3),
            ])
        steps[4] = Self.answered(
            .model, score: 50,
            missed: [
                Self.missed(.model, "baseline", weight: 3),
                Self.missed(.model, "loss", weight: 1),
            ])
        let summary = SessionSummary(steps: steps)
        #expect(summary.topMissed.map(\.id) == ["latency", "baseline", "fallback"])
        #expect(summary.missed.map(\.id) == ["latency", "baseline", "fallback", "scale", "loss"])
    }

    @Test func aBalancedSessionHasNoSessionPitfalls() {
        #expect(SessionSummary(steps: Self.balanced).pitfalls.isEmpty)
    }

    @Test func skippedAndUnreachedStepsAreNamed() {
        var steps = Self.balanced
        steps[2] = StepOutcome(step: .data, status: .skipped, budget: 300)
        steps[6] = StepOutcome(step: .serving, status: .unanswered, budget: 300)
        let pitfall = SessionSummary(steps: steps).pitfalls.first { $0.id == "skipped-steps" }
        #expect(pitfall?.title == "Left out: Data pipeline, Serving and monitoring")
    }

    @Test func mostWordsOnTheModelWithThinDataAndServing() {
        var steps = Self.balanced.map { outcome -> StepOutcome in
            var outcome = outcome
            outcome.words = 40
            return outcome
        }
        steps[4].words = 400  // model
        steps[2].words = 20  // data
        steps[6].words = 10  // serving
        let pitfall = SessionPitfall.detect(in: steps).first { $0.id == "model-heavy" }
        #expect(pitfall != nil)
        #expect(
            pitfall?.why.hasPrefix("68% of your words were on the model, 3% on the data pipeline and 2% on serving.")
                == true)
        steps[2].words = 200
        steps[6].words = 200
        #expect(!SessionPitfall.detect(in: steps).contains { $0.id == "model-heavy" })
    }

    @Test func tooFewWordsToJudgeBalance() {
        var steps = Self.balanced.map { outcome -> StepOutcome in
            var outcome = outcome
            outcome.words = 2
            return outcome
        }
        steps[4].words = 100
        #expect(!SessionPitfall.detect(in: steps).contains { $0.id == "model-heavy" })
    }

    @Test func rushedRequirementsOverTimeAndHints() {
        var steps = Self.balanced
        steps[0].words = 12
        steps[4].seconds = 1_500
        for index in 0..<4 { steps[index].hintsUsed = 1 }
        let ids = SessionPitfall.detect(in: steps).map(\.id)
        #expect(ids == ["rushed-requirements", "over-time", "hint-reliance"])
        let overTime = SessionPitfall.detect(in: steps).first { $0.id == "over-time" }!
        #expect(overTime.why.contains("Baseline model and beyond (25:00 for 5 min)"))
    }

    @Test func aOneStepSessionIsNotJudgedOnBalance() {
        let one = [Self.answered(.requirements, score: 40, words: 5, hints: 2)]
        #expect(SessionPitfall.detect(in: one).isEmpty)
    }
}
