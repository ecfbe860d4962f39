/// The cheatsheet's section on the user's own weak spots: the steps where their best scores are
/// lowest and the rubric concepts they miss most often, across cases. Someone with no history is
/// told how to get one.
struct WeakSpots {
    var strengths: [StepStrength]
    var misses: [PointMisses]
    var concepts: [StepID: RubricConcepts]
    var stepsShown = 3
    var pointsShown = 5

    func blocks() -> [String] {
        var blocks = ["## Your weak spots"]
        let practised = strengths.filter { $0.averageBest != nil }
        guard !practised.isEmpty else {
            blocks.append(
                """
                No practice yet. Run `mlsd practice --random` (an easy case to start with), then export \
                the cheatsheet again: this section will list the steps where you score lowest and the \
                points you miss most often.
                """)
            return blocks
        }
        let weakest = practised.sorted { ($0.averageBest!, $0.step.number) < ($1.averageBest!, $1.step.number) }.prefix(
            stepsShown)
        var steps = weakest.map { strength in
            "- **\(strength.step.number). \(Markdown.inline(strength.step.title))**: "
                + "\(Int(strength.averageBest!.rounded()))/100 "
                + (strength.cases == 1 ? "in 1 case" : "on average over \(strength.cases) cases")
        }
        let unpractised = strengths.filter { $0.averageBest == nil }.map {
            "\($0.step.number). \(Markdown.inline($0.step.title))"
        }
        if !unpractised.isEmpty { steps.append("- Not practised yet: " + unpractised.joined(separator: ", ")) }
        blocks += [
            "Weakest steps (your best score on each, in the cases you practised):", steps.joined(separator: "\n"),
        ]

        let missed = mostMissed().prefix(pointsShown).map { tally in
            let cases = tally.cases.count == 1 ? "of " + tally.cases[0] : "across \(tally.cases.count) cases"
            return
                "- **\(Markdown.inline(tally.title))** (\(tally.step.number). \(Markdown.inline(tally.step.title))): "
                + Markdown.inline(
                    "missed in \(tally.missed) of \(tally.assessed) session\(tally.assessed == 1 ? "" : "s") \(cases)")
        }
        blocks +=
            missed.isEmpty
            ? ["No point missed so far: every point you were scored on, you covered."]
            : ["Most-missed points (sessions in which no answer covered them):", missed.joined(separator: "\n")]
        return blocks
    }

    /// A concept's misses summed over the cases that ask for it.
    struct Tally {
        var step: StepID
        var title: String
        var weight = 0
        var missed = 0
        var assessed = 0
        var cases: [String] = []
    }

    /// Concepts by how many sessions missed them, then by the share of sessions, then weight.
    func mostMissed() -> [Tally] {
        var tallies: [String: Tally] = [:]
        for miss in misses {
            let title = concepts[miss.step]?.concept(titled: miss.title)?.title ?? miss.title
            let key = miss.step.rawValue + "\n" + title
            var tally = tallies[key] ?? Tally(step: miss.step, title: title)
            tally.weight = max(tally.weight, miss.weight)
            tally.missed += miss.missed
            tally.assessed += miss.assessed
            if !tally.cases.contains(miss.caseTitle) { tally.cases.append(miss.caseTitle) }
            tallies[key] = tally
        }
        return tallies.values.sorted { a, b in
            let share = { (t: Tally) in Double(t.missed) / Double(max(t.assessed, 1)) }
            return (b.missed, share(b), b.weight, a.step.number, a.title) < (
                a.missed, share(a), a.weight, b.step.number, b.title
            )
        }
    }
}
