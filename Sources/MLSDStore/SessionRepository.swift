import Foundation
import MLSDCore

/// A practice session as stored, with every answer given in it, oldest first.
public struct SessionRecord: Sendable, Equatable {

    public var id: Int
    public var caseID: String
    public var plan: [StepID]
    public var timed: Bool
    public var hints: Bool
    public var status: SessionStatus
    public var startedAt: Date
    public var updatedAt: Date
    public var overall: Double?
    public var answers: [PracticeAnswer]
}

/// Sessions and their answers. Every call is one transaction, so what the user submitted is on
/// disk before mlsd says anything about it, and an interrupted session can be picked up again.
public struct SessionRepository {
    let db: Database

    public init(_ db: Database) { self.db = db }

    public func create(caseID: String, plan: [StepID], timed: Bool, hints: Bool, now: Date) throws -> SessionRecord {
        let id = try db.write {
            try db.execute(
                """
                INSERT INTO sessions (case_id, steps, timed, hints, status, started_at, updated_at)
                VALUES (?, ?, ?, ?, 'active', ?, ?)
                """, [caseID, JSONText.encode(plan.map(\.rawValue)), timed, hints, now, now])
            return db.lastInsertRowID
        }
        return SessionRecord(
            id: id, caseID: caseID, plan: plan, timed: timed, hints: hints, status: .active,
            startedAt: now, updatedAt: now, overall: nil, answers: [])
    }

    public func load(_ id: Int) throws -> SessionRecord? {
        try db.read {
            guard
                var session = try db.first(
                    """
                    SELECT id, case_id, steps, timed, hints, status, started_at, updated_at, overall
                    FROM sessions WHERE id = ?
                    """, [id], Self.session)
            else { return nil }
            session.answers = try db.query(
                """
                SELECT id, step, kind, question, text, seconds, hints_used, skipped, score, level, feedback
                FROM answers WHERE session_id = ? ORDER BY id
                """, [id], Self.answer)
            return session
        }
    }

    /// The most recently used unfinished session, on `caseID` or on any case.
    public func latestActive(caseID: String? = nil) throws -> SessionRecord? {
        let id = try db.scalarInt(
            """
            SELECT id FROM sessions WHERE status = 'active' AND (?1 IS NULL OR case_id = ?1)
            ORDER BY updated_at DESC, id DESC LIMIT 1
            """, [caseID])
        return try id.flatMap(load)
    }

    /// Saves an answer, unscored; returns it with its id. Called before any feedback is shown.
    public func save(_ answer: PracticeAnswer, in sessionID: Int, now: Date) throws -> PracticeAnswer {
        try db.write {
            try db.execute(
                """
                INSERT INTO answers (session_id, step, kind, question, text, seconds, hints_used, skipped,
                                     score, level, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    sessionID, answer.step.rawValue, answer.kind.rawValue, answer.question, answer.text,
                    answer.seconds, answer.hintsUsed, answer.skipped, answer.score, answer.level?.rawValue, now,
                ])
            var saved = answer
            saved.id = db.lastInsertRowID
            try touch(sessionID, now: now)
            return saved
        }
    }

    /// Records the score of a saved answer: its number and level (which history reads without
    /// the feedback), the feedback, and the outcome of each rubric point.
    public func saveScore(_ score: StepScore, answerID: Int, caseID: String, now: Date) throws {
        let feedback = try StepFeedback(score).json()
        try db.write {
            try db.execute(
                "UPDATE answers SET score = ?, level = ?, feedback = ? WHERE id = ?",
                [score.score, score.level.rawValue, feedback, answerID])
            try db.execute("DELETE FROM point_results WHERE answer_id = ?", [answerID])
            for point in score.pointResults {
                try db.execute(
                    """
                    INSERT OR REPLACE INTO point_results (answer_id, case_id, point_id, outcome, evidence)
                    VALUES (?, ?, ?, ?, ?)
                    """, [answerID, caseID, point.pointID, point.outcome.rawValue, point.evidence])
            }
            if let sessionID = try db.scalarInt("SELECT session_id FROM answers WHERE id = ?", [answerID]) {
                try touch(sessionID, now: now)
            }
        }
    }

    /// The points each of `answerIDs` missed, heaviest first, with what the rubric says of them.
    public func missedPoints(answerIDs: [Int]) throws -> [Int: [StepMissedPoint]] {
        var missed: [Int: [StepMissedPoint]] = [:]
        for answerID in Set(answerIDs) {
            missed[answerID] = try db.query(
                """
                SELECT p.step, p.point_id, p.title, p.why, p.weight
                FROM point_results r JOIN points p ON p.case_id = r.case_id AND p.point_id = r.point_id
                WHERE r.answer_id = ? AND r.outcome = 'missed'
                ORDER BY p.weight DESC, p.position
                """, [answerID]
            ) { row in
                StepMissedPoint(
                    step: StepID(rawValue: row.string(0)) ?? .requirements, id: row.string(1),
                    title: row.string(2), why: row.string(3), weight: row.weight(4))
            }
        }
        return missed
    }

    /// Closes an unfinished session the user chose not to resume; its answers stay in the history.
    public func abandon(_ id: Int, now: Date) throws {
        try db.write {
            try db.execute(
                "UPDATE sessions SET status = 'abandoned', updated_at = ? WHERE id = ? AND status = 'active'",
                [now, id])
        }
    }

    func touch(_ sessionID: Int, now: Date) throws {
        try db.execute("UPDATE sessions SET updated_at = ? WHERE id = ?", [now, sessionID])
    }

    static func session(_ row: Row) -> SessionRecord {
        SessionRecord(
            id: row.int(0), caseID: row.string(1),
            plan: JSONText.decode(row.string(2)).compactMap(StepID.init(rawValue:)),
            timed: row.bool(3), hints: row.bool(4), status: SessionStatus(rawValue: row.string(5)) ?? .active,
            startedAt: row.date(6), updatedAt: row.date(7), overall: row.score(8), answers: [])
    }

    static func answer(_ row: Row) -> PracticeAnswer {
        PracticeAnswer(
            id: row.int(0), step: StepID(rawValue: row.string(1)) ?? .requirements,
            kind: PracticeAnswer.Kind(rawValue: row.string(2)) ?? .answer, question: row.string(3),
            text: row.string(4), seconds: row.real(5, in: ValueRange.duration), hintsUsed: row.count(6),
            skipped: row.bool(7),
            score: row.score(8), level: row.level(9), feedback: row.optionalString(10).flatMap(StepFeedback.decode))
    }
}
