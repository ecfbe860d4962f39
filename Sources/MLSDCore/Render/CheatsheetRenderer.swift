/// A one-page checklist for the interview: the seven steps with what each must cover and the
/// rubric points that recur across the cases, the user's own weak spots, then the pitfall catalog.
public enum CheatsheetRenderer {
    /// What each step covers, as the framework states it.
    static let focus: [StepID: String] = [
        .requirements:
            "Scope, users, scale (DAU, QPS, catalogue size), latency and throughput, constraints, assumptions.",
        .metrics:
            "Business objective, ML objective and task type, inputs and outputs, offline metrics, online metrics, "
            + "guardrails.",
        .data:
            "Sources, labels (explicit or implicit, delayed), collection, storage, sampling, imbalance, privacy, "
            + "leakage.",
        .features:
            "User, item, context and interaction features; encodings, embeddings, freshness, feature store, "
            + "training/serving consistency.",
        .model:
            "A simple baseline first (logistic regression, GBDT, heuristics), then the stronger architecture, loss, "
            + "training, trade-offs.",
        .evaluation:
            "Offline protocol (time-based splits, per-segment metrics, calibration), online A/B tests, error analysis, "
            + "bias and fairness.",
        .serving:
            "Architecture and latency budget, fallbacks and graceful degradation, monitoring, drift, retraining, "
            + "versioning and rollout.",
    ]

    /// The checklist, then the user's weak spots from their history (`strengths` and `misses`,
    /// empty for someone who has not practised yet), then the pitfall catalog. A step lists the
    /// concepts asked for in more than one case, so points particular to one case stay out.
    public static func render(
        cases: [CaseStudy], pitfalls: [Pitfall], strengths: [StepStrength] = [],
        misses: [PointMisses] = [], pointsPerStep: Int = 5
    ) -> String {
        var blocks = [
            "# Machine-learning system design: interview checklist",
            "Seven steps in about 45 minutes. Say each point out loud, with numbers, and tie it to the product.",
        ]
        let concepts = Dictionary(
            uniqueKeysWithValues: StepID.allCases.map { ($0, RubricConcepts(step: $0, cases: cases)) })
        for step in StepID.allCases {
            let minutes = cases.compactMap { $0.step(step)?.minutes }
            let budget =
                minutes.isEmpty
                ? "" : " (about \(Int((Double(minutes.reduce(0, +)) / Double(minutes.count)).rounded())) min)"
            blocks.append("## \(step.number). \(Markdown.inline(step.title))\(budget)")
            blocks.append(Markdown.inline(focus[step] ?? ""))
            let items = concepts[step]!.concepts.filter { $0.cases.count > 1 }.prefix(pointsPerStep).map { concept in
                "- [ ] **\(Markdown.inline(concept.title))** (\(concept.cases.count) of \(cases.count) cases)"
            }
            if !items.isEmpty { blocks.append(items.joined(separator: "\n")) }
        }
        blocks += WeakSpots(strengths: strengths, misses: misses, concepts: concepts).blocks()
        if !pitfalls.isEmpty {
            blocks.append("## Pitfalls")
            blocks.append(
                pitfalls.map { "- **\(Markdown.inline($0.title))**: \(Markdown.inline(firstSentence($0.why)))" }
                    .joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// The text up to the first full stop followed by a space, not counting "e.g." and "i.e.".
    static func firstSentence(_ text: String) -> String {
        var sentence = ""
        for (index, character) in zip(text.indices, text) {
            sentence.append(character)
            guard ".!?".contains(character) else { continue }
            let next = text.index(after: index)
            let abbreviation = sentence.hasSuffix("e.g.") || sentence.hasSuffix("i.e.")
            if next == text.endIndex || (text[next] == " " && !abbreviation) { return sentence }
        }
        return sentence
    }
}
