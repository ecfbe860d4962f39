import Foundation
import MLSDCore

/// Progress figures aggregated in SQL, from the summaries and indexes of schema version 4, so
/// that `mlsd stats` and the dashboard read a few thousand rows at a heavy user's scale rather
/// than every review and every session.
extension ReviewProgressRepository {
    /// Quarter hours with any practice or review, oldest first, with the reviews logged in each.
    /// Reads every row of activity_slots: the longest streak and the active days need every day
    /// ever active, and the table has at most 35,040 rows a year however much is logged.
    public func activity() throws -> [ActivitySlot] {
        try db.query("SELECT slot * 900, reviews FROM activity_slots ORDER BY slot") {
            ActivitySlot(start: $0.date(0), reviews: $0.count(1))
        }
    }

    /// Reviews by the card's state before them and the rating, from the review_totals summary.
    public func retention(desired: Double) throws -> RetentionSummary {
        var summary = RetentionSummary(desired: desired, reviews: 0, recalled: 0)
        try db.statement("SELECT state_before, rating, reviews FROM review_totals WHERE reviews > 0").forEachRow {
            row in
            guard Self.state(row.string(0)) == .review else { return }
            summary.reviews += row.count(2)
            if row.int(1) >= Rating.hard.rawValue { summary.recalled += row.count(2) }
        }
        return summary
    }

    /// Reviewed cards a session may show that fall due before `before`: a range of cards_due.
    public func reviewedDue(before: Date) throws -> [CardDue] {
        try db.query(
            """
            SELECT c.due FROM cards c WHERE \(CardRepository.active) AND c.reps > 0 AND c.due < ?
            """, [before]
        ) { CardDue(due: $0.date(0), isNew: false) }
    }
}

extension HistoryRepository {
    /// The best score on each step of each case, by the rule StepRound applies to a session
    /// (see `Schema.roundScore`): the case_step_best summary.
    public func bestScores() throws -> [String: [StepID: Double]] {
        var best: [String: [StepID: Double]] = [:]
        try db.statement("SELECT case_id, step, best FROM case_step_best").forEachRow { row in
            guard let step = StepID(rawValue: row.string(1)) else { return }
            best[row.string(0), default: [:]][step] = row.score(2) ?? 0
        }
        return best
    }

    /// Every case with a session: its title (the case's, else its id) and its sessions' overall
    /// scores in the order they started. The report lists every score, so every session is read,
    /// from the sessions_scores index alone.
    public func caseHistories() throws -> [CaseHistory] {
        var histories: [CaseHistory] = []
        try db.statement(
            """
            SELECT s.case_id, s.overall, COALESCE(c.title, s.case_id)
            FROM sessions s INDEXED BY sessions_scores LEFT JOIN cases c ON c.id = s.case_id
            ORDER BY s.case_id, s.started_at, s.id
            """
        ).forEachRow { row in
            let id = row.string(0)
            if histories.last?.caseID != id {
                histories.append(CaseHistory(caseID: id, title: row.string(2), attempts: 0, scores: []))
            }
            histories[histories.count - 1].attempts += 1
            if let score = row.score(1) { histories[histories.count - 1].scores.append(score) }
        }
        return histories
    }

    /// Ids of the cases with a session that has at least one answer: the cases practised.
    public func practisedCaseIDs() throws -> Set<String> {
        Set(
            try db.query(
                """
                SELECT k.id FROM cases k
                WHERE EXISTS (SELECT 1 FROM sessions s WHERE s.case_id = k.id
                              AND EXISTS (SELECT 1 FROM answers a WHERE a.session_id = s.id))
                """
            ) { $0.string(0) })
    }
}
