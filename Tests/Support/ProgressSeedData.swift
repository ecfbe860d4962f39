/// A realistic history: two sessions and an unfinished one of the video recommender, an
/// abandoned fraud-detection session, review cards and a review log.
extension ProgressSeed {
    static func videoStep(_ step: String, _ score: Double, _ answer: String) -> Step {
        var result = Step(step: step, score: score, answer: answer)
        switch step {
        case "requirements":
            result.covered = [
                ("traffic-scale", "Traffic: DAU and peak QPS", "about 500M DAU and 100k QPS at peak"),
                ("latency-target", "Latency target for the feed", "the whole feed under 200 ms p99"),
            ]
            result.missed = [
                (
                    "cold-start", "Cold start for viewers and videos",
                    "New uploads and new viewers have no history, so a history-only design ignores them."
                )
            ]
            result.followup = ("How many new videos are uploaded per minute?", "Around 500 hours of video per minute.")
        case "model":
            result.covered = [("baseline-first", "Simple baseline first", "start with a popularity baseline")]
            result.pitfalls = [
                (
                    "complex-model-first", "Complex model first",
                    "Opening with a deep architecture leaves nothing to compare against."
                )
            ]
        default:
            result.missed = [
                (
                    "graceful-degradation", "Fallbacks and graceful degradation",
                    "A recommender must still show something when a stage fails."
                )
            ]
        }
        return result
    }

    static let steps = ["requirements", "metrics", "data", "features", "model", "evaluation", "serving"]

    static var standard: String {
        let first = zip(steps, [60.0, 40, 50, 45, 30, 55, 35]).map {
            videoStep($0, $1, "First try at \($0): users, scale, latency.")
        }
        let second = zip(steps, [80.0, 70, 65, 60, 55, 75, 60]).map {
            videoStep($0, $1, "Second try at \($0): 500M DAU, 100k QPS, 200 ms p99.")
        }
        let unfinished = [videoStep("requirements", 85, "Third try: scale, latency, cold start.")]
        let fraud = [
            Step(step: "requirements", score: 50, answer: "Card payments, 10k TPS, 100 ms budget."),
            Step(step: "metrics", score: 20, answer: "Accuracy, I suppose."),
            Step(step: "data", score: 0, answer: "", seconds: 15, skipped: true),
        ]
        return session(1, caseID: "video-recommendation", startedDaysAgo: 3, overall: 48, steps: first)
            + session(2, caseID: "fraud-detection", status: "abandoned", startedDaysAgo: 2, overall: nil, steps: fraud)
            + session(3, caseID: "video-recommendation", startedDaysAgo: 1, overall: 66, steps: second)
            + session(
                4, caseID: "video-recommendation", status: "active", startedDaysAgo: 0, overall: nil, steps: unfinished)
            + card(1, caseID: "video-recommendation", step: "requirements", pointID: "cold-start", dueInDays: -0.5)
            + card(2, caseID: "video-recommendation", step: "serving", pointID: "graceful-degradation", dueInDays: 3.2)
            + card(3, caseID: "video-recommendation", step: "serving", pointID: "", dueInDays: 10.2, state: 1, reps: 1)
            + card(4, caseID: "fraud-detection", step: "metrics", pointID: "pr-auc", dueInDays: 0, state: 1, reps: 0)
            + card(
                5, caseID: "fraud-detection", step: "data", pointID: "class-imbalance", dueInDays: 5, suspended: true)
            + review(card: 1, rating: 3, daysAgo: 2)
            + review(card: 1, rating: 1, daysAgo: 1)
            + review(card: 2, rating: 3, daysAgo: 1)
            + review(card: 2, rating: 2, daysAgo: 0)
            + review(card: 3, rating: 1, daysAgo: 0, stateBefore: 1, repsBefore: 0)
    }
}
