/// A one-page checklist for the interview: the seven steps with what each must cover and the
/// rubric points that matter most across the cases, then the pitfall catalog.
public enum CheatsheetRenderer {
    /// What each step covers, as the framework states it.
    static let focus: [StepID: String] = [
        .requirements: "Scope, users, scale (DAU, QPS, catalogue size), latency and throughput, constraints, assumptions.",
        .metrics: "Business objective, ML objective and task type, inputs and outputs, offline metrics, online metrics, guardrails.",
        .data: "Sources, labels (explicit or implicit, delayed), collection, storage, sampling, imbalance, privacy, leakage.",
        .features: "User, item, context and interaction features; encodings, embeddings, freshness, feature store, training/serving consistency.",
        .model: "A simple baseline first (logistic regression, GBDT, heuristics), then the stronger architecture, loss, training, trade-offs.",
        .evaluation: "Offline protocol (time-based splits, per-segment metrics, calibration), online A/B tests, error analysis, bias and fairness.",
        .serving: "Architecture and latency budget, fallbacks and graceful degradation, monitoring, drift, retraining, versioning and rollout.",
    ]

    /// A rubric concept as it recurs across cases (points with the same title count as one).
    struct Concept {
        var title: String
        /// The highest weight any case gives it.
        var weight = 0
        var cases: [String] = []
        /// Where it was first met: its position among the step's points in that case, then the
        /// case's position, so that equally important concepts take turns across cases.
        var first: (position: Int, study: Int)
    }

    public static func render(cases: [CaseStudy], pitfalls: [Pitfall], pointsPerStep: Int = 5) -> String {
        var blocks = ["# Machine-learning system design: interview checklist",
                      "Seven steps in about 45 minutes. Say each point out loud, with numbers, and tie it to the product."]
        for step in StepID.allCases {
            let minutes = cases.compactMap { $0.step(step)?.minutes }
            let budget = minutes.isEmpty ? "" : " (about \(Int((Double(minutes.reduce(0, +)) / Double(minutes.count)).rounded())) min)"
            blocks.append("## \(step.number). \(Markdown.inline(step.title))\(budget)")
            blocks.append(Markdown.inline(focus[step] ?? ""))
            let items = concepts(for: step, in: cases).prefix(pointsPerStep).map { concept in
                let seen = concept.cases.count > 1 ? "\(concept.cases.count) cases" : concept.cases[0]
                return "- [ ] **\(Markdown.inline(concept.title))** (\(Markdown.inline(seen)))"
            }
            if !items.isEmpty { blocks.append(items.joined(separator: "\n")) }
        }
        if !pitfalls.isEmpty {
            blocks.append("## Pitfalls")
            blocks.append(pitfalls.map { "- **\(Markdown.inline($0.title))**: \(Markdown.inline(firstSentence($0.why)))" }
                .joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// The step's rubric concepts, most important first: by weight (the highest any case gives
    /// it), then by how many cases ask for it, then taking turns across cases.
    static func concepts(for step: StepID, in cases: [CaseStudy]) -> [Concept] {
        var concepts: [String: Concept] = [:]
        for (index, study) in cases.enumerated() {
            for (position, point) in (study.step(step)?.points ?? []).enumerated() {
                let key = String(point.title.lowercased().filter { $0.isLetter || $0.isNumber })
                var concept = concepts[key] ?? Concept(title: point.title, first: (position, index))
                concept.weight = max(concept.weight, point.weight)
                if !concept.cases.contains(study.title) { concept.cases.append(study.title) }
                concepts[key] = concept
            }
        }
        return concepts.values.sorted {
            ($1.weight, $1.cases.count, $0.first.position, $0.first.study)
                < ($0.weight, $0.cases.count, $1.first.position, $1.first.study)
        }
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
