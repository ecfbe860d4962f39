import Foundation
import MLSDCore

/// Why a card operation was refused. The store checks inside the write transaction, so a refusal
/// always means nothing was written.
public enum CardError: Error, Equatable, Sendable {
    case notFound(Int64)
    case suspended(Int64)
    /// There is no review to undo, or the card changed (a reset) after its last review.
    case nothingToUndo(Int64)
}

/// Review cards: loading, creating and setting aside. Reviews and undo are in CardReviews.swift.
public struct CardRepository {
    let db: Database

    public init(_ db: Database) { self.db = db }

    /// Every column a `ReviewCard` needs. `retired` (the card's case or rubric point left the
    /// content) is kept on the card by the schema's triggers, so no query needs to join for it.
    static let columns = """
        SELECT c.id, c.kind, c.case_id, c.step, c.point_id, c.state, c.step_index, c.stability,
               c.difficulty, c.due, c.last_review, c.reps, c.lapses, c.suspended, c.created_at, c.retired
        FROM cards c
        """
    /// The columns with the content they belong to, for content order.
    static let select =
        columns + """

            JOIN cases k ON k.id = c.case_id
            LEFT JOIN steps s ON s.case_id = c.case_id AND s.step = c.step
            LEFT JOIN points p ON c.kind = 'point' AND p.case_id = c.case_id AND p.point_id = c.point_id
            """
    static let contentOrder = "ORDER BY k.source, k.position, s.position, c.kind = 'point', p.position, c.id"
    /// Cards a review session may show. Written exactly as the WHERE of the partial indexes
    /// cards_due (reviewed cards) and cards_waiting (new cards), so that SQLite can use them.
    static let active = "c.suspended = 0 AND c.retired = 0"

    static func card(_ row: Row) -> ReviewCard {
        let state = CardState(rawValue: row.int(5)) ?? .learning
        let memory = MemoryCard(
            state: state, step: state == .review ? nil : row.count(6),
            stability: row.optionalReal(7, in: ValueRange.stability),
            difficulty: row.optionalReal(8, in: ValueRange.difficulty), due: row.date(9),
            lastReview: row.optionalDate(10), reps: row.count(11), lapses: row.count(12))
        let kind = CardKind(rawValue: row.string(1)) ?? .point
        let key = CardKey(
            kind: kind, caseID: row.string(2), step: StepID(rawValue: row.string(3)) ?? .requirements,
            pointID: kind == .point ? row.string(4) : nil)
        return ReviewCard(
            id: Int64(row.int(0)), key: key, memory: memory, suspended: row.bool(13),
            retired: row.bool(15), createdAt: row.date(14))
    }

    public func card(_ id: Int64) throws -> ReviewCard? {
        try db.first(Self.columns + " WHERE c.id = ?", [id], Self.card)
    }

    /// Cards in content order (case, step, then the step card before its point cards), optionally
    /// only one case's, and only reviewed, reviewable cards due by `dueBy`.
    public func list(caseID: String? = nil, dueBy: Date? = nil) throws -> [ReviewCard] {
        try db.query(
            Self.select + """
                 WHERE (?1 IS NULL OR c.case_id = ?1) \
                AND (?2 IS NULL OR (c.due <= ?2 AND c.reps > 0 AND \(Self.active)))
                """ + " " + Self.contentOrder, [caseID, dueBy], Self.card)
    }

    /// Reviewed cards due by `now` that a session may show, in no particular order (the order is
    /// ReviewQueue's job, which needs R and so Swift); with `after`, only those due after it.
    /// A range of the cards_due index.
    public func due(by now: Date, after: Date? = nil, caseID: String? = nil) throws -> [ReviewCard] {
        try db.query(
            Self.columns + """
                 WHERE \(Self.active) AND c.reps > 0 AND c.due <= ?1 AND (?2 IS NULL OR c.due > ?2)
                   AND (?3 IS NULL OR c.case_id = ?3)
                """, [now, after, caseID], Self.card)
    }

    /// The same cards as `due(by:)` with only what their order needs, read from cards_due alone.
    public func dueOrderKeys(by now: Date, caseID: String? = nil) throws -> [DueCard] {
        try db.query(
            """
            SELECT c.id, c.stability, c.last_review, c.due FROM cards c
            WHERE \(Self.active) AND c.reps > 0 AND c.due <= ?1 AND (?2 IS NULL OR c.case_id = ?2)
            """, [now, caseID]
        ) {
            DueCard(
                id: Int64($0.int(0)), stability: $0.optionalReal(1, in: ValueRange.stability),
                lastReview: $0.optionalDate(2), due: $0.date(3))
        }
    }

    /// How many of them there are.
    public func dueCount(by now: Date, caseID: String? = nil) throws -> Int {
        try db.scalarInt(
            """
            SELECT COUNT(*) FROM cards c
            WHERE \(Self.active) AND c.reps > 0 AND c.due <= ?1 AND (?2 IS NULL OR c.case_id = ?2)
            """, [now, caseID]) ?? 0
    }

