import Foundation
import Testing

@testable import MLSDCore

@Suite("Deterministic fuzz")
struct FuzzTests {
    @Test(
        "py-fsrs fuzz ranges (fsrs-6.md §4)",
        arguments: [(3, 2...4), (10, 8...12), (30, 27...33), (100, 93...107)])
    func ranges(interval: Int, expected: ClosedRange<Int>) {
        #expect(Fuzz.range(interval: interval, maximumInterval: 36500) == expected)
    }

    @Test func rangeRespectsMaximumInterval() {
        #expect(Fuzz.range(interval: 100, maximumInterval: 100) == 93...100)
        #expect(Fuzz.range(interval: 3, maximumInterval: 3) == 2...3)
    }

    @Test("intervals under 2.5 days are never fuzzed", arguments: [1, 2])
    func shortIntervals(interval: Int) {
        for value in 0..<200 as Range<UInt64> {
            #expect(Fuzz.apply(interval: interval, maximumInterval: 36500, seed: FuzzSeed(value: value)) == interval)
        }
    }

    @Test func sameSeedSameResult() {
        let seed = FuzzSeed(cardID: 42, reviewCount: 7)
        #expect(seed == FuzzSeed(cardID: 42, reviewCount: 7))
        #expect(seed != FuzzSeed(cardID: 42, reviewCount: 8))
        #expect(seed != FuzzSeed(cardID: 43, reviewCount: 7))
        let first = Fuzz.apply(interval: 100, maximumInterval: 36500, seed: seed)
        for _ in 0..<10 {
            #expect(Fuzz.apply(interval: 100, maximumInterval: 36500, seed: seed) == first)
        }
        var a = SplitMix64(seed: 1), b = SplitMix64(seed: 1)
        #expect((0..<5).map { _ in a.next() } == (0..<5).map { _ in b.next() })
    }

    /// Floor, not py-fsrs's round: uniform over the whole range and never hi + 1.
    @Test("draws over many seeds cover the range uniformly", arguments: [10, 30, 365])
    func distribution(interval: Int) {
        let range = Fuzz.range(interval: interval, maximumInterval: 36500)
        var counts: [Int: Int] = [:]
        let draws = 20_000
        for cardID in 0..<Int64(draws / 4) {
            for review in 0..<4 {
                let seed = FuzzSeed(cardID: cardID, reviewCount: review)
                counts[Fuzz.apply(interval: interval, maximumInterval: 36500, seed: seed), default: 0] += 1
            }
        }
        #expect(Set(counts.keys) == Set(range))
        let expected = Double(draws) / Double(range.count)
        for (day, count) in counts {
            #expect(abs(Double(count) - expected) < expected * 0.2, "day \(day): \(count) of \(draws)")
        }
    }

    @Test func unitDrawsStayInHalfOpenInterval() {
        var generator = SplitMix64(seed: 0)
        for _ in 0..<10_000 {
            let u = generator.nextUnit()
            #expect(u >= 0 && u < 1)
        }
    }

    @Test("review with fuzz on: reproducible, inside the range, explained")
    func reviewWithFuzz() throws {
        let scheduler = Scheduler()
        let now = ISO8601.date("2024-03-01T09:00:00Z")!
        let card = MemoryCard(
            state: .review, step: nil, stability: 40, difficulty: 5,
            due: now, lastReview: now.addingTimeInterval(-40 * 86_400), reps: 5)
        var moved = 0
        for cardID in Int64(0)..<200 {
            let seed = FuzzSeed(cardID: cardID, card: card)
            let (next, log) = scheduler.review(card: card, rating: .good, now: now, seed: seed)
            #expect(scheduler.review(card: card, rating: .good, now: now, seed: seed).card == next)
            let why = log.explanation
            let rounded = try #require(why.roundedIntervalDays)
            #expect(Fuzz.range(interval: rounded, maximumInterval: 36500).contains(why.fuzzedIntervalDays!))
            #expect(next.due == now.addingTimeInterval(Double(why.fuzzedIntervalDays!) * 86_400))
            #expect(why.changedByFuzz == (why.fuzzedIntervalDays != rounded))
            if why.changedByFuzz { moved += 1 }
        }
        #expect(moved > 100)
    }

    @Test("learning steps are never fuzzed")
    func stepsNotFuzzed() {
        let scheduler = Scheduler()
        let now = ISO8601.date("2024-03-01T09:00:00Z")!
        for value in 0..<50 as Range<UInt64> {
            let next = scheduler.review(card: .new(due: now), rating: .good, now: now, seed: FuzzSeed(value: value))
                .card
            #expect(next.due == now.addingTimeInterval(600))
        }
    }
}
