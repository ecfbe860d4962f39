import Foundation
import MLSDCore
import Testing

/// Pitfalls agree with the rubric: one that a covered point answers never fires, one generic word
/// never clears one, and label leakage needs a leaking construction rather than the word "label".
@Suite struct PitfallAgreementTests {
    static let step = Step(
        id: .features, prompt: "Which features would you use?", minutes: 8, hints: [], outline: [], followups: [],
        points: [
            RubricPoint(
                id: "content-features", title: "Content features for new uploads", weight: 3,
                why: "New videos have no history.",
                question: "What about new videos?", phrasings: ["content features", "title embedding"],
                details: ["from the first upload"], plain: ["what the clip shows on screen", "words of the title"]),
            RubricPoint(
                id: "watch-history", title: "Watch history", weight: 2, why: "Taste.", question: "Which history?",
                phrasings: ["watch history", "recently watched videos"]),
        ])

    static let pitfalls = try! CaseFixtures.pitfalls()
    let scorer = StepScorer(
        step: PitfallAgreementTests.step, scenario: "Design video recommendations.",
        pitfalls: PitfallAgreementTests.pitfalls)

    @Test func aCoveredPointThatAnswersAPitfallSilencesIt() {
        #expect(scorer.pointsAnswering(pitfall: "ignoring-cold-start") == ["content-features"])
        let answer =
            "We learn a video embedding from the watch history, and content features for new uploads because they have no history yet."
        let result = scorer.score(answer: answer)
        #expect(result.covered.contains { $0.id == "content-features" })
        #expect(!result.pitfalls.contains { $0.id == "ignoring-cold-start" })
        let without = scorer.score(answer: "We learn a video embedding from the watch history of each user.")
        #expect(without.pitfalls.contains { $0.id == "ignoring-cold-start" }, "\(without)")
    }

    @Test func labelLeakageNeedsALeakingConstruction() {
        let plain = scorer.score(
            answer: "The label is whether the user watched more than half of the video, joined to the impression.")
        #expect(!plain.pitfalls.contains { $0.id == "label-leakage" })
        let leaking = scorer.score(
            answer: "The video's click rate is computed over all logs including today, so it is fresh.")
        #expect(leaking.pitfalls.contains { $0.id == "label-leakage" })
    }

    @Test func oneGenericWordNeverClearsAPitfall() throws {
        let serving = Step(
            id: .serving, prompt: "How do you serve it?", minutes: 7, hints: [], outline: [], followups: [],
            points: [
                RubricPoint(
                    id: "x", title: "Ranking service", weight: 2, why: "", question: "",
                    phrasings: ["ranking service"])
            ])
        let scorer = StepScorer(step: serving, pitfalls: Self.pitfalls)
        let one = scorer.score(answer: "We run the ranking service behind the API and we monitor it.")
        #expect(one.pitfalls.contains { $0.id == "no-monitoring" })
        let real = scorer.score(
            answer: "We run the ranking service and alert when the population stability index of a feature passes 0.2.")
        #expect(!real.pitfalls.contains { $0.id == "no-monitoring" })
    }
}
