import Foundation
import MLSDCore
import MLSDStore

/// `mlsd stats`: strength per step, progress per case, streak, reviews and retention, and the
/// review load of the next 30 days.
enum StatsCommand {
    static let spec = CommandSpec(
        name: "stats",
        abstract: "Show your progress: strength per step, scores, streak, retention.",
        discussion: """
            Step strength is the mean over cases of your best score on the step.
            Retention is the share of reviews of cards in the review state that you
            recalled (rated Hard or better), against desired_retention. The forecast
            counts reviewed cards falling due on each of the next 30 days; new cards
            arrive at new_cards_per_day instead. Days start at day_start_hour.
            Charts are drawn on a terminal; with NO_COLOR, --no-color or output to a
            pipe the same figures are printed as numbers.
            """,
        options: [.json],
        run: run
    )

    struct Report: Encodable {
        var steps: [StepStrength]
        var cases: [CaseProgress]
        var streak: PracticeStreak
        var reviews: ReviewCounts
        var retention: RetentionSummary
        var forecast: [ForecastDay]
    }

    struct ReviewCounts: Encodable {
        var total: Int
        var today: Int
        var last30Days: Int

        enum CodingKeys: String, CodingKey {
            case total, today
            case last30Days = "last_30_days"
        }
    }

    struct ForecastDay: Encodable {
        var date: String
        var due: Int
    }

    /// Every figure comes aggregated from the store (summaries and index ranges), so the report
    /// costs the same with a million reviews as with a hundred.
    static func report(_ context: Context) throws -> Report {
        let store = try context.store()
        let settings = try context.settings()
        let calendar = context.studyCalendar(settings)
        let now = context.now
        let catalog = try store.cases.catalog()
        let slots = try store.reviewProgress.activity()
        let slotDays = calendar.dayNumbers(ascending: slots.map(\.start))
        let today = calendar.dayNumber(containing: now)
        var reviews = ReviewCounts(total: 0, today: 0, last30Days: 0)
        for (slot, day) in zip(slots, slotDays) {
            reviews.total += slot.reviews
            if day == today { reviews.today += slot.reviews }
            if day > today - 30 { reviews.last30Days += slot.reviews }
        }
        // A day past the forecast's 30, so no daylight-saving edge can leave a card out; the
        // forecast itself counts by study day.
        let horizon = calendar.startOfDay(31, after: now)
        let forecast = ReviewSummary.forecast(
            try store.reviewProgress.reviewedDue(before: horizon), now: now, calendar: calendar)
        return Report(
            steps: ProgressSummary.stepStrengths(best: try store.history.bestScores()),
            cases: ProgressSummary.caseProgress(try store.history.caseHistories(), catalog: catalog),
            streak: PracticeStreak.compute(days: Set(slotDays), today: today),
            reviews: reviews,
            retention: try store.reviewProgress.retention(desired: settings.desiredRetention),
            forecast: forecast.enumerated().map {
                ForecastDay(date: StudyDayNumber.day(today + $0.offset).description, due: $0.element)
            })
    }

    static func run(_ invocation: Invocation, _ context: Context) throws {
        let report = try report(context)
        if invocation.json { return try context.printJSON(report) }
        StatsView(report: report, style: context.style, charts: context.style.enabled).lines().forEach(
            context.console.line)
    }
}
