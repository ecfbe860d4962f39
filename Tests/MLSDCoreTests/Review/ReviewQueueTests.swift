import Foundation
import Testing

@testable import MLSDCore

@Suite("Review queue order")
struct ReviewQueueTests {
    let scheduler = try! Scheduler(settings: SchedulerSettings(enableFuzz: false))
    let now = ISO8601.date("2026-03-10T09:00:00Z")!
    let day = Scheduler.secondsPerDay

    func card(
        _ id: Int64, stability: Double?, reviewedDaysAgo: Double?, dueIn: Double = 0,
        state: CardState = .review, reps: Int = 3
    ) -> ReviewCard {
        let memory = MemoryCard(
            state: state, step: state == .review ? nil : 0, stability: stability, difficulty: stability.map { _ in 5 },
            due: now.addingTimeInterval(dueIn), lastReview: reviewedDaysAgo.map { now.addingTimeInterval(-$0 * day) },
            reps: reps)
        return ReviewCard(id: id, key: .step("c", .data), memory: memory, createdAt: now.addingTimeInterval(-30 * day))
    }

    @Test("lowest retrievability first, whatever the due order")
    func lowestRecallFirst() {
        let fresh = card(1, stability: 10, reviewedDaysAgo: 10, dueIn: -3 * day)  // R = 0.90
        let faded = card(2, stability: 2, reviewedDaysAgo: 12, dueIn: -1 * day)  // R ≈ 0.75
        let middle = card(3, stability: 5, reviewedDaysAgo: 9, dueIn: -2 * day)  // R ≈ 0.84
        let order = ReviewQueue.orderDue([fresh, faded, middle].map(DueCard.init), scheduler: scheduler, now: now).map(
            \.id)
        #expect(order == [2, 3, 1])
    }

    @Test("equal R goes to the earliest due, then the lowest id")
    func ties() {
        let a = card(5, stability: 2, reviewedDaysAgo: 0.01, dueIn: -60, state: .learning)
        let b = card(4, stability: 2, reviewedDaysAgo: 0.01, dueIn: -120, state: .learning)
        let c = card(3, stability: 2, reviewedDaysAgo: 0.01, dueIn: -60, state: .learning)
        #expect(
            ReviewQueue.orderDue([a, b, c].map(DueCard.init), scheduler: scheduler, now: now).map(\.id) == [4, 3, 5])
    }

    @Test func newAllowanceNeverNegative() {
        #expect(ReviewQueue.newAllowance(perDay: 20, introducedToday: 5) == 15)
        #expect(ReviewQueue.newAllowance(perDay: 20, introducedToday: 25) == 0)
        #expect(ReviewQueue.newAllowance(perDay: 0, introducedToday: 0) == 0)
    }

    @Test("the plan: due cards lowest R first, then new ones; learning cards ahead only when both are empty")
    func plan() {
        let faded = card(2, stability: 2, reviewedDaysAgo: 12, dueIn: -1 * day)
        let fresh = card(1, stability: 10, reviewedDaysAgo: 10, dueIn: -3 * day)
        let new = card(7, stability: nil, reviewedDaysAgo: nil, state: .learning, reps: 0)
        let soon = card(9, stability: 1, reviewedDaysAgo: 0, dueIn: 60, state: .learning)
        let full = ReviewQueue.plan(
            due: [fresh, faded].map(DueCard.init), new: [new], comingDue: [soon],
            scheduler: scheduler, now: now)
        #expect(full == ReviewPlan(due: [2, 1], new: [7], ahead: []))
        #expect(full.order == [2, 1, 7])
        let empty = ReviewQueue.plan(due: [], new: [], comingDue: [soon], scheduler: scheduler, now: now)
        #expect(empty.order == [9])
        #expect(ReviewQueue.plan(dueNow: 4, newWaiting: 30, newPerDay: 20, introducedToday: 5) == (4, 15))
        #expect(ReviewQueue.plan(dueNow: 0, newWaiting: 3, newPerDay: 20, introducedToday: 5) == (0, 3))
    }

    @Test("learn-ahead takes learning and relearning cards due within 20 minutes, soonest first")
    func learnAhead() {
        let soon = card(1, stability: 1, reviewedDaysAgo: 0, dueIn: 15 * 60, state: .learning)
        let sooner = card(2, stability: 1, reviewedDaysAgo: 0, dueIn: 60, state: .relearning)
        let later = card(3, stability: 1, reviewedDaysAgo: 0, dueIn: 25 * 60, state: .learning)
        let review = card(4, stability: 1, reviewedDaysAgo: 0, dueIn: 60, state: .review)
        let new = card(5, stability: nil, reviewedDaysAgo: nil, dueIn: 60, state: .learning, reps: 0)
        #expect(ReviewQueue.learningAhead([soon, sooner, later, review, new], now: now).map(\.id) == [2, 1])
    }

    @Test("card keys: step cards first, then every point, optionally one step only")
    func keysForACase() {
        let point = { (id: String) in RubricPoint(id: id, title: id, weight: 1, why: "", question: "", phrasings: [id])
        }
        let study = CaseStudy(
            id: "c", title: "C", scenario: "", difficulty: .easy, tags: [],
            steps: [
                Step(
                    id: .requirements, prompt: "", minutes: 5, hints: [], outline: [], followups: [],
                    points: [point("a")]),
                Step(
                    id: .metrics, prompt: "", minutes: 5, hints: [], outline: [], followups: [],
                    points: [point("b"), point("c")]),
            ])
        #expect(CardKey.keys(for: study, allPoints: false) == [.step("c", .requirements), .step("c", .metrics)])
        #expect(
            CardKey.keys(for: study, allPoints: true) == [
                .step("c", .requirements), .step("c", .metrics),
                .point("c", .requirements, "a"), .point("c", .metrics, "b"), .point("c", .metrics, "c"),
            ])
        #expect(
            CardKey.keys(for: study, step: .metrics, allPoints: true)
                == [.step("c", .metrics), .point("c", .metrics, "b"), .point("c", .metrics, "c")])
        #expect(CardKey(kind: .step, caseID: "c", step: .data, pointID: "x").pointID == nil)
    }
}
