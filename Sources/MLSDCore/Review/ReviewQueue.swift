import Foundation

/// Which cards a review session shows, in which order. Pure, so the order is testable without a
/// database: the store supplies candidates, this decides.
public enum ReviewQueue {
    /// Learning and relearning cards due within this much of now are shown early when nothing else
    /// is left, so a card just missed comes back in the same sitting (Anki's learn-ahead limit).
    public static let learnAhead: TimeInterval = 20 * 60

    /// Due cards, lowest retrievability first: after a break, the cards closest to being forgotten
    /// are worth most, and stopping part way leaves the safest ones for later (fsrs-6.md §9.7).
    /// Ties (every learning card has R = 1 on its first day) go to the earliest due, then the id.
    public static func orderDue(_ cards: [DueCard], scheduler: Scheduler, now: Date) -> [DueCard] {
        cards.map {
            (card: $0, recall: scheduler.retrievability(stability: $0.stability, lastReview: $0.lastReview, at: now))
        }
        .sorted { a, b in
            if a.recall != b.recall { return a.recall < b.recall }
            if a.card.due != b.card.due { return a.card.due < b.card.due }
            return a.card.id < b.card.id
        }
        .map(\.card)
    }

    /// What a review session shows now, in order: the due cards lowest R first, then the new
    /// ones (the store reads no more than the day's allowance of them), and only when both are
    /// empty the learning cards coming due within `learnAhead`.
    public static func plan(
        due: [DueCard], new: [ReviewCard], comingDue: [ReviewCard], scheduler: Scheduler,
        now: Date
    ) -> ReviewPlan {
        let due = orderDue(due, scheduler: scheduler, now: now).map(\.id)
        let ahead = due.isEmpty && new.isEmpty ? learningAhead(comingDue, now: now).map(\.id) : []
        return ReviewPlan(due: due, new: new.map(\.id), ahead: ahead)
    }

    /// The same decision counted, for `mlsd due` and the dashboard: how many reviewed cards are
    /// due and how many new ones a session would introduce now.
    public static func plan(dueNow: Int, newWaiting: Int, newPerDay: Int, introducedToday: Int) -> (due: Int, new: Int)
    {
        (dueNow, min(newWaiting, newAllowance(perDay: newPerDay, introducedToday: introducedToday)))
    }

    /// How many new cards may still be introduced today: the daily limit less those already
    /// introduced since the study day began, never negative.
    public static func newAllowance(perDay limit: Int, introducedToday: Int) -> Int {
        max(0, limit - introducedToday)
    }

    /// Learning cards that may be shown ahead of time because nothing else is due.
    public static func learningAhead(_ cards: [ReviewCard], now: Date) -> [ReviewCard] {
        cards.filter { $0.memory.state != .review && !$0.isNew && $0.memory.due <= now.addingTimeInterval(learnAhead) }
            .sorted { ($0.memory.due, $0.id) < ($1.memory.due, $1.id) }
    }
}

/// The cards of a review session, by card id, in the order they are shown.
public struct ReviewPlan: Sendable, Equatable {
    public var due: [Int64]
    public var new: [Int64]
    /// Learning cards shown ahead of time, because nothing else is left.
    public var ahead: [Int64]

    public var order: [Int64] { due + new + ahead }
}

/// What the due order reads of a card: enough to rank thousands of due cards without loading them.
public struct DueCard: Sendable, Equatable {
    public var id: Int64
    public var stability: Double?
    public var lastReview: Date?
    public var due: Date

    public init(id: Int64, stability: Double?, lastReview: Date?, due: Date) {
        self.id = id
        self.stability = stability
        self.lastReview = lastReview
        self.due = due
    }

    public init(_ card: ReviewCard) {
        self.init(
            id: card.id, stability: card.memory.stability, lastReview: card.memory.lastReview, due: card.memory.due)
    }
}
