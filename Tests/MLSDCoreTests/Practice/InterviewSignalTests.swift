import MLSDCore
import Testing

@Suite struct InterviewSignalTests {
    func outcome(_ step: StepID, _ score: Double?, skipped: Bool = false) -> StepOutcome {
        StepOutcome(
            step: step, status: skipped ? .skipped : (score == nil ? .unanswered : .answered), score: score ?? 0,
            budget: 300)
    }

    @Test func eachSignalIsTheMeanOfItsStepsWithTheWeakestNamed() {
        let signals = InterviewSignal.estimate(from: [
            outcome(.requirements, 80), outcome(.metrics, 40), outcome(.data, 60),
            outcome(.features, nil, skipped: true),
            outcome(.model, 70), outcome(.evaluation, 50), outcome(.serving, nil),
        ])
        #expect(signals.map(\.kind) == [.navigation, .dataAndFeatures, .modelling, .evaluation])
        #expect(signals[0].score == 60)
        #expect(signals[0].pulledDownBy?.step == .metrics)
        #expect(signals[1].score == 30)
        #expect(signals[1].pulledDownBy?.step == .features)
        #expect(signals[2].score == 70)
        #expect(signals[2].pulledDownBy == nil)
        #expect(signals[3].score == 45)
        #expect(signals[3].pulledDownBy?.step == .metrics)
    }

    @Test func equalStepsPullNothingDown() {
        let signals = InterviewSignal.estimate(from: [outcome(.data, 50), outcome(.features, 50)])
        #expect(signals.count == 1)
        #expect(signals[0].pulledDownBy == nil)
    }
}
