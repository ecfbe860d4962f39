/// Chooses the follow-up question an interviewer would ask next: the one closest to the most
/// important point the answer missed.
struct FollowupPicker: Sendable {
    private let followups: [String]
    private let followupStems: [Set<String>]
    private let open: [Bool]
    /// Each point's vocabulary: its phrasings and details count double, its title and question once.
    private let pointStems: [[String: Int]]
    private let questions: [String]

    init(step: Step, cache: TextCache) {
        func stems(_ text: String) -> Set<String> { Set(cache.contentStems(text)) }
        followups = step.followups.map(\.question)
        followupStems = step.followups.map { stems($0.question) }
        // A probing follow-up ("You chose a two-tower model: …") presumes the answer made that
        // choice; it is asked through its triggers, never as the question about a missed point.
        open = step.followups.map(\.triggers.isEmpty)
        pointStems = step.points.map { point in
            var weights: [String: Int] = [:]
            for text in point.phrasings + point.details {
                for s in stems(text) { weights[s, default: 0] = 2 }
            }
            for s in stems(point.title + " " + point.question) where weights[s] == nil { weights[s] = 1 }
            return weights
        }
        questions = step.points.map(\.question)
    }

    /// `missed` point indices in order of importance; `answered` the stems the answer used (to avoid asking
    /// about what it already covered when nothing is missing).
    func pick(missed: [Int], answered: Set<String>) -> String? {
        if let point = missed.first {
            var best: (index: Int, score: Int)?
            for (i, stems) in followupStems.enumerated() where open[i] {
                let score = stems.reduce(0) { $0 + (pointStems[point][$1] ?? 0) }
                if score > (best?.score ?? 0) { best = (i, score) }
            }
            // No follow-up touches it: the point's own review question probes it directly.
            return best.map { followups[$0.index] } ?? questions[point]
        }
        // Nothing missed: probe the follow-up the answer touched least.
        let ranked = followupStems.enumerated().filter { open[$0.offset] }.min { a, b in
            a.element.intersection(answered).count < b.element.intersection(answered).count
        }
        return ranked.map { followups[$0.offset] }
    }
}
