import Foundation

/// Renders a case's notes as CommonMark with YAML front matter: the scenario, every attempt
/// step by step (the answer verbatim, score, covered and missed points, follow-ups), the model
/// outline and the state of the case's review cards.
public struct CaseNotesRenderer {
    public var exportedAt: Date
    public var timeZone: TimeZone

    public init(exportedAt: Date, timeZone: TimeZone) {
        self.exportedAt = exportedAt
        self.timeZone = timeZone
    }

    public func render(_ notes: CaseNotes) -> String {
        var blocks = [frontMatter(notes), "# " + Markdown.inline(notes.study.title), Markdown.paragraph(notes.study.scenario)]
        var about = "Difficulty: \(notes.study.difficulty.rawValue)"
        if !notes.study.tags.isEmpty { about += " · Tags: " + Markdown.inline(notes.study.tags.joined(separator: ", ")) }
        blocks.append(about)
        for (index, attempt) in notes.attempts.enumerated() {
            blocks += self.attempt(attempt, number: notes.sessionID == nil ? index + 1 : nil, of: notes.totalAttempts)
        }
        blocks += outline(notes.study)
        blocks += cards(notes.cards)
        return blocks.joined(separator: "\n\n") + "\n"
    }

    func frontMatter(_ notes: CaseNotes) -> String {
        var lines = ["---",
                     "case: " + Markdown.yamlString(notes.study.id),
                     "title: " + Markdown.yamlString(notes.study.title),
                     "tags: [" + notes.study.tags.map(Markdown.yamlString).joined(separator: ", ") + "]",
                     "best_score: " + (notes.bestScore.map { String(Int($0.rounded())) } ?? "null"),
                     "attempts: \(notes.totalAttempts)"]
        if let session = notes.sessionID { lines.append("session: \(session)") }
        lines += ["exported_at: " + LocalTime.iso8601(exportedAt), "---"]
        return lines.joined(separator: "\n")
    }

    func attempt(_ attempt: Attempt, number: Int?, of total: Int) -> [String] {
        let session = attempt.session
        let when = LocalTime.minute(session.startedAt, in: timeZone)
        let name = number.map { "Attempt \($0) of \(total)" } ?? "Session \(session.id)"
        var facts = ["Session \(session.id)", session.status.rawValue]
        if let overall = session.overall { facts.append("overall \(Self.score(overall))/100") }
        facts.append(DurationText.format(seconds: session.seconds) + " answering")
        var blocks = ["## \(name) — \(when)", facts.joined(separator: " · ")]
        for step in StepID.allCases {
            if let round = StepRound.of(step, in: attempt.answers) { blocks += self.step(round) }
        }
        return blocks
    }

