import Foundation
import MLSDCore
import MLSDStore
import Testing

@Suite struct CardRepositoryTests {
    let now = Date(timeIntervalSince1970: 1_790_000_000)
    let day = Scheduler.secondsPerDay
    let scheduler = try! Scheduler(settings: SchedulerSettings(enableFuzz: false))

    func open(_ folder: TemporaryFolder) throws -> Store {
        try Store(path: folder.file("db.sqlite3"), content: SampleContent.bundle, now: now)
    }

    @Test func createIsIdempotentAndLoadsNewCards() throws {
        let folder = TemporaryFolder()
        let cards = try open(folder).cards
        let keys: [CardKey] = [.step("alpha", .data), .point("alpha", .data, "data-p1")]
        #expect(try cards.create(keys, now: now) == [1, 2])
        #expect(try cards.create(keys + [.step("beta", .model)], now: now.addingTimeInterval(60)) == [3])
        let card = try #require(try cards.card(2))
        #expect(card.key == .point("alpha", .data, "data-p1"))
        #expect(card.memory == MemoryCard.new(due: now))
        #expect(card.isNew && !card.suspended && !card.retired)
        #expect(try cards.card(99) == nil)
        #expect(try cards.list().map(\.id) == [1, 2, 3])
        #expect(try cards.list(caseID: "beta").map(\.id) == [3])
    }

    @Test("a review saves the scheduler's card and logs the card before it")
    func reviewMatchesTheScheduler() throws {
        let folder = TemporaryFolder()
        let store = try open(folder)
        try store.cards.create([.step("alpha", .data)], now: now)
        var expected = MemoryCard.new(due: now)
        var instant = now
        for rating in [Rating.good, .good, .again, .good, .hard] {
            let outcome = try store.cards.review(1) {
                scheduler.review($0, rating: rating, now: instant, interview: nil)
            }
            expected =
                scheduler.review(
                    card: expected, rating: rating, now: instant,
                    seed: FuzzSeed(cardID: 1, reviewCount: expected.reps)
                ).card
            #expect(outcome.after.memory == expected)
            #expect(try store.cards.card(1)?.memory == expected)
            instant = expected.due
        }
        let history = try store.cards.history(of: 1)
        #expect(history.map(\.rating) == [.good, .good, .again, .good, .hard])
        #expect(history[0].before == MemoryCard.new(due: now))
        #expect(history[1].before.step == 1 && history[1].state == .review)
        #expect(history.last?.due == expected.due)
    }

    @Test("undo restores the card exactly, and a redo lands on the same schedule")
    func undoRestores() throws {
        let folder = TemporaryFolder()
        let store = try open(folder)
        try store.cards.create([.step("alpha", .data)], now: now)
        let fuzzy = Scheduler()
        try store.cards.review(1) { fuzzy.review($0, rating: .easy, now: now, interview: nil) }
        let before = try #require(try store.cards.card(1))
        let first = try store.cards.review(1) {
            fuzzy.review($0, rating: .good, now: now.addingTimeInterval(9 * day), interview: nil)
        }
        let (restored, undone) = try store.cards.undoLastReview(of: 1)
        #expect(undone.rating == .good)
        #expect(restored == before)
        #expect(try store.cards.card(1) == before)
        #expect(try store.cards.history(of: 1).count == 1)
        let again = try store.cards.review(1) {
            fuzzy.review($0, rating: .good, now: now.addingTimeInterval(9 * day), interview: nil)
        }
        #expect(again.after.memory == first.after.memory)
    }

    @Test("nothing to undo: never reviewed, or reset since")
    func undoRefused() throws {
        let folder = TemporaryFolder()
        let store = try open(folder)
        try store.cards.create([.step("alpha", .data)], now: now)
        #expect(throws: CardError.nothingToUndo(1)) { try store.cards.undoLastReview(of: 1) }
        try store.cards.review(1) { scheduler.review($0, rating: .good, now: now, interview: nil) }
        let reset = try store.cards.reset(1, now: now.addingTimeInterval(60))
        #expect(reset.memory == MemoryCard.new(due: now.addingTimeInterval(60)))
        #expect(throws: CardError.nothingToUndo(1)) { try store.cards.undoLastReview(of: 1) }
        #expect(try store.cards.card(1)?.memory == reset.memory)
        #expect(throws: CardError.notFound(7)) { try store.cards.undoLastReview(of: 7) }
    }

