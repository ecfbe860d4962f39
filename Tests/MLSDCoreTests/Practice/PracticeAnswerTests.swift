import Foundation
import MLSDCore
import Testing

@Suite struct PracticeAnswerTests {
    static func answer(
        _ id: Int, _ step: StepID, kind: PracticeAnswer.Kind = .answer, text: String = "some words here",
        seconds: TimeInterval = 60, hints: Int = 0, skipped: Bool = false, score: Double? = nil
    ) -> PracticeAnswer {
        PracticeAnswer(
            id: id, step: step, kind: kind, question: "q", text: text, seconds: seconds, hintsUsed: hints,
            skipped: skipped, score: score)
    }

    @Test func doneStepsCountAnswersAndSkipsNotFollowups() {
        let answers = [
            Self.answer(1, .requirements, score: 50), Self.answer(2, .requirements, kind: .followup, score: 60),
            Self.answer(3, .metrics, skipped: true, score: 0),
        ]
        #expect(answers.doneSteps == [.requirements, .metrics])
        #expect(answers.answer(before: answers[1])?.id == 1)
        #expect(!answers[2].needsScore)
        #expect(Self.answer(4, .data).needsScore)
    }

    @Test func outcomesTakeTheLatestAttemptWithItsFollowup() {
        let answers = [
            Self.answer(1, .requirements, text: "one two", seconds: 100, hints: 1, score: 30),
            Self.answer(2, .requirements, kind: .followup, text: "three", seconds: 20, score: 45),
            Self.answer(3, .metrics, skipped: true, score: 0),
            Self.answer(4, .requirements, text: "a better answer", seconds: 50, score: 70),
            Self.answer(5, .data, text: "saved but not scored"),
        ]
        let missed = [4: [StepMissedPoint(step: .requirements, id: "scale", title: "Scale", why: "Why.", weight: 3)]]
        let budgets: [StepID: TimeInterval] = [.requirements: 240, .metrics: 300, .data: 360, .model: 600]
        let outcomes = answers.outcomes(
            plan: [.requirements, .metrics, .data, .model], budgets: budgets, missed: missed)
        #expect(outcomes.map(\.status) == [.answered, .skipped, .answered, .unanswered])
        #expect(outcomes[0].score == 70)
        #expect(outcomes[0].seconds == 170)
        #expect(outcomes[0].words == 3)
        #expect(outcomes[0].hintsUsed == 1)
        #expect(outcomes[0].missed.map(\.id) == ["scale"])
        #expect(outcomes[0].budget == 240)
        #expect(outcomes[2].score == 0)
        #expect(outcomes[3].budget == 600)
    }

    @Test func aFollowupScoreCountsForItsStep() {
        let answers = [Self.answer(1, .model, score: 40), Self.answer(2, .model, kind: .followup, score: 55)]
        #expect(answers.outcomes(plan: [.model], budgets: [:], missed: [:])[0].score == 55)
        let worse = [Self.answer(1, .model, score: 40), Self.answer(2, .model, kind: .followup, score: 35)]
        let missed = [1: [StepMissedPoint(step: .model, id: "a", title: "A", why: "W", weight: 1)], 2: []]
        let outcome = worse.outcomes(plan: [.model], budgets: [:], missed: missed)[0]
        #expect(outcome.score == 40)
        #expect(outcome.missed.map(\.id) == ["a"])
    }
}
