import MLSDCore
import Testing

/// Answers users reported as misjudged, on the built-in cases: each pins the principle behind it.
@Suite struct ReportedScoringTests {
    @Test func monitoringAndRetrainingSaidAsDecisionsClearTheirPitfalls() throws {
        let scorer = try CaseFixtures.scorer("spam-account-detection", .serving)
        let decided = scorer.score(
            answer:
                "We monitor the false positive rate and appeal rate on a dashboard and retrain weekly on fresh labels from the review team."
        )
        #expect(!decided.pitfalls.map(\.id).contains("no-monitoring"))
        #expect(!decided.pitfalls.map(\.id).contains("no-retraining"))
        // Named in passing they still do not.
        let named = scorer.score(answer: "The model is served behind an API and we retrain it.")
        #expect(named.pitfalls.map(\.id).contains("no-retraining"))
    }

    @Test func aCompoundOfStopWordsIsNotItsOneEverydayWord() throws {
        let scorer = try CaseFixtures.scorer("fraud-detection", .evaluation)
        func covers(_ answer: String) -> Bool {
            scorer.score(answer: answer).covered.contains { $0.id == "out-of-time-split" }
        }
        #expect(!covers("It takes time before the chargebacks arrive."))
        #expect(covers("We evaluate on an out-of-time split, training on March and testing on May."))
        #expect(covers("We evaluate on an out of time split, training on March and testing on May."))
    }

    @Test func aClarifyingQuestionClaimsNothing() throws {
        let scorer = try CaseFixtures.scorer("fraud-detection", .metrics)
        let claimed = scorer.score(answer: "ROC AUC is the best metric for imbalanced data.")
        let asked = scorer.score(answer: "I'd ask whether ROC AUC is the best metric for imbalanced data.")
        #expect(!claimed.wrong.isEmpty)
        #expect(asked.wrong.isEmpty)
    }

    @Test func endorsingAccuracyInOtherWordsIsTheAccuracyMistake() throws {
        let scorer = try CaseFixtures.scorer("fraud-detection", .metrics)
        let endorsed = scorer.score(answer: "Accuracy is fine too since fraud is rare.")
        #expect(endorsed.wrong.map(\.id) == ["accuracy-headline"])
        #expect(endorsed.covered.isEmpty)
        let criticised = scorer.score(answer: "Accuracy is too misleading at 0.1% fraud, so we report PR AUC.")
        #expect(criticised.wrong.isEmpty)
    }

    @Test func denyingTheCorrectionDoesNotDenyTheDownsampling() throws {
        let scorer = try CaseFixtures.scorer("ad-click-prediction", .data)
        let result = scorer.score(
            answer: "Negatives are downsampled to 50/50 with no need to correct the predictions afterwards.")
        #expect(result.wrong.map(\.id).contains("downsample-uncorrected"))
    }

    @Test func aFollowupAnsweredByTheExpectedPointsNameIsRight() throws {
        let scorer = try CaseFixtures.scorer("eta-prediction", .requirements)
        let question = "Who uses the ETA besides the customer?"
        let result = scorer.score(
            answer: "ETA within two minutes for most orders.",
            followup: FollowupAnswer(question: question, answer: "The customer and dispatch."))
        #expect(result.followupVerdict?.right == ["Dispatch"])
    }

    @Test func aClippedExpertFragmentIsADecisionAndABareListIsNot() throws {
        let scorer = try CaseFixtures.scorer("fraud-detection", .metrics)
        let terse = scorer.score(answer: "Time-based split; PR-AUC at fixed review capacity; calibrate with isotonic.")
        #expect(terse.covered.first { $0.id == "pr-auc" }.map { $0.credit >= 0.8 } == true, "\(terse.covered)")
        let list = scorer.score(answer: "PR AUC, operating point, dollar recall, chargeback rate.")
        #expect(list.covered.allSatisfy { $0.credit <= 0.3 }, "\(list.covered)")
        let judged = scorer.score(answer: "The operating point matters.")
        #expect(judged.covered.allSatisfy { $0.credit <= 0.3 }, "\(judged.covered)")
    }

    @Test func anAnswerToAnotherStepEarnsNoTopicFloor() throws {
        let scorer = try CaseFixtures.scorer("eta-prediction", .data)
        let serving = scorer.score(
            answer: """
                For serving, the model runs behind the order page with a budget of about fifty milliseconds. We roll \
                out new versions with a canary and keep a simple distance-based fallback when the model is down.
                """)
        #expect(serving.score == 0, "\(serving.score) \(serving.covered)")
    }
}