    @Test("a suspended or unknown card is refused and nothing is written")
    func refusedReviewsWriteNothing() throws {
        let folder = TemporaryFolder()
        let store = try open(folder)
        try store.cards.create([.step("alpha", .data)], now: now)
        try store.cards.setSuspended(1, true)
        #expect(throws: CardError.suspended(1)) {
            try store.cards.review(1) { scheduler.review($0, rating: .good, now: now, interview: nil) }
        }
        #expect(throws: CardError.notFound(2)) {
            try store.cards.review(2) { scheduler.review($0, rating: .good, now: now, interview: nil) }
        }
        #expect(throws: CardError.notFound(2)) { try store.cards.setSuspended(2, true) }
        #expect(try store.db.scalarInt("SELECT COUNT(*) FROM review_log") == 0)
        #expect(try store.cards.card(1)?.memory == MemoryCard.new(due: now))
        #expect(try store.cards.setSuspended(1, false).suspended == false)
    }

    @Test("due: reviewed, unsuspended, current cards due by the instant; new cards apart")
    func dueAndNew() throws {
        let folder = TemporaryFolder()
        let store = try open(folder)
        let cards = store.cards
        try cards.create(
            [
                .step("alpha", .data), .step("alpha", .model), .step("beta", .data),
                .point("alpha", .data, "data-p2"), .step("alpha", .serving),
            ], now: now)
        for id: Int64 in 1...4 {
            try cards.review(id) { scheduler.review($0, rating: .good, now: now, interview: nil) }
        }
        try cards.setSuspended(2, true)
        #expect(try cards.due(by: now).isEmpty)
        let later = now.addingTimeInterval(11 * 60)
        #expect(try Set(cards.due(by: later).map(\.id)) == [1, 3, 4])
        #expect(try cards.due(by: later, caseID: "beta").map(\.id) == [3])
        #expect(try cards.new(at: later, limit: 10).map(\.id) == [5])
        #expect(try cards.new(at: later, limit: 0).isEmpty)
        #expect(try cards.newCount() == 1)
        #expect(try cards.nextDue() == now.addingTimeInterval(600))
        #expect(try cards.list(dueBy: later).map(\.id) == [1, 4, 3])
        // Retiring data-p2 takes its card out of review but keeps it listed.
        let changed = SampleContent.bundle([
            SampleContent.study("alpha", pointIDs: ["p1"]), SampleContent.study("beta"),
        ])
        let reopened = try Store(path: folder.file("db.sqlite3"), content: changed, now: now)
        #expect(try Set(reopened.cards.due(by: later).map(\.id)) == [1, 3])
        #expect(try reopened.cards.card(4)?.retired == true)
    }

    @Test("new cards introduced since a boundary: first reviews only, undone ones give the slot back")
    func newCardsIntroduced() throws {
        let folder = TemporaryFolder()
        let cards = try open(folder).cards
        try cards.create([.step("alpha", .data), .step("alpha", .model), .step("alpha", .serving)], now: now)
        try cards.review(1) { scheduler.review($0, rating: .again, now: now, interview: nil) }
        try cards.review(1) { scheduler.review($0, rating: .good, now: now.addingTimeInterval(60), interview: nil) }
        try cards.review(2) { scheduler.review($0, rating: .good, now: now.addingTimeInterval(120), interview: nil) }
        #expect(try cards.newCardsIntroduced(since: now) == 2)
        #expect(try cards.newCardsIntroduced(since: now.addingTimeInterval(90)) == 1)
        try cards.undoLastReview(of: 2)
        #expect(try cards.newCardsIntroduced(since: now) == 1)
        #expect(try cards.reviewCount(since: now) == (2, 1))
    }
}
