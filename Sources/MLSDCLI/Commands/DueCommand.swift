import Foundation
import MLSDCore
import MLSDStore

/// `mlsd due`: how much review work is waiting, and how ready the user is for the interview.
enum DueCommand {
    static let spec = CommandSpec(
        name: "due",
        abstract: "Count the cards due now, today and this week.",
        discussion: """
            "Today" is the study day, which starts at day_start_hour local time (default
            4:00), so reviews after midnight still count for the evening before. "This week"
            is today and the next six study days. New cards are counted apart: 'mlsd review'
            introduces at most new_cards_per_day of them per study day.

            With interview_date set, also shows the days left and the predicted recall on
            the interview day: the average probability of recall of your reviewed cards at
            the start of that day if you did no more reviews, and how many would be below
            desired_retention.
            """,
        options: [.json],
        run: run
    )

    struct Interview: Encodable {
        var date: String
        var startsAt: Date
        var daysLeft: Int
        /// Reviewed cards only; new cards are in `newWaiting`.
        var forecast: InterviewForecast?
    }

    struct Output: Encodable {
        var now: Date
        var dueNow: Int
        var dueToday: Int
        var dueThisWeek: Int
        var todayEndsAt: Date
        var weekEndsAt: Date
        var newCardsPerDay: Int
        var newIntroducedToday: Int
        var newAvailableToday: Int
        var newWaiting: Int
        var interview: Interview?
    }

    static func run(_ invocation: Invocation, _ context: Context) throws {
        let setup = try ReviewSetup.load(context)
        let cards = try context.store().cards
        let now = context.now
        let calendar = setup.calendar
        let todayEnds = calendar.startOfDay(1, after: now)
        let weekEnds = calendar.startOfDay(7, after: now)
        let counts = try cards.dueCounts(now: now, todayEnds: todayEnds, weekEnds: weekEnds)
        let introduced = try cards.newCardsIntroduced(since: calendar.startOfDay(containing: now))
        let waiting = try cards.newCount()
        let plan = ReviewQueue.plan(
            dueNow: counts.now, newWaiting: waiting, newPerDay: setup.settings.newCardsPerDay,
            introducedToday: introduced)
        var output = Output(
            now: now, dueNow: plan.due, dueToday: counts.today, dueThisWeek: counts.week, todayEndsAt: todayEnds,
            weekEndsAt: weekEnds,
            newCardsPerDay: setup.settings.newCardsPerDay, newIntroducedToday: introduced, newAvailableToday: plan.new,
            newWaiting: waiting)
        if let day = setup.interviewDay, let deadline = setup.interview {
            let daysLeft = calendar.days(from: now, until: day)
            var forecast: InterviewForecast?
            if deadline.date > now {
                let reviewed = try cards.reviewedMemories()
                forecast = setup.scheduler.forecast(reviewed, at: deadline.date)
            }
            output.interview = Interview(
                date: day.description, startsAt: deadline.date, daysLeft: daysLeft, forecast: forecast)
        }
        if invocation.json { return try context.printJSON(output) }
        print(output, context: context, time: TimeText(timeZone: calendar.timeZone))
    }

    private static func print(_ output: Output, context: Context, time: TimeText) {
        let console = context.console, style = context.style
        console.line("Due now:        " + style.bold(String(output.dueNow)))
        console.line("Due today:      \(output.dueToday)" + style.dim("  (until \(time.local(output.todayEndsAt)))"))
        console.line("Due this week:  \(output.dueThisWeek)" + style.dim("  (until \(time.local(output.weekEndsAt)))"))
        console.line(
            "New cards:      \(output.newWaiting) waiting; \(output.newAvailableToday) more today"
                + style.dim("  (\(output.newIntroducedToday) introduced, limit \(output.newCardsPerDay) a day)"))
        guard let interview = output.interview else { return }
        console.line()
        switch interview.daysLeft {
        case ..<0:
            console.line("Interview \(interview.date): passed. Clear it with 'mlsd config unset interview_date'.")
        case 0: console.line("Interview \(interview.date): today. Good luck!")
        case 1: console.line("Interview \(interview.date): tomorrow.")
        default: console.line("Interview \(interview.date): \(interview.daysLeft) days left.")
        }
        guard let forecast = interview.forecast else { return }
        if forecast.cardCount == 0 {
            console.line("No reviewed cards yet, so no prediction: start with 'mlsd review'.")
            return
        }
        let lines = [
            "Predicted recall on the day, with no more reviews: \(TimeText.percent(forecast.averageRetrievability)) "
                + "on average over \(forecast.cardCount) reviewed card\(forecast.cardCount == 1 ? "" : "s"); "
                + "\(forecast.belowTargetCount) below the \(TimeText.percent(forecast.targetRetention)) target.",
            "Reviews in interview mode come due by the eve of the interview, "
                + "so doing them keeps every card at or above the target.",
        ]
        for line in lines {
            for wrapped in TextWrap.wrap(Paragraph(line), width: console.width) { console.line(wrapped) }
        }
    }
}
