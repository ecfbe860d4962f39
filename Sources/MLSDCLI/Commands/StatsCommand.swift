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

    static func report(_ context: Context) throws -> Report {
        let store = try context.store()
        let settings = try context.settings()
        let calendar = context.studyCalendar(settings)
        let now = context.now
        let sessions = try store.history.sessions()
        let catalog = try store.cases.summaries().map { CaseEntry(id: $0.id, title: $0.title) }
        let outcomes = try store.reviewProgress.outcomes()
        let activity = try store.history.practiceTimes() + outcomes.map(\.reviewedAt)
        let today = calendar.dayNumber(containing: now)
        let reviewDays = outcomes.map { calendar.dayNumber(containing: $0.reviewedAt) }
        let forecast = ReviewSummary.forecast(try store.reviewProgress.activeCards(), now: now, calendar: calendar)
        return Report(
            steps: ProgressSummary.stepStrengths(sessions),
            cases: ProgressSummary.caseProgress(sessions, catalog: catalog),
            streak: PracticeStreak.compute(activity: activity, now: now, calendar: calendar),
            reviews: ReviewCounts(total: outcomes.count, today: reviewDays.filter { $0 == today }.count,
                                  last30Days: reviewDays.filter { $0 > today - 30 }.count),
            retention: RetentionSummary.compute(outcomes, desired: settings.desiredRetention),
            forecast: forecast.enumerated().map {
                ForecastDay(date: StudyDayNumber.day(today + $0.offset).description, due: $0.element)
            })
    }

    static func run(_ invocation: Invocation, _ context: Context) throws {
        let report = try report(context)
        if invocation.json { return try context.printJSON(report) }
        StatsView(report: report, style: context.style, charts: context.style.enabled).lines().forEach(context.console.line)
    }
}
