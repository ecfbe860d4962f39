import Foundation
import MLSDCore
import Testing

/// The principles of scoring v2 on a small hand-made metrics step: substance earns a point's
/// weight, naming it earns the mention tier, wrong claims cost credit and block their clause,
/// announcements and keyword lists earn little, follow-ups are judged on their own.
@Suite struct ScoringTiersTests {
    static let step = Step(
        id: .metrics,
        prompt: "How would you measure the fraud model?",
        minutes: 6,
        hints: ["Fraud is rare."],
        outline: ["PR AUC, not accuracy", "Recall at the decline rate the business runs", "Threshold from costs"],
        followups: [
            Followup(
                question: "Why that threshold, and is it the same for a $3 and a $3,000 payment?",
                expects: [
                    ExpectedPoint(
                        title: "Threshold from costs", phrasings: ["expected loss", "cost of a missed fraud"]),
                    ExpectedPoint(
                        title: "Varies with the amount", phrasings: ["depends on the amount", "per segment threshold"]),
                ],
                triggers: ["threshold of 0.5", "0.5 threshold"]),
            Followup(
                question: "How do you evaluate before labels arrive?",
                expects: [
                    ExpectedPoint(title: "Early proxies", phrasings: ["proxy metric", "early fraud reports"]),
                    ExpectedPoint(title: "Label maturity", phrasings: ["labels mature", "chargeback window"]),
                ]),
        ],
        points: [
            RubricPoint(
                id: "pr-auc", title: "Precision-recall metrics", weight: 3, why: "Accuracy hides rare fraud.",
                question: "Why PR AUC?", phrasings: ["PR AUC", "precision recall curve"],
                details: ["0.1% prevalence", "approve everything model"],
                plain: ["share of flagged payments that are fraud", "how many alerts are real"]),
            RubricPoint(
                id: "operating-point", title: "Recall at the operating point", weight: 3,
                why: "The business runs at one point.",
                question: "Which recall?", phrasings: ["operating point", "recall at a fixed decline rate"],
                details: ["recall at 1% FPR", "decline budget"],
                plain: ["fraud caught at the decline rate", "recall where the business operates"]),
            RubricPoint(
                id: "cost-threshold", title: "Threshold from costs", weight: 3, why: "Errors cost different amounts.",
                question: "How to set the threshold?", phrasings: ["cost sensitive threshold", "threshold from costs"],
                details: ["probability times amount", "per segment thresholds"],
                plain: ["decline when the expected loss is larger", "cut-off set by what mistakes cost"]),
            RubricPoint(
                id: "online-metrics", title: "Online business metrics", weight: 2, why: "Offline scores are proxies.",
                question: "Which online metrics?", phrasings: ["chargeback rate", "approval rate"],
                details: ["basis points of volume", "card network limit"],
                plain: ["share of good payments approved", "fraud losses per dollar processed"]),
        ],
        wrong: [
            WrongClaim(
                id: "accuracy-headline", title: "Accuracy as the headline metric",
                phrasings: ["99.9% accuracy", "accuracy as the main metric"],
                why: "Approving everything is 99.9% accurate.", fix: "Use PR AUC and recall at the operating point."),
            WrongClaim(
                id: "half-threshold", title: "A fixed 0.5 threshold", phrasings: ["threshold at 0.5", "0.5 threshold"],
                why: "0.5 ignores the costs of each error.", fix: "Set the threshold from the costs, per amount."),
        ])

    let scorer = StepScorer(step: ScoringTiersTests.step, scenario: "Design fraud detection for a payments company.")

    static let strong = """
        Fraud is about 0.1% of payments, so I'd use PR AUC because an approve everything model looks great on accuracy.
        The number that matters is recall at a fixed decline rate of 0.5%, since that is where the business operates.
        The threshold comes from costs: decline when probability times amount exceeds the cost of a false decline.
        Online we watch chargeback rate in basis points of volume, because the card networks penalise above 1%.
        """

    @Test func aMistakeNamedToRejectItIsNotAWrongClaim() {
        let rejecting = scorer.score(
            answer:
                "A threshold at 0.5 would be wrong here, because a missed $3,000 fraud costs far more than a declined $3 payment."
        )
        #expect(rejecting.wrong.isEmpty)
        let misleading = scorer.score(
            answer: "Reporting 99.9% accuracy is misleading, since approving everything already reaches it.")
        #expect(misleading.wrong.isEmpty)
        let making = scorer.score(
            answer: "We decline when the score passes the threshold at 0.5, which keeps things simple for everyone.")
        #expect(making.wrong.map(\.id) == ["half-threshold"])
    }

    @Test func substanceEarnsTheWeightAndNamingOnlyTheMentionTier() {
        let full = scorer.score(answer: Self.strong)
        #expect(full.level == .strong)
        #expect(full.covered.allSatisfy { $0.credit >= 0.9 }, "\(full.covered)")
        let named = scorer.score(
            answer: "We would look at PR AUC. The operating point matters. Chargeback rate is tracked too.")
        #expect(named.covered.count == 3)
        #expect(named.covered.allSatisfy { $0.credit <= 0.3 }, "\(named.covered)")
        #expect(named.score < 30)
    }

    @Test func aWrongClaimCostsCreditBlocksItsClauseAndIsReported() {
        let wrong = scorer.score(
            answer:
                "Our headline is 99.9% accuracy on the holdout. We pick the threshold at 0.5 to keep the cost sensitive threshold simple."
        )
        #expect(wrong.wrong.map(\.id) == ["accuracy-headline", "half-threshold"])
        #expect(wrong.wrong[1].evidence.contains("threshold at 0.5"))
        #expect(wrong.wrong[1].fix == "Set the threshold from the costs, per amount.")
        #expect(!wrong.covered.contains { $0.id == "cost-threshold" })
        #expect(wrong.score < 10)
        let negated = scorer.score(answer: "We won't use a threshold at 0.5, because errors cost different amounts.")
        #expect(negated.wrong.isEmpty)
    }

