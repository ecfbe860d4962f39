import MLSDCore
import Testing

@Suite struct NegationTests {
    /// The words of `text` inside a negation or dismissal scope.
    private func dismissed(_ text: String) -> [String] {
        TextAnalyzer.analyze(text).tokens.filter { $0.dismissed && $0.kind != .alias && !$0.isStopWord }.map(\.word)
    }

    @Test func dismissalsReachTheirClause() {
        #expect(dismissed("We don't need a feature store.") == ["feature", "store"])
        #expect(dismissed("A feature store is overkill here.") == ["feature", "store"])
        #expect(dismissed("There is no need for an A/B test") == ["ab", "test"])
        #expect(dismissed("Monitoring is not necessary at first") == ["monitoring", "first"])
        #expect(dismissed("We can skip the baseline") == ["baseline"])
        #expect(dismissed("I'd ignore cold start for now") == ["cold", "start", "now"])
        #expect(dismissed("We won't use embeddings") == ["embeddings"])
    }

    @Test func aThingThatNeedNotBeDoneAndAMereHarmAreDismissed() {
        // "need to be <done>" denies its subject; "need to <act>" only the act.
        #expect(dismissed("Position in the carousel doesn't need to be logged") == ["position", "carousel", "logged"])
        #expect(dismissed("Downsample negatives with no need to correct the scores") == ["correct", "scores"])
        #expect(dismissed("Per-segment analysis would just slow us down").contains("segment"))
        #expect(dismissed("A holdout would only delay the launch").contains("holdout"))
    }

    @Test func aSafeguardAReasonAndAForbiddenMixAreNotDismissals() {
        // The safeguard itself: what must not happen is not a technique rejected.
        #expect(dismissed("Make sure the same product isn't in both the training and test sets").isEmpty)
        #expect(dismissed("Ensure no query appears in both splits").isEmpty)
        // A negation in a reason states a fact; a dismissal there still dismisses.
        #expect(dismissed("Tune recall first, since the reranker can't fix what wasn't retrieved").isEmpty)
        #expect(dismissed("We drop it because we don't need monitoring") == ["monitoring"])
        // Mixing is a harm: forbidding it keeps versions apart.
        #expect(dismissed("Never mix old and new embedding versions in one index").isEmpty)
        #expect(dismissed("We never retrain the model") == ["retrain", "model"])
        // A bound and a ban on later information are constraints kept, not techniques rejected.
        #expect(dismissed("Smooth the multiplier, never going above the city's cap").isEmpty)
        #expect(dismissed("Are there videos we must never show, like unsafe or illegal ones?").isEmpty)
        #expect(dismissed("Features as of the quote, never using anything learned later").isEmpty)
    }

    @Test func aClaimThatSomethingIsFreeDismissesIt() {
        #expect(dismissed("A false decline costs nothing").contains("decline"))
        #expect(dismissed("Long-term holdouts just cost engagement").contains("holdouts"))
        #expect(dismissed("Tail errors are noise").contains("tail"))
        #expect(dismissed("Extra latency is harmless").contains("latency"))
        #expect(dismissed("A false decline costs us a customer").isEmpty)
        #expect(dismissed("Count how many couriers are free nearby").isEmpty)
        #expect(dismissed("Raters label results very good, fairly good or useless").isEmpty)
        #expect(dismissed("Data residency is the vendor's problem").contains("residency"))
        #expect(dismissed("The ranking team's job is to keep latency low").isEmpty)
        #expect(dismissed("Randomising prices would just lose money").contains("prices"))
        #expect(dismissed("Opt-outs take too long to move").contains("outs"))
    }

    @Test func opinionsAndFrontedObjects() {
        #expect(dismissed("I don't think we need personalization for v1") == ["need", "personalization", "v1"])
        #expect(dismissed("Typos we can skip.") == ["typos"])
        #expect(dismissed("We use a cache and the feature store is overkill") == ["feature", "store"])
    }

    @Test func negationEndsAtTheClause() {
        #expect(dismissed("We don't need a feature store, we can compute features on the fly") == ["feature", "store"])
        #expect(dismissed("No feature store; real-time features come from Redis") == ["feature", "store"])
        #expect(dismissed("We skip the feature store but keep monitoring") == ["feature", "store"])
        #expect(dismissed("Use logistic regression instead of a deep model") == ["deep", "model"])
    }

    @Test func negationReachesEveryItemOfAList() {
        #expect(
            dismissed("We don't need a feature store, streaming features or embeddings.") == [
                "feature", "store", "streaming", "features", "embeddings",
            ])
    }

    @Test func idiomsAndDoubleNegativesAreNotDismissals() {
        #expect(dismissed("Not only CTR but also watch time matters").isEmpty)
        #expect(dismissed("Latency must be no more than 200 ms").isEmpty)
        #expect(dismissed("We can't skip the baseline").isEmpty)
        #expect(dismissed("Never ignore cold start").isEmpty)
        #expect(dismissed("It is not overkill to monitor drift").isEmpty)
        #expect(dismissed("Without hurting latency, we add a cache").isEmpty)
        #expect(dismissed("whether or not the user clicked").isEmpty)
    }

    @Test func hypotheticalsArgueForWhatTheyNegate() {
        #expect(dismissed("If we don't monitor drift, the model silently degrades").isEmpty)
        #expect(dismissed("The model silently degrades if we don't monitor drift").isEmpty)
        #expect(dismissed("Without a baseline we can't tell whether the deep model helps").isEmpty)
        // …but "without" inside a sentence still rejects what follows.
        #expect(dismissed("We ship the ranker without a baseline") == ["baseline"])
    }

    @Test func avoidingARiskIsNotDismissingIt() {
        #expect(dismissed("Split by time to avoid label leakage").isEmpty)
        #expect(dismissed("Make sure there is no training/serving skew").isEmpty)
        #expect(dismissed("Joins must not leak future information").isEmpty)
        // …but dismissing the risk itself still counts.
        #expect(dismissed("We don't need to worry about leakage") == ["worry", "leakage"])
    }
}
