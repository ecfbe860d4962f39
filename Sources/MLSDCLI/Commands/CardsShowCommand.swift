import Foundation
import MLSDCore
import MLSDStore

/// `mlsd cards show ID`: one card, its history, and why its next review is when it is.
enum CardsShowCommand {
    static let spec = CommandSpec(
        name: "show",
        abstract: "Show a card, its review history and why it is due when it is.",
        discussion: """
            The explanation replays the card's last review with the current settings: R at
            that review, the new stability and difficulty, the interval the forgetting curve
            gives for the target retention (raw and rounded), fuzz, and the interview cap.
            If the settings changed since, it says so. It also shows what each answer would
            do if given now.
            """,
        arguments: [ArgumentSpec(name: "card-id", help: "The card, as listed by 'mlsd cards'.")],
        options: [.json],
        run: run
    )

    struct Preview: Encodable {
        var rating: String
        var label: String
        var due: Date
        var intervalSeconds: Double
    }

    struct Output: Encodable {
        var card: CardJSON
        var front: String
        var history: [ReviewJSON]
        /// The last review replayed with today's settings; null for a card never reviewed.
        var explanation: IntervalExplanation?
        /// False when the replay no longer gives the stored due time (settings changed since).
        var explanationMatchesSchedule: Bool
        var previews: [Preview]
    }

    static func run(_ invocation: Invocation, _ context: Context) throws {
        let id = try CLIError.cardID(invocation.arguments[0], invocation.spec)
        let setup = try ReviewSetup.load(context)
        let store = try context.store()
        guard let card = try store.cards.card(id) else { throw CLIError.card(.notFound(id)) }
        let now = context.now
        let history = try store.cards.history(of: id)
        let content = CardContent(store: store)
        var explanation: IntervalExplanation?
        if let last = history.last, card.memory.reps == last.before.reps + 1 {
            explanation =
                setup.scheduler.review(
                    card: last.before, rating: last.rating, now: last.reviewedAt,
                    seed: FuzzSeed(cardID: id, reviewCount: last.before.reps),
                    interview: setup.interview(at: last.reviewedAt)
                ).log.explanation
        }
        let matches = explanation.map { abs($0.due.timeIntervalSince(card.memory.due)) < 0.001 } ?? true
        let previews = setup.scheduler.preview(
            card: card.memory, now: now, seed: card.nextSeed,
            interview: setup.interview(at: now))
        if invocation.json {
            return try context.printJSON(
                Output(
                    card: CardJSON(card, scheduler: setup.scheduler, now: now), front: try content.front(card),
                    history: history.map(ReviewJSON.init), explanation: explanation,
                    explanationMatchesSchedule: matches,
                    previews: previews.map {
                        Preview(
                            rating: $0.rating.name, label: $0.label, due: $0.card.due,
                            intervalSeconds: $0.explanation.intervalSeconds)
                    }))
        }
        let console = context.console, style = context.style
        let time = TimeText(timeZone: setup.calendar.timeZone)
        let width = console.width
        let memory = card.memory
        console.line(style.bold("Card \(id)") + " · \(card.kind.rawValue) card · \(card.caseID)")
        for line in TextWrap.wrap(Paragraph(try content.heading(card)), width: width) { console.line(style.dim(line)) }
        for line in TextWrap.wrap(Paragraph("Q: " + (try content.front(card)), hang: 3), width: width) {
            console.line(line)
        }
        if let point = try content.point(of: card) { console.line("A: " + point.title) }
        console.line()
        var facts = ["State " + card.stateLabel]
        if !card.isNew {
            facts += [
                "S \(TimeText.number(memory.stability))", "D \(TimeText.number(memory.difficulty))",
                "R now \(TimeText.percent(setup.scheduler.retrievability(of: memory, at: now)))",
            ]
        }
        facts += ["reps \(memory.reps)", "lapses \(memory.lapses)"]
        console.line(facts.joined(separator: " · "))
        var due = "Due \(time.local(memory.due)) (\(TimeText.relative(memory.due, from: now)))"
        if let last = memory.lastReview { due += " · last review \(time.local(last))" }
        console.line(due)
        if let explanation, let last = history.last {
            console.line()
            console.line(style.bold("Why this interval"))
            let lines = ScheduleText.why(
                explanation, rating: last.rating, maximumInterval: setup.settings.maximumInterval,
                interviewSet: setup.interviewDay != nil, time: time)
            for line in lines {
                for wrapped in TextWrap.wrap(Paragraph(line), width: width, indent: 2) { console.line(wrapped) }
            }
            if !matches {
                console.line(
                    style.yellow("  The settings changed since this review; it was scheduled under the earlier ones."))
            }
        } else if card.isNew {
            console.line(
                style.dim("New: 'mlsd review' introduces it (new_cards_per_day = \(setup.settings.newCardsPerDay))."))
        }
        console.line()
        console.line("If answered now: " + previews.map(\.label).joined(separator: "  "))
        guard !history.isEmpty else { return }
        console.line()
        console.line(style.bold("History"))
        for record in history {
            var state = record.state.name
            if let step = record.step { state += " step \(step + 1)" }
            let wait = IntervalExplanation.shortDuration(seconds: record.due.timeIntervalSince(record.reviewedAt))
            console.line(
                "  \(time.local(record.reviewedAt))  " + TerminalLayout.fit(record.rating.title, 5)
                    + "  → \(state), next in \(wait) (S \(TimeText.number(record.stability)), "
                    + "D \(TimeText.number(record.difficulty)))"
            )
        }
    }
}
