import Foundation
import MLSDCore
import Testing

@Suite struct ProgressSummaryTests {
    static func session(_ id: Int, _ caseID: String, day: Double, overall: Double?, _ scores: [StepID: Double?])
        -> PastSession
    {
        PastSession(
            id: id, caseID: caseID, caseTitle: caseID.uppercased(), status: .finished, plannedSteps: StepID.allCases,
            startedAt: Date(timeIntervalSince1970: day * 86_400), overall: overall,
            steps: StepID.allCases.compactMap { step in scores[step].map { StepResult(step: step, score: $0) } })
    }

    static let sessions = [
        Self.session(1, "a", day: 1, overall: 40, [.requirements: 40, .metrics: 30]),
        Self.session(2, "b", day: 2, overall: 70, [.requirements: 80, .metrics: 90, .data: nil]),
        Self.session(3, "a", day: 3, overall: 60, [.requirements: 70, .metrics: 20]),
        Self.session(4, "a", day: 4, overall: nil, [.requirements: 10]),
    ]

    @Test func stepStrengthIsTheMeanOfBestScoresPerCase() {
        let strengths = ProgressSummary.stepStrengths(Self.sessions)
        #expect(strengths.map(\.step) == StepID.allCases)
        #expect(strengths[0] == StepStrength(step: .requirements, averageBest: 75, cases: 2))
        #expect(strengths[1] == StepStrength(step: .metrics, averageBest: 60, cases: 2))
        #expect(
            strengths[2] == StepStrength(step: .data, averageBest: nil, cases: 0), "an unscored answer is not a score")
    }

    @Test func caseProgressInCatalogOrder() {
        let catalog = [
            CaseEntry(id: "b", title: "Case B"), CaseEntry(id: "a", title: "Case A"),
            CaseEntry(id: "c", title: "Case C"),
        ]
        let progress = ProgressSummary.caseProgress(
            Self.sessions + [Self.session(5, "gone", day: 5, overall: 50, [:])], catalog: catalog)
        #expect(progress.map(\.caseID) == ["b", "a", "gone"])
        #expect(
            progress[1]
                == CaseProgress(caseID: "a", title: "Case A", attempts: 3, best: 60, latest: 60, scores: [40, 60]))
        #expect(progress[2].title == "GONE", "a retired case keeps the title its sessions knew")
    }

    @Test func retentionCountsOnlyReviewStateCards() {
        let at = Date(timeIntervalSince1970: 0)
        let outcomes = [
            LoggedReview(reviewedAt: at, rating: .good, stateBefore: .review),
            LoggedReview(reviewedAt: at, rating: .hard, stateBefore: .review),
            LoggedReview(reviewedAt: at, rating: .again, stateBefore: .review),
            LoggedReview(reviewedAt: at, rating: .again, stateBefore: .learning),
            LoggedReview(reviewedAt: at, rating: .easy, stateBefore: .relearning),
            LoggedReview(reviewedAt: at, rating: .good, stateBefore: nil),
        ]
        let summary = RetentionSummary.compute(outcomes, desired: 0.9)
        #expect(summary.reviews == 3 && summary.recalled == 2)
        #expect(summary.achieved == 2.0 / 3.0)
        #expect(RetentionSummary.compute([], desired: 0.9).achieved == nil)
    }

    @Test func forecastAndDueNow() {
        let calendar = StudyCalendar(timeZone: TimeZone(identifier: "UTC")!, dayStartHour: 4)
        let now = Date(timeIntervalSince1970: 20 * 86_400 + 12 * 3600)
        func card(_ days: Double, new: Bool = false) -> CardDue {
            CardDue(due: now.addingTimeInterval(days * 86_400), isNew: new)
        }
        let cards = [
            card(-5), card(-0.1), card(0.5), card(1), card(29), card(30), card(0, new: true), card(-1, new: true),
        ]
        let forecast = ReviewSummary.forecast(cards, now: now, calendar: calendar)
        #expect(forecast.count == 30)
        // 12:00 + 0.5 day is 00:00, before 04:00: still today's study day.
        #expect(forecast[0] == 3)
        #expect(forecast[1] == 1 && forecast[29] == 1)
        #expect(forecast.reduce(0, +) == 5, "past the window and new cards are left out")
        #expect(ReviewSummary.dueNow(cards, now: now, newCardsLeftToday: 20) == 4)
        #expect(ReviewSummary.dueNow(cards, now: now, newCardsLeftToday: 1) == 3)
        #expect(ReviewSummary.dueNow(cards, now: now, newCardsLeftToday: -3) == 2)
    }
}
