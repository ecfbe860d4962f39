import Foundation
import MLSDCore
import MLSDStore

/// `mlsd rate CARD_ID RATING`: one review, recorded now, without the interactive session.
enum RateCommand {
    static let spec = CommandSpec(
        name: "rate",
        abstract: "Record one review of a card and show its new schedule.",
        discussion: """
            Rates a card as if it had just been reviewed in 'mlsd review': the FSRS-6
            scheduler updates its stability (S, in days), difficulty (D, 1-10) and due time,
            and the review is logged so 'mlsd cards undo ID' can take it back.

            RATING is 1-4 or again/hard/good/easy (a/h/g/e).

            Examples:
              mlsd rate 12 good
              mlsd rate 12 1 --json
            """,
        arguments: [
            ArgumentSpec(name: "card-id", help: "The card, as listed by 'mlsd cards'."),
            ArgumentSpec(name: "rating", help: "1 again, 2 hard, 3 good, 4 easy (or a/h/g/e)."),
        ],
        options: [.json],
        run: run
    )

    struct Output: Encodable {
        var card: CardJSON
        var rating: String
        var reviewedAt: Date
        var intervalSeconds: Double
        var explanation: IntervalExplanation
    }

    static func run(_ invocation: Invocation, _ context: Context) throws {
        let id = try CLIError.cardID(invocation.arguments[0], invocation.spec)
        let text = invocation.arguments[1]
        guard let rating = Rating(parsing: text) else {
            throw CLIError.usage(
                "The value '\(text)' is invalid for '<rating>': expected \(Rating.acceptedSpellings)", invocation.spec)
        }
        let setup = try ReviewSetup.load(context)
        let store = try context.store()
        let now = context.now
        let outcome: ReviewOutcome
        do {
            outcome = try store.cards.review(id) {
                setup.scheduler.review($0, rating: rating, now: now, interview: setup.interview(at: now))
            }
        } catch let error as CardError {
            throw CLIError.card(error)
        }
        let card = outcome.after
        if invocation.json {
            return try context.printJSON(
                Output(
                    card: CardJSON(card, scheduler: setup.scheduler, now: now), rating: rating.name, reviewedAt: now,
                    intervalSeconds: outcome.log.explanation.intervalSeconds, explanation: outcome.log.explanation))
        }
        let style = context.style
        let time = TimeText(timeZone: setup.calendar.timeZone)
        context.console.line("Card \(id) (\(CardContent.label(card))): " + style.bold(rating.title))
        context.console.line(
            "  " + ScheduleText.summary(card, explanation: outcome.log.explanation, time: time, now: now))
        if outcome.log.explanation.cappedByInterview {
            context.console.line(style.dim("  Brought forward to the eve of the interview so it is fresh on the day."))
        }
    }
}