    func step(_ round: StepRound) -> [String] {
        var blocks = ["### \(round.step.number). " + Markdown.inline(round.step.title)]
        var facts: [String] = []
        if round.skipped {
            facts.append("Skipped" + (round.skips > 1 ? " \(Self.times(round.skips))" : ""))
        } else if let score = round.score {
            let level = round.level.map { " (\($0.rawValue))" } ?? ""
            facts.append("Score: \(Self.score(score))/100" + level)
            if round.final.kind == .followup, let before = round.answer.score, Self.score(before) != Self.score(score) {
                facts.append("\(Self.score(before)) before the follow-up")
            }
        } else {
            facts.append("Not scored yet")
        }
        if round.seconds > 0 { facts.append(DurationText.format(seconds: round.seconds)) }
        if round.hintsUsed > 0 { facts.append("\(round.hintsUsed) hint\(round.hintsUsed == 1 ? "" : "s")") }
        if !round.skipped, round.answered + round.skips > 1 {
            var tries = "answered \(Self.times(round.answered))"
            if round.skips > 0 { tries += ", skipped \(round.skips)" }
            if round.answered > 1 { tries += ", the last answer shown" }
            facts.append(tries)
        }
        blocks.append(facts.joined(separator: " · "))
        blocks += [Self.quote(round.answer.question), "Your answer:", Self.answerBlock(round.answer)]
        for followup in round.followups {
            blocks += ["#### Follow-up", Self.quote(followup.question), "Your answer:", Self.answerBlock(followup)]
        }
        if round.followups.isEmpty, let asked = round.answer.feedback?.followup {
            blocks += ["#### Follow-up", Self.quote(asked), "Not answered."]
        }
        guard let feedback = round.feedback, !round.skipped else { return blocks }
        var lists = list("Covered", feedback.covered.map { point in
            "**\(Markdown.inline(point.title))**" + (point.evidence.isEmpty ? "" : ": “\(Markdown.inline(point.evidence))”")
        })
        lists += list("Dismissed", feedback.dismissed.map { point in
            "**\(Markdown.inline(point.title))**" + (point.evidence.isEmpty ? "" : ": “\(Markdown.inline(point.evidence))”")
        })
        lists += list("Missed", feedback.missed.map { point in
            "**\(Markdown.inline(point.title))**" + (point.why.isEmpty ? "" : ": " + Markdown.inline(point.why))
        })
        lists += list("Pitfalls", feedback.pitfalls.map { pitfall in
            "**\(Markdown.inline(pitfall.title))**" + (pitfall.why.isEmpty ? "" : ": " + Markdown.inline(pitfall.why))
                + (pitfall.evidence.isEmpty ? "" : " (you said “\(Markdown.inline(pitfall.evidence))”)")
        })
        return lists.isEmpty ? blocks : blocks + ["#### Feedback"] + lists
    }

    func outline(_ study: CaseStudy) -> [String] {
        var blocks = ["## Model outline"]
        for step in study.steps where !step.outline.isEmpty {
            blocks.append("### \(step.id.number). " + Markdown.inline(step.id.title))
            blocks.append(step.outline.map { "- " + Markdown.inline($0) }.joined(separator: "\n"))
        }
        return blocks
    }

    func cards(_ cards: [CardStatus]) -> [String] {
        guard !cards.isEmpty else { return ["## Review cards", "No review cards for this case yet: a practice session makes them when it ends."] }
        let due = cards.filter { !$0.suspended && $0.due <= exportedAt }.count
        var summary = "\(cards.count) card\(cards.count == 1 ? "" : "s"), \(due) due now."
        let suspended = cards.filter(\.suspended).count
        if suspended > 0 { summary += " \(suspended) suspended." }
        let items = cards.sorted { ($0.step, $0.kind.rawValue, $0.title) < ($1.step, $1.kind.rawValue, $1.title) }.map { card in
            var facts = [card.kind == .step ? "step card" : Markdown.inline(card.step.title)]
            if card.suspended {
                facts.append("suspended")
            } else if card.reps == 0 {
                facts.append("new")
            } else {
                facts.append(card.state.name)
                facts.append(card.due <= exportedAt ? "due now" : "due " + LocalTime.day(card.due, in: timeZone))
            }
            facts.append("\(card.reps) review\(card.reps == 1 ? "" : "s")")
            if card.lapses > 0 { facts.append("\(card.lapses) lapse\(card.lapses == 1 ? "" : "s")") }
            return "- **\(Markdown.inline(card.title))**: " + facts.joined(separator: " · ")
        }
        return ["## Review cards", summary, items.joined(separator: "\n")]
    }

    private func list(_ label: String, _ items: [String]) -> [String] {
        items.isEmpty ? [] : ["\(label):", items.map { "- " + $0 }.joined(separator: "\n")]
    }

    static func answerBlock(_ answer: PracticeAnswer) -> String {
        if answer.text.unicodeScalars.allSatisfy(CharacterSet.whitespacesAndNewlines.contains) {
            return answer.skipped ? "_Skipped without an answer._" : "_No answer written._"
        }
        var block = Markdown.fenced(answer.text)
        block.removeLast() // the closing fence's line break: blocks are joined by blank lines
        return block
    }

    static func quote(_ text: String) -> String {
        Markdown.paragraph(text).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n")
    }

    static func score(_ value: Double) -> String { String(Int(value.rounded())) }

    static func times(_ count: Int) -> String { count == 1 ? "1 time" : "\(count) times" }
}
