import Foundation
import MLSDCore

/// One row of a card's review history.
public struct ReviewRecord: Sendable, Equatable {
    public var id: Int64
    public var cardID: Int64
    public var rating: Rating
    public var reviewedAt: Date
    /// The card just before this review: what undo writes back, and what a replay starts from.
    public var before: MemoryCard
    /// The schedule the review chose.
    public var state: CardState
    public var step: Int?
    public var stability: Double?
    public var difficulty: Double?
    public var due: Date
    public var elapsedDays: Int
    public var scheduledDays: Double
    /// What the user typed before revealing the answer, and its rubric score, when there was one.
    public var answer: String?
    public var score: Double?
}

/// A review as committed: the card before and after, and the scheduler's reasons.
public struct ReviewOutcome: Sendable {
    public var before: ReviewCard
    public var after: ReviewCard
    public var log: ReviewLog
}

extension CardRepository {
    /// Reviews card `id` in one immediate transaction: the card is read, `schedule` (the core's
    /// decision, e.g. `Scheduler.review(_:rating:now:interview:)`) picks its next state, and both
    /// are written under the write lock, so two mlsd processes cannot both review the same state.
    /// The review is logged at the log's time, with what the user typed and its score.
    @discardableResult
    public func review(
        _ id: Int64, answer: String? = nil, score: Double? = nil,
        schedule: (ReviewCard) -> (card: MemoryCard, log: ReviewLog)
    ) throws -> ReviewOutcome {
        try db.write {
            guard let card = try card(id) else { throw CardError.notFound(id) }
            guard !card.suspended else { throw CardError.suspended(id) }
            let (memory, log) = schedule(card)
            try save(id, memory)
            try db.execute(
                """
                INSERT INTO review_log (card_id, rating, reviewed_at, previous, state, step_index, stability,
                    difficulty, due, elapsed_days, scheduled_days, answer, score)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    id, log.rating.rawValue, log.reviewedAt, try MemoryJSON.encode(card.memory), memory.state.rawValue,
                    memory.step ?? 0, memory.stability, memory.difficulty, memory.due,
                    log.explanation.elapsedDays ?? 0, log.explanation.intervalSeconds / Scheduler.secondsPerDay,
                    answer, score,
                ])
            var after = card
            after.memory = memory
            return ReviewOutcome(before: card, after: after, log: log)
        }
    }

    /// Takes back the last review of card `id`: the card returns to exactly what it was before
    /// (so the same rating again gives the same schedule, fuzz included) and the log row goes.
    /// Refused when the card has no review, or was reset after it.
    @discardableResult
    public func undoLastReview(of id: Int64) throws -> (card: ReviewCard, undone: ReviewRecord) {
        try db.write {
            guard let card = try card(id) else { throw CardError.notFound(id) }
            guard let last = try history(of: id).last,
                card.memory.reps == last.before.reps + 1, card.memory.due == last.due
            else {
                throw CardError.nothingToUndo(id)
            }
            try save(id, last.before)
            try db.execute("DELETE FROM review_log WHERE id = ?", [last.id])
            var restored = card
            restored.memory = last.before
            return (restored, last)
        }
    }

    /// Card `id`'s reviews in the order they were made (which undo relies on).
    public func history(of id: Int64) throws -> [ReviewRecord] {
        try db.query(
            """
            SELECT id, card_id, rating, reviewed_at, previous, state, step_index, stability, difficulty, due,
                   elapsed_days, scheduled_days, answer, score
            FROM review_log WHERE card_id = ? ORDER BY id
            """, [id]
        ) { row in
            let state = CardState(rawValue: row.int(5)) ?? .learning
            return ReviewRecord(
                id: Int64(row.int(0)), cardID: Int64(row.int(1)), rating: Rating(rawValue: row.int(2)) ?? .again,
                reviewedAt: row.date(3), before: try MemoryJSON.decode(row.string(4)), state: state,
                step: state == .review ? nil : row.count(6), stability: row.optionalReal(7, in: ValueRange.stability),
                difficulty: row.optionalReal(8, in: ValueRange.difficulty), due: row.date(9),
                elapsedDays: row.count(10),
                scheduledDays: row.real(11, in: ValueRange.duration), answer: row.optionalString(12),
                score: row.score(13))
        }
    }

    /// New cards introduced since `start`: cards whose review at or after it was their first (or
    /// their first since a reset). Undone reviews are gone from the log, so they give the slot back.
    /// A damaged `previous` (not JSON) counts as not new rather than stopping every command that asks.
    public func newCardsIntroduced(since start: Date) throws -> Int {
        try db.scalarInt(
            """
            SELECT COUNT(DISTINCT card_id) FROM review_log
            WHERE reviewed_at >= ? AND CASE WHEN json_valid(previous) THEN json_extract(previous, '$.reps') END = 0
            """, [start]) ?? 0
    }

    /// Reviews done since `start` and how many of them were Again, for session summaries.
    public func reviewCount(since start: Date) throws -> (reviews: Int, again: Int) {
        try db.first(
            "SELECT COUNT(*), COALESCE(SUM(rating = 1), 0) FROM review_log WHERE reviewed_at >= ?",
            [start]
        ) { ($0.int(0), $0.int(1)) } ?? (0, 0)
    }
}

/// The `previous` column: a card as JSON, with dates as seconds since 1970 like every other
/// timestamp in the database, so a restored card is bit-for-bit the one that was saved.
enum MemoryJSON {
    static func encode(_ card: MemoryCard) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .secondsSince1970
        return String(decoding: try encoder.encode(card), as: UTF8.self)
    }

    static func decode(_ text: String) throws -> MemoryCard {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        decoder.dateDecodingStrategy = .secondsSince1970
        return try decoder.decode(MemoryCard.self, from: Data(text.utf8))
    }
}
