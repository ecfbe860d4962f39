import Foundation
import Testing

@testable import MLSDCore

/// The worked example and the numeric facts of fsrs-6.md, checked against the values printed there
/// (rounded as printed).
@Suite("FSRS-6 worked example (fsrs-6.md §2, §3)")
struct WorkedExampleTests {
    let scheduler = try! Scheduler(settings: SchedulerSettings(enableFuzz: false))
    let start = ISO8601.date("2024-03-01T09:00:00Z")!
    let seed = FuzzSeed(value: 0)

    func days(_ card: MemoryCard) -> Double {
        card.due.timeIntervalSince(card.lastReview!) / Scheduler.secondsPerDay
    }

    @Test func forgettingCurveConstants() {
        #expect(abs(scheduler.model.factor - 0.980346494) < 1e-9)
        #expect(abs(scheduler.model.retrievability(elapsedDays: 7, stability: 7) - 0.9) < 1e-15)
        #expect(abs(scheduler.rawInterval(stability: 42) - 42) < 1e-12)
        for (retention, ratio) in [(0.80, 3.316), (0.85, 1.906), (0.95, 0.4026), (0.97, 0.2228)] {
            let model = scheduler.model
            let r = model.rawInterval(stability: 100, desiredRetention: retention) / 100
            #expect(abs(r - ratio) < 0.0006, "r = \(retention)")
        }
    }

    @Test func initialValues() {
        let model = scheduler.model
        #expect(Rating.allCases.map(model.initialStability) == [0.212, 1.2931, 2.3065, 8.2956])
        let d0 = Rating.allCases.map { (model.initialDifficulty($0) * 10_000).rounded() / 10_000 }
        #expect(d0 == [6.4133, 5.1122, 2.1181, 1])
    }

    @Test func onTimeGoodsThenALapse() {
        var card = MemoryCard.new(due: start)
        var now = start
        func answer(_ rating: Rating) {
            card = scheduler.review(card: card, rating: rating, now: now, seed: seed).card
        }

        answer(.good)
        #expect(card.state == .learning && card.step == 1)
        #expect(card.stability == 2.3065)
        #expect(abs(card.difficulty! - 2.1181) < 5e-5)
        #expect(card.due == start.addingTimeInterval(600))

        now = card.due
        answer(.good)  // same day: SInc 0.9945 is lifted to 1
        #expect(card.state == .review && card.step == nil)
        #expect(card.stability == 2.3065)
        #expect(abs(card.difficulty! - 2.1112) < 5e-5)
        #expect(days(card) == 2)

        now = card.due
        #expect(abs(scheduler.retrievability(of: card, at: now) - 0.9095) < 5e-5)
        answer(.good)
        #expect(abs(card.stability! - 10.971) < 5e-4)
        #expect(days(card) == 11)

        for expected in [46.0, 163, 498] {
            now = card.due
            answer(.good)
            #expect(days(card) == expected)
        }

        now = card.due
        #expect(abs(scheduler.retrievability(of: card, at: now) - 0.900) < 5e-4)
        answer(.again)
        #expect(card.state == .relearning && card.step == 0)
        #expect(abs(card.stability! - 6.890) < 5e-4)
        #expect(abs(card.difficulty! - 7.383) < 5e-4)
        #expect(card.due == now.addingTimeInterval(600))
        #expect(card.lapses == 1 && card.reps == 7)

        now = card.due
        answer(.good)
        #expect(card.state == .review)
        #expect(days(card) == 7)
    }

    @Test(
        "graduation uses the current S (fsrs-6.md trap 7)",
        arguments: [([Rating.good, .good], 2.0), ([.again, .good, .good], 1), ([.easy], 8)])
    func graduation(ratings: [Rating], expectedDays: Double) {
        var card = MemoryCard.new(due: start)
        for rating in ratings {
            card = scheduler.review(card: card, rating: rating, now: card.due, seed: seed).card
        }
        #expect(card.state == .review)
        #expect(days(card) == expectedDays)
    }

    @Test("whole 24-hour periods, not calendar days")
    func elapsedDays() {
        let t = start
        #expect(Scheduler.elapsedDays(from: t, to: t.addingTimeInterval(86_399)) == 0)
        #expect(Scheduler.elapsedDays(from: t, to: t.addingTimeInterval(86_400)) == 1)
        #expect(Scheduler.elapsedDays(from: t, to: t.addingTimeInterval(86_400 * 2 - 0.000_001)) == 1)
        #expect(Scheduler.elapsedDays(from: t, to: t.addingTimeInterval(-1)) == -1)
    }

    @Test("hard at step 0 waits between the first two steps")
    func hardAtFirstStep() throws {
        let card = MemoryCard.new(due: start)
        let learning = scheduler.review(card: card, rating: .hard, now: start, seed: seed).card
        #expect(learning.due.timeIntervalSince(start) == 330)
        let single = try Scheduler(settings: SchedulerSettings(learningSteps: [300], enableFuzz: false))
        #expect(
            single.review(card: card, rating: .hard, now: start, seed: seed).card.due.timeIntervalSince(start) == 450)
    }

    @Test("a review log keeps the card before and explains the interval")
    func reviewLog() {
        let card = MemoryCard.new(due: start)
        let (after, log) = scheduler.review(card: card, rating: .easy, now: start, seed: seed)
        #expect(log.before == card)
        #expect(log.rating == .easy && log.reviewedAt == start)
        let why = log.explanation
        #expect(why.kind == .review && why.roundedIntervalDays == 8 && why.fuzzedIntervalDays == 8)
        #expect(why.rawIntervalDays == after.stability)  // r = 0.9: I_raw is S
        #expect(!why.changedByFuzz && !why.cappedByInterview && !why.clampedToMaximum)
        #expect(why.retrievabilityAtReview == nil && why.elapsedDays == nil)
        #expect(why.due == after.due && why.shortInterval == "8d")
    }
}
