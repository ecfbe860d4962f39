import Foundation
import Testing

@testable import MLSDCore

@Suite("Button previews and long chains")
struct PreviewAndLongChainTests {
    let now = ISO8601.date("2024-03-01T09:00:00Z")!

    @Test func newCardButtons() {
        let previews = Scheduler().preview(card: .new(due: now), now: now, seed: FuzzSeed(cardID: 1, reviewCount: 0))
        #expect(previews.map(\.label) == ["1 Again · 1m", "2 Hard · 5.5m", "3 Good · 10m", "4 Easy · 8d"])
    }

    @Test("a preview is exactly what the button does")
    func previewMatchesReview() {
        let scheduler = Scheduler()
        let card = MemoryCard(
            state: .review, step: nil, stability: 20, difficulty: 6,
            due: now, lastReview: now.addingTimeInterval(-25 * 86_400), reps: 9, lapses: 1)
        let seed = FuzzSeed(cardID: 77, card: card)
        for preview in scheduler.preview(card: card, now: now, seed: seed) {
            #expect(preview.card == scheduler.review(card: card, rating: preview.rating, now: now, seed: seed).card)
        }
    }

    /// No ordering is imposed, but for review cards it holds by construction (RatingPreview docs).
    @Test("review cards: Hard ≤ Good ≤ Easy, fuzz on, many cards")
    func reviewButtonsAreOrdered() {
        let scheduler = Scheduler()
        var generator = SplitMix64(seed: 2024)
        for cardID in Int64(0)..<500 {
            let stability = 0.1 + generator.nextUnit() * 400
            let difficulty = 1 + generator.nextUnit() * 9
            let elapsed = (generator.nextUnit() * 3 * stability).rounded(.down) + 1
            let card = MemoryCard(
                state: .review, step: nil, stability: stability, difficulty: difficulty,
                due: now, lastReview: now.addingTimeInterval(-elapsed * 86_400), reps: 4)
            let dues = scheduler.preview(card: card, now: now, seed: FuzzSeed(cardID: cardID, card: card))
                .map(\.card.due)
            #expect(dues[1] <= dues[2] && dues[2] <= dues[3], "S \(stability) D \(difficulty) t \(elapsed)")
        }
    }

    @Test func shortDurations() {
        let cases: [(TimeInterval, String)] = [
            (30, "30s"), (60, "1m"), (330, "5.5m"), (600, "10m"), (5400, "1.5h"), (86_400, "1d"),
            (11 * 86_400, "11d"), (400 * 86_400, "1.1y"), (36_500 * 86_400, "99.9y"),
        ]
        for (seconds, text) in cases {
            #expect(IntervalExplanation.shortDuration(seconds: seconds) == text)
        }
    }

    @Test("a thousand on-time Goods run far past year 3000 without trapping")
    func longChain() {
        let scheduler = Scheduler()
        var card = MemoryCard.new(due: now)
        var previousDue = card.due
        for cardReview in 0..<1000 {
            card =
                scheduler.review(
                    card: card, rating: .good, now: card.due,
                    seed: FuzzSeed(cardID: 9, reviewCount: cardReview)
                ).card
            #expect(card.due > previousDue)
            previousDue = card.due
        }
        #expect(card.state == .review && card.reps == 1000)
        #expect(card.stability!.isFinite && card.stability! > 1e6)
        // Capped at the maximum interval, which fuzz may only shorten.
        let last = card.due.timeIntervalSince(card.lastReview!) / 86_400
        #expect(last <= 36_500 && last >= 36_500 - 2000)
        #expect(card.due > ISO8601.date("9999-12-31T00:00:00Z")!)
        #expect(card.due.timeIntervalSince1970.isFinite)
    }

    @Test func extremeStabilitiesStayInRange() {
        let scheduler = Scheduler()
        #expect(scheduler.interval(stability: 1e300) == 36_500)
        #expect(scheduler.interval(stability: .infinity) == 36_500)
        #expect(scheduler.interval(stability: 0.001) == 1)
        #expect(scheduler.interval(stability: .nan) == 1)
        let far = Date(timeIntervalSince1970: 1e15)
        #expect(Scheduler.elapsedDays(from: now, to: far) > 10_000_000_000)
    }
}
