import Foundation
import Testing

@testable import MLSDCore

@Suite("Interview-date mode")
struct InterviewDateTests {
    let scheduler = try! Scheduler(settings: SchedulerSettings(enableFuzz: false))
    let now = ISO8601.date("2024-03-01T09:00:00Z")!
    let day = Scheduler.secondsPerDay

    @Test("a review past the interview with R below target comes due the day before")
    func capsToTheEve() throws {
        let interview = InterviewDeadline(date: now.addingTimeInterval(20 * day))
        // R(20 d, S = 10) ≈ 0.83 < 0.9
        let capped = scheduler.interviewCap(
            due: now.addingTimeInterval(30 * day), now: now, stability: 10, interview: interview)
        #expect(capped == now.addingTimeInterval(19 * day))
    }

    @Test func noCapWhenRecallHoldsAtTheInterview() {
        let interview = InterviewDeadline(date: now.addingTimeInterval(20 * day))
        // R(20 d, S = 100) ≈ 0.98
        #expect(
            scheduler.interviewCap(
                due: now.addingTimeInterval(100 * day), now: now, stability: 100,
                interview: interview) == nil)
    }

    @Test func noCapWhenTheCardIsDueBeforeTheInterview() {
        let interview = InterviewDeadline(date: now.addingTimeInterval(20 * day))
        #expect(
            scheduler.interviewCap(
                due: now.addingTimeInterval(19 * day), now: now, stability: 1,
                interview: interview) == nil)
        // Due at the interview instant is not before it.
        #expect(scheduler.interviewCap(due: interview.date, now: now, stability: 1, interview: interview) != nil)
    }

    @Test("no cap when the eve of the interview is not after now", arguments: [0.5, 1.0])
    func noCapOnTheEve(daysAhead: Double) {
        let interview = InterviewDeadline(date: now.addingTimeInterval(daysAhead * day))
        #expect(
            scheduler.interviewCap(
                due: now.addingTimeInterval(5 * day), now: now, stability: 0.5,
                interview: interview) == nil)
    }

    @Test func noCapForAnInterviewInThePast() {
        let interview = InterviewDeadline(date: now.addingTimeInterval(-day))
        #expect(
            scheduler.interviewCap(
                due: now.addingTimeInterval(5 * day), now: now, stability: 0.5,
                interview: interview) == nil)
    }

    @Test func targetRetentionOverride() {
        let date = now.addingTimeInterval(20 * day)
        let due = now.addingTimeInterval(40 * day)
        // R(20 d, S = 30) ≈ 0.93: fine at 0.9, not at 0.95.
        #expect(
            scheduler.interviewCap(
                due: due, now: now, stability: 30,
                interview: InterviewDeadline(date: date)) == nil)
        #expect(
            scheduler.interviewCap(
                due: due, now: now, stability: 30,
                interview: InterviewDeadline(date: date, targetRetention: 0.95))
                == now.addingTimeInterval(19 * day))
    }

    @Test("review applies the cap and says so")
    func reviewAppliesCap() {
        // The worked-example card, due for its third Good: S becomes 10.97 and I = 11 d.
        let card = MemoryCard(
            state: .review, step: nil, stability: 2.3065, difficulty: 2.111214235785395,
            due: now, lastReview: now.addingTimeInterval(-2 * day), reps: 2)
        let interview = InterviewDeadline(date: now.addingTimeInterval(8 * day), targetRetention: 0.95)
        let plain = scheduler.review(card: card, rating: .good, now: now, seed: FuzzSeed(value: 1))
        #expect(plain.card.due == now.addingTimeInterval(11 * day))
        let (next, log) = scheduler.review(
            card: card, rating: .good, now: now, seed: FuzzSeed(value: 1),
            interview: interview)
        #expect(next.due == now.addingTimeInterval(7 * day))
        #expect(next.stability == plain.card.stability && next.difficulty == plain.card.difficulty)
        #expect(log.explanation.cappedByInterview && log.explanation.roundedIntervalDays == 11)
        #expect(log.explanation.intervalSeconds == 7 * day)
        // Reviewed on the eve, the interview is within a day: no further cap.
        let eve = scheduler.review(
            card: next, rating: .good, now: next.due, seed: FuzzSeed(value: 2),
            interview: interview)
        #expect(!eve.log.explanation.cappedByInterview && eve.card.due > interview.date)
    }

    @Test func learningStepsAreNeverCapped() {
        let interview = InterviewDeadline(date: now.addingTimeInterval(3 * day), targetRetention: 0.99)
        let (next, log) = scheduler.review(
            card: .new(due: now), rating: .good, now: now,
            seed: FuzzSeed(value: 0), interview: interview)
        #expect(next.due == now.addingTimeInterval(600) && !log.explanation.cappedByInterview)
    }

    @Test func forecast() {
        let interview = now.addingTimeInterval(10 * day)
        #expect(scheduler.forecast([], at: interview).averageRetrievability == 0)

        let strong = MemoryCard(
            state: .review, step: nil, stability: 12, difficulty: 5,
            due: interview, lastReview: now)
        let weak = MemoryCard(
            state: .review, step: nil, stability: 2, difficulty: 8,
            due: now.addingTimeInterval(2 * day), lastReview: now)
        let fresh = MemoryCard.new(due: now)
        let forecast = scheduler.forecast([strong, weak, fresh], at: interview)
        let rStrong = scheduler.model.retrievability(elapsedDays: 10, stability: 12)
        let rWeak = scheduler.model.retrievability(elapsedDays: 10, stability: 2)
        #expect(rStrong > 0.9 && rStrong < 0.95)
        #expect(abs(forecast.averageRetrievability - (rStrong + rWeak) / 3) < 1e-12)
        #expect(forecast.cardCount == 3 && forecast.unreviewedCount == 1)
        #expect(forecast.belowTargetCount == 2)  // weak and fresh
        #expect(forecast.targetRetention == 0.9)
        #expect(scheduler.forecast([strong], at: interview, targetRetention: 0.95).belowTargetCount == 1)
    }
}
