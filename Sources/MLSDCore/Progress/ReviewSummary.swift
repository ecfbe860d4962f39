import Foundation

/// A review card as progress reports see it: when it is due and whether it was ever reviewed.
public struct CardDue: Sendable, Equatable {
    public var due: Date
    public var isNew: Bool

    public init(due: Date, isNew: Bool) {
        self.due = due
        self.isNew = isNew
    }
}

/// One logged review: when, the rating given and the card's state just before it.
public struct LoggedReview: Sendable, Equatable {
    public var reviewedAt: Date
    public var rating: Rating
    public var stateBefore: CardState?

    public init(reviewedAt: Date, rating: Rating, stateBefore: CardState?) {
        self.reviewedAt = reviewedAt
        self.rating = rating
        self.stateBefore = stateBefore
    }
}

/// Retention actually achieved: of the reviews of cards in the review state (not learning or
/// relearning, whose short steps say little about memory), the share recalled (rated Hard or
/// better). FSRS aims that share at the desired retention; far below means intervals are too long.
public struct RetentionSummary: Encodable, Sendable, Equatable {
    public var desired: Double
    public var reviews: Int
    public var recalled: Int
    public var achieved: Double? { reviews == 0 ? nil : Double(recalled) / Double(reviews) }

    public static func compute(_ outcomes: [LoggedReview], desired: Double) -> RetentionSummary {
        let counted = outcomes.filter { $0.stateBefore == .review }
        return RetentionSummary(
            desired: desired, reviews: counted.count,
            recalled: counted.filter { $0.rating >= .hard }.count)
    }

    enum CodingKeys: String, CodingKey { case desired, reviews, recalled, achieved }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(desired, forKey: .desired)
        try container.encode(reviews, forKey: .reviews)
        try container.encode(recalled, forKey: .recalled)
        try container.encode(achieved, forKey: .achieved)
    }

    public init(desired: Double, reviews: Int, recalled: Int) {
        self.desired = desired
        self.reviews = reviews
        self.recalled = recalled
    }
}

public enum ReviewSummary {
    /// Cards a review session would show now: every reviewed card that is due, plus new cards up
    /// to what is left of today's allowance of new cards.
    public static func dueNow(_ cards: [CardDue], now: Date, newCardsLeftToday: Int) -> Int {
        let due = cards.filter { $0.due <= now }
        let reviewed = due.filter { !$0.isNew }.count
        return reviewed + min(due.count - reviewed, max(0, newCardsLeftToday))
    }

    /// Reviewed cards falling due on each of the next `days` study days, today first; overdue
    /// cards count for today. New cards are left out: they arrive at the daily allowance, not
    /// on a date.
    public static func forecast(_ cards: [CardDue], now: Date, calendar: StudyCalendar, days: Int = 30) -> [Int] {
        var counts = [Int](repeating: 0, count: days)
        let today = calendar.dayNumber(containing: now)
        for card in cards where !card.isNew {
            let offset = max(0, calendar.dayNumber(containing: card.due) - today)
            if offset < days { counts[offset] += 1 }
        }
        return counts
    }
}