    @Test func keywordListsJoinedByAndEarnLikeCommaLists() {
        let joined = scorer.score(
            answer:
                "PR AUC and the operating point and chargeback rate and approval rate and the cost sensitive threshold."
        )
        let commas = scorer.score(
            answer: "PR AUC, the operating point, chargeback rate, approval rate, the cost sensitive threshold.")
        #expect(joined.score < 15 && commas.score < 15, "\(joined.score) \(commas.score)")
        #expect(abs(joined.score - commas.score) < 5)
        // The quote of a list is the matched words, not the whole list.
        #expect(joined.covered.first { $0.id == "pr-auc" }?.evidence == "PR AUC")
    }

    @Test func announcingTopicsIsNotAnswering() {
        let announced = scorer.score(
            answer:
                "I would talk about PR AUC, the operating point and the cost sensitive threshold, and then discuss how we handle chargeback rate."
        )
        #expect(announced.score < 10, "\(announced.score)")
        #expect(announced.score < scorer.score(answer: Self.strong).score)
        // Naming a cost or "how to avoid" something names a topic; it decides nothing.
        let costNamed = scorer.score(
            answer:
                "I'd discuss the business objective and the cost of errors, then the operating point, and how to avoid a fixed threshold."
        )
        #expect(costNamed.score == 0, "\(costNamed.score)")
        // "to" makes a telling verb the speaker's only after a wish: a purpose is not an announcement.
        let purpose = scorer.score(answer: "We report PR AUC to cover the rare class honestly.")
        let wished = scorer.score(answer: "I want to cover PR AUC and the rare class.")
        #expect(wished.score == 0, "\(wished.score)")
        #expect(purpose.covered.contains { $0.id == "pr-auc" } && purpose.score > wished.score, "\(purpose.score)")
        // A choice stated, however shallow, earns more than an announcement.
        let stated = scorer.score(answer: "The amount of the payment and whether the card was declined before.")
        #expect(stated.score > costNamed.score, "\(stated.score)")
    }

    @Test func plainEnglishWithReasonsEarnsLikeTheJargon() {
        let plain = scorer.score(
            answer: """
                Most alerts must be real, so we measure the share of flagged payments that are fraud, because only 1 in 1,000 is.
                We judge fraud caught at the decline rate the business will actually run, 0.5% of payments.
                """)
        #expect(plain.covered.map(\.id).sorted() == ["operating-point", "pr-auc"])
        #expect(plain.covered.allSatisfy { $0.credit >= 0.9 })
    }

    @Test func followupsAreJudgedOnTheirOwnAndTheQuestionsWordsEarnNothing() {
        let main = "We pick a threshold and track PR AUC because fraud is rare."
        let question = Self.step.followups[0].question
        // Repeating the question's own words adds nothing.
        let echo = scorer.score(
            answer: main,
            followup: FollowupAnswer(
                question: question, answer: "The threshold is the same for a $3 and a $3,000 payment."))
        #expect(echo.followupVerdict?.right == [])
        #expect(echo.followupVerdict?.missing == ["Threshold from costs", "Varies with the amount"])
        let good = scorer.score(
            answer: main,
            followup: FollowupAnswer(
                question: question,
                answer:
                    "It depends on the amount: decline when the expected loss, probability times amount, exceeds the cost of a false decline."
            ))
        #expect(good.followupVerdict?.right == ["Threshold from costs", "Varies with the amount"])
        #expect(good.followupVerdict?.added == ["Threshold from costs"])
        #expect(good.score > echo.score)
        // A follow-up answer that only names a point adds nothing to the step.
        let named = scorer.score(answer: main, followup: FollowupAnswer(question: question, answer: "Chargeback rate."))
        #expect(named.score == scorer.score(answer: main).score)
    }

    @Test func theFollowupProbesTheChoiceTheAnswerMade() {
        let result = scorer.score(
            answer: "We block payments above a 0.5 threshold and report PR AUC because fraud is rare.")
        #expect(result.followup == Self.step.followups[0].question)
    }

    @Test func aProbingFollowupIsNeverAskedOfAnAnswerThatDidNotMakeItsChoice() {
        // The threshold point is missed, and the probing question shares its words, but it
        // presumes "you chose 0.5": an answer that never said so gets the open question.
        let result = scorer.score(
            answer:
                "We report PR AUC because fraud is 0.1% of payments, and recall at a fixed decline rate of 1% since the business runs there."
        )
        #expect(result.followup != Self.step.followups[0].question)
    }

    @Test func threeHundredWordsScoreInUnderAMillisecond() {
        let words = Self.strong.split(separator: " ")
        let answer = (0..<6).map { _ in words.joined(separator: " ") }.joined(separator: "\n")
        _ = scorer.score(answer: answer)
        let clock = ContinuousClock()
        let runs = 50
        let elapsed = clock.measure { for _ in 0..<runs { _ = scorer.score(answer: answer) } }
        let perAnswer = elapsed / runs
        print("scoring \(answer.split(separator: " ").count) words: \(perAnswer)")
        // Debug builds on a shared machine are many times slower than the release build `make bench`
        // measures (under 1 ms there); this bound only catches a blow-up.
        #expect(perAnswer < .milliseconds(100))
    }
}