    /// How many reviewed, reviewable cards are due now, before the end of today and before the
    /// end of the week, counted in SQL: `mlsd due` needs numbers, not a hundred thousand rows.
    public func dueCounts(now: Date, todayEnds: Date, weekEnds: Date) throws -> (now: Int, today: Int, week: Int) {
        try db.first(
            """
            SELECT COALESCE(SUM(c.due <= ?1), 0), COALESCE(SUM(c.due < ?2), 0), COUNT(*)
            FROM cards c WHERE \(Self.active) AND c.reps > 0 AND c.due < ?3
            """, [now, todayEnds, weekEnds]
        ) { ($0.count(0), $0.count(1), $0.count(2)) } ?? (0, 0, 0)
    }

    /// Never-reviewed cards, oldest first, at most `limit`: the first entries of cards_waiting.
    public func new(at now: Date, caseID: String? = nil, limit: Int) throws -> [ReviewCard] {
        guard limit > 0 else { return [] }
        return try db.query(
            Self.columns + """
                 WHERE \(Self.active) AND c.reps = 0 AND c.due <= ?1 AND (?2 IS NULL OR c.case_id = ?2)
                 ORDER BY c.created_at, c.id LIMIT ?3
                """, [now, caseID, limit], Self.card)
    }

    /// How many never-reviewed cards are waiting, whatever the daily limit.
    /// With `dueBy`, only those a session could introduce by then. Reads all of cards_waiting,
    /// which holds only the new cards.
    public func newCount(caseID: String? = nil, dueBy: Date? = nil) throws -> Int {
        try db.scalarInt(
            """
            SELECT COUNT(*) FROM cards c
            WHERE \(Self.active) AND c.reps = 0 AND (?1 IS NULL OR c.case_id = ?1) AND (?2 IS NULL OR c.due <= ?2)
            """, [caseID, dueBy]) ?? 0
    }

    /// The earliest due time among reviewed cards a session may show, if any.
    public func nextDue(caseID: String? = nil) throws -> Date? {
        // Two statements: MIN over cards_due alone is its first entry; a case's is in cards_by_case.
        let sql = "SELECT MIN(c.due) FROM cards c WHERE \(Self.active) AND c.reps > 0"
        if let caseID { return try db.first(sql + " AND c.case_id = ?", [caseID]) { $0.optionalDate(0) } ?? nil }
        return try db.first(sql) { $0.optionalDate(0) } ?? nil
    }

    /// Whether there is any card at all (of the case's, when `caseID` is given).
    public func exist(caseID: String? = nil) throws -> Bool {
        // The plan of the first says SCAN: EXISTS stops at the first row.
        guard let caseID else { return try db.scalarInt("SELECT EXISTS (SELECT 1 FROM cards)") == 1 }
        return try db.scalarInt("SELECT EXISTS (SELECT 1 FROM cards WHERE case_id = ?)", [caseID]) == 1
    }

    /// The memory of every reviewed card a session may show (the interview forecast needs each).
    public func reviewedMemories() throws -> [MemoryCard] {
        try db.query(Self.columns + " WHERE \(Self.active) AND c.reps > 0") { Self.card($0).memory }
    }

    /// Creates the cards that do not exist yet, as new cards due at `now`; existing cards (and
    /// their schedules) are left alone. Returns the ids of the cards created.
    @discardableResult
    public func create(_ keys: [CardKey], now: Date) throws -> [Int64] {
        try db.write {
            var created: [Int64] = []
            for key in keys {
                try db.execute(
                    """
                    INSERT OR IGNORE INTO cards (kind, case_id, step, point_id, state, step_index, due, created_at)
                    VALUES (?, ?, ?, ?, 1, 0, ?, ?)
                    """, [key.kind.rawValue, key.caseID, key.step.rawValue, key.pointID ?? "", now, now])
                if db.changes > 0 { created.append(Int64(db.lastInsertRowID)) }
            }
            return created
        }
    }

    /// Sets a card aside (or back); its schedule is kept. Returns the card as it now is.
    @discardableResult
    public func setSuspended(_ id: Int64, _ suspended: Bool) throws -> ReviewCard {
        try db.write {
            try db.execute("UPDATE cards SET suspended = ? WHERE id = ?", [suspended, id])
            guard db.changes > 0, let card = try card(id) else { throw CardError.notFound(id) }
            return card
        }
    }

    /// Forgets a card's schedule: it becomes new again, due at `now`. Its review history stays.
    @discardableResult
    public func reset(_ id: Int64, now: Date) throws -> ReviewCard {
        try db.write {
            try db.execute(
                """
                UPDATE cards SET state = 1, step_index = 0, stability = NULL, difficulty = NULL, due = ?,
                    last_review = NULL, reps = 0, lapses = 0
                WHERE id = ?
                """, [now, id])
            guard db.changes > 0, let card = try card(id) else { throw CardError.notFound(id) }
            return card
        }
    }

    /// Writes a card's memory back (inside the caller's transaction).
    func save(_ id: Int64, _ memory: MemoryCard) throws {
        try db.execute(
            """
            UPDATE cards SET state = ?, step_index = ?, stability = ?, difficulty = ?, due = ?, last_review = ?,
                reps = ?, lapses = ?
            WHERE id = ?
            """,
            [
                memory.state.rawValue, memory.step ?? 0, memory.stability, memory.difficulty, memory.due,
                memory.lastReview, memory.reps, memory.lapses, id,
            ])
    }
}
