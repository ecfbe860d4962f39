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
        // Room for the whole document up front: a few kilobytes of feedback per answer besides its text.
        let answered = notes.attempts.reduce(0) { total, attempt in
            attempt.answers.reduce(total) { $0 + $1.text.utf8.count + $1.question.utf8.count + 4096 }
        }
        var document = MarkdownBlocks(capacity: answered + 65_536)
        document.block(frontMatter(notes))
        document.block("# " + Markdown.inline(notes.study.title))
        document.block(Markdown.paragraph(notes.study.scenario))
        var about = "Difficulty: \(notes.study.difficulty.rawValue)"
        if !notes.study.tags.isEmpty {
            about += " · Tags: " + Markdown.inline(notes.study.tags.joined(separator: ", "))
        }
        document.block(about)
        for (index, attempt) in notes.attempts.enumerated() {
            self.attempt(
                attempt, number: notes.sessionID == nil ? index + 1 : nil, of: notes.totalAttempts, into: &document)
        }
        for block in outline(notes.study) + cards(notes.cards) { document.block(block) }
        return document.text + "\n"
    }

    func frontMatter(_ notes: CaseNotes) -> String {
        var lines = [
            "---",
            "case: " + Markdown.yamlString(notes.study.id),
            "title: " + Markdown.yamlString(notes.study.title),
            "tags: [" + notes.study.tags.map(Markdown.yamlString).joined(separator: ", ") + "]",
            "best_score: " + (notes.bestScore.map { String(Int($0.rounded())) } ?? "null"),
            "attempts: \(notes.totalAttempts)",
        ]
        if let session = notes.sessionID { lines.append("session: \(session)") }
        lines += ["exported_at: " + LocalTime.iso8601(exportedAt), "---"]
        return lines.joined(separator: "\n")
    }

    func attempt(_ attempt: Attempt, number: Int?, of total: Int, into document: inout MarkdownBlocks) {
        let session = attempt.session
        let when = LocalTime.minute(session.startedAt, in: timeZone)
        let name = number.map { "Attempt \($0) of \(total)" } ?? "Session \(session.id)"
        var facts = ["Session \(session.id)", session.status.rawValue]
        if let overall = session.overall { facts.append("overall \(Self.score(overall))/100") }
        facts.append(DurationText.format(seconds: session.seconds) + " answering")
        document.block("## \(name) — \(when)")
        document.block(facts.joined(separator: " · "))
        for step in StepID.allCases {
            if let round = StepRound.of(step, in: attempt.answers) { self.step(round, into: &document) }
        }
    }

    func step(_ round: StepRound, into document: inout MarkdownBlocks) {
        document.block("### \(round.step.number). " + Markdown.inline(round.step.title))
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
        document.block(facts.joined(separator: " · "))
        Self.exchange(round.answer, into: &document)
        for followup in round.followups {
            document.block("#### Follow-up")
            Self.exchange(followup, into: &document)
        }
        if round.followups.isEmpty, let asked = round.answer.feedback?.followup {
            document.block("#### Follow-up")
            document.next()
            Self.quote(asked, into: &document.text)
            document.block("Not answered.")
        }
        guard let feedback = round.feedback, !round.skipped else { return }
        guard
            !(feedback.covered.isEmpty && feedback.dismissed.isEmpty && feedback.missed.isEmpty
                && feedback.pitfalls.isEmpty)
        else { return }
        document.block("#### Feedback")
        document.list("Covered", feedback.covered) { point, text in
            Self.titled(point.title, into: &text)
            if !point.evidence.isEmpty { Self.said(point.evidence, into: &text) }
        }
        document.list("Dismissed", feedback.dismissed) { point, text in
            Self.titled(point.title, into: &text)
            if !point.evidence.isEmpty { Self.said(point.evidence, into: &text) }
        }
        document.list("Missed", feedback.missed) { point, text in
            Self.titled(point.title, into: &text)
            if !point.why.isEmpty { text += ": "; text += Markdown.inline(point.why) }
        }
        document.list("Pitfalls", feedback.pitfalls) { pitfall, text in
            Self.titled(pitfall.title, into: &text)
            if !pitfall.why.isEmpty { text += ": "; text += Markdown.inline(pitfall.why) }
            if let evidence = pitfall.evidence, !evidence.isEmpty {
                text += " (you said “"; text += Markdown.inline(evidence); text += "”)"
            }
        }
    }

    /// A question as asked and the answer given to it.
    static func exchange(_ answer: PracticeAnswer, into document: inout MarkdownBlocks) {
        document.next()
        quote(answer.question, into: &document.text)
        document.block("Your answer:")
        document.next()
        answerBlock(answer, into: &document.text)
    }

    /// "**Title**", the start of each feedback item.
    static func titled(_ title: String, into text: inout String) {
        text += "**"
        text += Markdown.inline(title)
        text += "**"
    }

    /// ": “the words”", what earned or dismissed a point.
    static func said(_ evidence: String, into text: inout String) {
        text += ": “"
        text += Markdown.inline(evidence)
        text += "”"
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
        guard !cards.isEmpty else {
            return [
                "## Review cards", "No review cards for this case yet: a practice session makes them when it ends.",
            ]
        }
        let due = cards.filter { !$0.suspended && $0.due <= exportedAt }.count
        var summary = "\(cards.count) card\(cards.count == 1 ? "" : "s"), \(due) due now."
        let suspended = cards.filter(\.suspended).count
        if suspended > 0 { summary += " \(suspended) suspended." }
        let items = cards.sorted { ($0.step, $0.kind.rawValue, $0.title) < ($1.step, $1.kind.rawValue, $1.title) }.map {
            card in
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

    static func answerBlock(_ answer: PracticeAnswer, into text: inout String) {
        if answer.text.unicodeScalars.allSatisfy(CharacterSet.whitespacesAndNewlines.contains) {
            text += answer.skipped ? "_Skipped without an answer._" : "_No answer written._"
            return
        }
        Markdown.fenced(answer.text, into: &text)
        text.removeLast()  // the closing fence's line break: blocks are joined by blank lines
    }

    static func quote(_ question: String, into text: inout String) {
        var first = true
        for line in Markdown.paragraph(question).split(separator: "\n", omittingEmptySubsequences: false) {
            if !first { text += "\n" }
            first = false
            text += line.isEmpty ? ">" : "> "
            text += line
        }
    }

    static func score(_ value: Double) -> String { String(Int(value.rounded())) }

    static func times(_ count: Int) -> String { count == 1 ? "1 time" : "\(count) times" }
}

/// A document's blocks, separated by blank lines, written into one buffer as they come: notes
/// run to megabytes, and arrays of small strings joined block by block copied each several times.
struct MarkdownBlocks {
    var text = ""
    private var started = false

    init(capacity: Int) { text.reserveCapacity(capacity) }

    /// Starts a block, after a blank line unless it is the first; the caller writes it into `text`.
    mutating func next() {
        if started { text += "\n\n" }
        started = true
    }

    mutating func block(_ content: String) {
        next()
        text += content
    }

    /// "Label:" and a bulleted list, one item a line, each written by `item`; nothing when empty.
    mutating func list<Item>(_ label: String, _ items: [Item], _ item: (Item, inout String) -> Void) {
        guard !items.isEmpty else { return }
        block(label + ":")
        next()
        for (index, element) in items.enumerated() {
            text += index == 0 ? "- " : "\n- "
            item(element, &text)
        }
    }
}
