import Foundation
import MLSDCore
import MLSDStore

/// `mlsd` with no command: where the user stands and the one thing to do next.
enum DashboardCommand {
    struct Summary: Encodable {
        var cases: Int
        var practised: Int
        /// Reviewed cards due now, as `mlsd due` counts them.
        var dueReviews: Int
        /// New cards a review session would introduce now (what is left of today's allowance).
        var newCards: Int
        var interviewDate: String?
        var daysToInterview: Int?
        var next: Next
    }

    struct Next: Encodable {
        var action: String
        var command: String
        var reason: String
    }

    /// A few indexed queries: counts from the card indexes, practised cases from one probe per
    /// case, and the best scores only when the advice comes down to the weakest step.
    static func summary(_ context: Context) throws -> Summary {
        let store = try context.store()
        let settings = try context.settings()
        let calendar = context.studyCalendar(settings)
        let now = context.now
        let catalog = try store.cases.catalog()
        let practised = try store.history.practisedCaseIDs()
        let introduced = try store.cards.newCardsIntroduced(since: calendar.startOfDay(containing: now))
        let (due, new) = ReviewQueue.plan(
            dueNow: try store.cards.dueCounts(now: now, todayEnds: now, weekEnds: now.addingTimeInterval(1)).now,
            newWaiting: try store.cards.newCount(dueBy: now), newPerDay: settings.newCardsPerDay,
            introducedToday: introduced)
        let unfinished = try store.sessions.latestActive().map { session in
            (caseID: session.caseID, title: catalog.first { $0.id == session.caseID }?.title ?? session.caseID)
        }
        let next = try NextAction.decide(
            dueReviews: due, unfinished: unfinished, newCards: new, catalog: catalog,
            practised: practised, best: { try store.history.bestScores() })
        let interview = settings.interviewDate
        return Summary(
            cases: catalog.count,
            practised: practised.intersection(catalog.map(\.id)).count,
            dueReviews: due,
            newCards: new,
            interviewDate: interview?.description,
            daysToInterview: interview.map { StudyDayNumber.of($0) - calendar.dayNumber(containing: now) },
            next: Next(action: name(of: next), command: next.command, reason: next.reason))
    }

    static func name(of action: NextAction) -> String {
        switch action {
        case .resume: "resume"
        case .review: "review"
        case .learn: "learn_new"
        case .practiceCase: "practice_case"
        case .practiceStep: "practice_step"
        case .browse: "browse"
        }
    }

    static func run(_ invocation: Invocation, _ context: Context) throws {
        let summary = try summary(context)
        if invocation.json { return try context.printJSON(summary) }
        let style = context.style
        let console = context.console
        console.line(style.bold("mlsd") + " — machine-learning system design interview coach")
        console.line("")
        console.line(style.bold("  Cases      ") + "\(summary.practised) of \(summary.cases) practised")
        let due = summary.dueReviews, new = summary.newCards
        var reviews = due == 0 ? "none due now" : style.yellow("\(due) due now")
        if new > 0 { reviews += "; \(new) new card\(new == 1 ? "" : "s") for today" }
        console.line(style.bold("  Reviews    ") + reviews)
        if let date = summary.interviewDate, let days = summary.daysToInterview {
            console.line(style.bold("  Interview  ") + interview(days: days, date: date))
        }
        console.line("")
        console.line("Next: " + style.cyan(summary.next.command))
        for line in Columns.wrap(summary.next.reason, width: min(console.width, 100) - 6) {
            console.line("      " + line)
        }
        console.line("")
        console.line(style.dim("More: 'mlsd stats', 'mlsd history', 'mlsd export', 'mlsd --help'"))
    }

    static func interview(days: Int, date: String) -> String {
        switch days {
        case ..<0: "\(date) has passed ('mlsd config set interview_date' sets a new one)"
        case 0: "today — good luck"
        case 1: "tomorrow (\(date))"
        default: "in \(days) days (\(date))"
        }
    }
}
