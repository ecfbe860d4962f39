import Foundation
import MLSDCore
import MLSDStore

/// `mlsd review`: a spaced-repetition session over the due and new cards.
enum ReviewCommand {
    static let spec = CommandSpec(
        name: "review",
        abstract: "Review the cards that are due, then new ones.",
        discussion: """
            Cards due for review come first, the one you are most likely to have forgotten
            (lowest recall probability R) first, so after a break the backlog is worked
            through in the order that saves most. Then new cards, up to new_cards_per_day
            per study day (the day starts at day_start_hour local time). When both run out,
            learning cards coming due in the next 20 minutes are shown early, so a card you
            missed comes back in the same sitting.

            For each card: read the question, type an answer if you like (end it with a line
            holding only '.', or Ctrl-D) or press Enter to show the answer, then rate your
            recall:
              1 or a  Again   forgot it          3 or g  Good   recalled it
              2 or h  Hard    recalled, barely   4 or e  Easy   recalled it instantly
            Each choice shows when the card would come back. On a terminal a rating is one
            keypress, no Enter needed (Enter alone accepts the rating suggested from a
            typed answer). 'u' undoes the last rating, 'q' quits. Every rating is saved at
            once: Ctrl-C or the end of input stops with all of them kept. Input may be
            piped from a file, one line per answer line or rating.

            Interview date: with interview_date set (mlsd config set interview_date
            2026-12-15), the interview is taken to start at day_start_hour local time on
            that day. A review whose next due time falls on or after that instant, while
            recall would by then have dropped below desired_retention, is brought forward to
            the same time the day before, so that reviewing when due keeps every card at or
            above desired_retention on the day. After the interview day has begun,
            scheduling is normal again.
            """,
        options: [
            OptionSpec(.limit, value: "limit", help: "Stop after this many ratings."),
            .cardsOfCase,
            OptionSpec(
                .new, value: "new",
                help: "At most this many new cards (default: what is left of new_cards_per_day today)."),
        ],
        run: run
    )

    static func run(_ invocation: Invocation, _ context: Context) throws {
        let limit = try invocation.int(.limit, in: 1...100_000)
        let newOverride = try invocation.int(.new, in: 0...100_000)
        let setup = try ReviewSetup.load(context)
        let store = try context.store()
        let caseID = invocation.value(.case)
        if let caseID { _ = try context.loadCase(caseID) }
        let now = context.now
        let introduced = try store.cards.newCardsIntroduced(since: setup.calendar.startOfDay(containing: now))
        let newCap =
            newOverride ?? ReviewQueue.newAllowance(perDay: setup.settings.newCardsPerDay, introducedToday: introduced)
        let session = ReviewSession(
            context: context, setup: setup, store: store, caseID: caseID, limit: limit, newCap: newCap)
        let (due, new) = try session.refill()
        let console = context.console, style = context.style
        let time = TimeText(timeZone: setup.calendar.timeZone)
        if due + new == 0 {
            try nothingToDo(context, store: store, caseID: caseID, time: time, newCap: newCap)
            return
        }
        var header = "\(due) due, \(new) new"
        if let limit { header += "; stopping after \(limit)" }
        header += "."
        if let day = setup.interviewDay, setup.interview(at: now) != nil {
            let left = setup.calendar.days(from: now, until: day)
            header += " Interview \(day): \(left == 1 ? "tomorrow" : "\(left) days left")."
        }
        let lines = TextWrap.wrap(Paragraph("Review: " + header), width: console.width)
        console.line(style.bold("Review") + lines[0].dropFirst("Review".count))
        for line in lines.dropFirst() { console.line(line) }
        let ending: ReviewSession.Ending
        do {
            ending = try session.run()
        } catch let error as SQLiteError where error.isFull || error.isIOError {
            // Each rating is committed on its own: those before the failed one are kept.
            let saved = session.summary.reviewed
            let kept =
                "\(saved) rating\(saved == 1 ? " of this session was" : "s of this session were") saved; "
                + "the last one was not"
            throw ErrorReport.diskFull(error, path: store.db.path, kept: kept, then: "run 'mlsd review' again")
        }
        let (reviewed, again) = session.summary
        console.line()
        var summary = "Reviewed \(reviewed) card\(reviewed == 1 ? "" : "s")"
        if reviewed > 0 { summary += " (\(again) Again)" }
        switch ending {
        case .quit: summary += "; stopped"
        case .endOfInput: summary += "; end of input"
        case .limit: summary += "; limit reached"
        case .finished: summary += "; nothing left for now"
        }
        console.line(style.bold(summary + "."))
        let later = context.now
        let stillDue = try store.cards.dueCount(by: later, caseID: caseID)
        if stillDue > 0 {
            console.line(
                TextWrap.wrap(
                    "\(stillDue) card\(stillDue == 1 ? " is" : "s are") still due: "
                        + "run 'mlsd review' again to continue.",
                    width: console.width))
        } else if let next = try store.cards.nextDue(caseID: caseID) {
            console.line("Next due: \(time.local(next)) (\(TimeText.relative(next, from: later))).")
        }
    }

    private static func nothingToDo(_ context: Context, store: Store, caseID: String?, time: TimeText, newCap: Int)
        throws
    {
        let now = context.now
        let waiting = try store.cards.newCount(caseID: caseID)
        guard try store.cards.exist(caseID: caseID) else {
            context.console.line(
                TextWrap.wrap(
                    "No cards yet. Practise a case ('mlsd practice ID') or add cards with 'mlsd cards add --case ID'.",
                    width: context.console.width))
            return
        }
        var message = "Nothing to review now."
        if let next = try store.cards.nextDue(caseID: caseID) {
            message += " Next due: \(time.local(next)) (\(TimeText.relative(next, from: now)))."
        }
        if waiting > 0, newCap == 0 {
            message +=
                " \(waiting) new card\(waiting == 1 ? " waits" : "s wait") for tomorrow's allowance (or use --new N)."
        }
        context.console.line(message)
    }
}
