import Foundation
import MLSDCore

/// Practice history read back as MLSDCore values: sessions with their per-step results, and
/// whole attempts (every answer with its feedback) for export.
public struct HistoryRepository {
    let db: Database

    public init(_ db: Database) { self.db = db }

    /// Sessions, oldest first; only one case's when `caseID` is given, and only the `latest`
    /// ones when it is given.
    public func sessions(caseID: String? = nil, latest: Int? = nil) throws -> [PastSession] {
        try db.read {
            // The statements are written for the filter at hand, so that the sessions are a range
            // of sessions_by_case or sessions_by_start ("?1 IS NULL OR" would hide the index), and
            // their answers ranges of answers_by_session.
            // With `latest`, the plan reads "SCAN sessions USING COVERING INDEX sessions_by_start"
            // (or a SEARCH of sessions_by_case): a walk back from the newest that stops after
            // `latest` rows. Without it every session is wanted.
            var chosen = "SELECT id FROM sessions" + (caseID == nil ? "" : " WHERE case_id = ?1")
            if let latest { chosen += " ORDER BY started_at DESC, id DESC LIMIT \(max(0, latest))" }
            let arguments: [any SQLBindable] = caseID.map { [$0] } ?? []
            var sessions = try db.query("""
                SELECT s.id, s.case_id, COALESCE(c.title, s.case_id), s.status, s.steps, s.started_at,
                       s.finished_at, s.overall
                FROM sessions s LEFT JOIN cases c ON c.id = s.case_id
                WHERE s.id IN (\(chosen))
                ORDER BY s.started_at, s.id
                """, arguments) { row in
                PastSession(id: row.int(0), caseID: row.string(1), caseTitle: row.string(2),
                              status: SessionStatus(rawValue: row.string(3)) ?? .abandoned,
                              plannedSteps: JSONText.decode(row.string(4)).compactMap(StepID.init(rawValue:)),
                              startedAt: row.date(5), finishedAt: row.optionalDate(6), overall: row.score(7))
            }
            var answers: [Int: [PracticeAnswer]] = [:]
            try db.statement("""
                SELECT a.session_id, a.step, a.kind, a.score, a.level, a.skipped, a.seconds
                FROM answers a WHERE a.session_id IN (\(chosen))
                ORDER BY a.session_id, a.created_at, a.id
                """, arguments).forEachRow { row in
                guard let step = StepID(rawValue: row.string(1)) else { return }
                answers[row.int(0), default: []].append(PracticeAnswer(
                    step: step, kind: PracticeAnswer.Kind(rawValue: row.string(2)) ?? .answer, question: "", text: "",
                    seconds: row.real(6, in: ValueRange.duration), skipped: row.bool(5), score: row.score(3),
                    level: row.level(4)))
            }
            for index in sessions.indices {
                let given = answers[sessions[index].id] ?? []
                sessions[index].seconds = given.map(\.seconds).reduce(0, +)
                sessions[index].steps = Self.results(given)
            }
            return sessions
        }
    }

    public func session(id: Int) throws -> PastSession? {
        guard let caseID = try db.scalarString("SELECT case_id FROM sessions WHERE id = ?", [id]) else { return nil }
        return try sessions(caseID: caseID).first { $0.id == id }
    }

    /// Per step answered, how it ended (see StepRound).
    static func results(_ answers: [PracticeAnswer]) -> [StepResult] {
        StepID.allCases.compactMap { StepRound.of($0, in: answers)?.result }
    }

    /// A case's sessions that have answers, oldest first, each with every answer and its
    /// feedback; just one session when `sessionID` is given.
    public func attempts(caseID: String, sessionID: Int? = nil) throws -> [Attempt] {
        try db.read {
            let sessions = try self.sessions(caseID: caseID).filter { $0.hasAnswers && (sessionID == nil || $0.id == sessionID) }
            let fallback = try pointResults(caseID: caseID)
            var answers: [Int: [PracticeAnswer]] = [:]
            try db.statement("""
                SELECT a.id, a.session_id, a.step, a.kind, a.question, a.text, a.score, a.level, a.skipped,
                       a.hints_used, a.seconds, a.feedback
                FROM answers a JOIN sessions s ON s.id = a.session_id
                WHERE s.case_id = ? ORDER BY a.session_id, a.created_at, a.id
                """, [caseID]).forEachRow { row in
                guard let step = StepID(rawValue: row.string(2)) else { return }
                let feedback = row.optionalString(11).flatMap(StepFeedback.decode) ?? fallback[row.int(0)]
                answers[row.int(1), default: []].append(PracticeAnswer(
                    id: row.int(0), step: step, kind: PracticeAnswer.Kind(rawValue: row.string(3)) ?? .answer,
                    question: row.string(4), text: row.string(5), seconds: row.real(10, in: ValueRange.duration),
                    hintsUsed: row.count(9), skipped: row.bool(8), score: row.score(6), level: row.level(7),
                    feedback: feedback))
            }
            return sessions.map { Attempt(session: $0, answers: answers[$0.id] ?? []) }
        }
    }

    /// Feedback rebuilt from `point_results`, for answers stored without the feedback JSON.
    private func pointResults(caseID: String) throws -> [Int: StepFeedback] {
        var feedback: [Int: StepFeedback] = [:]
        try db.statement("""
            SELECT pr.answer_id, pr.point_id, pr.outcome, COALESCE(pr.evidence, ''),
                   COALESCE(p.title, pr.point_id), COALESCE(p.why, ''), p.weight
            FROM point_results pr
            LEFT JOIN points p ON p.case_id = pr.case_id AND p.point_id = pr.point_id
            WHERE pr.case_id = ? ORDER BY pr.answer_id, p.position
            """, [caseID]).forEachRow { row in
            var entry = feedback[row.int(0)] ?? StepFeedback()
            let id = row.string(1), title = row.string(4)
            switch row.string(2) {
            case "covered": entry.covered.append(.init(id: id, title: title, evidence: row.string(3)))
            case "dismissed": entry.dismissed.append(.init(id: id, title: title, evidence: row.string(3)))
            default: entry.missed.append(.init(id: id, title: title, why: row.string(5), weight: row.isNull(6) ? nil : row.weight(6)))
            }
            feedback[row.int(0)] = entry
        }
        return feedback
    }

    /// How many sessions there are (of one case's, when `caseID` is given), and how many finished.
    /// Counting all of them reads a whole index (sessions_by_status, or a case's range of
    /// sessions_by_case); history asks only when its page is full, to say how many are not shown.
    public func sessionCount(caseID: String? = nil) throws -> (all: Int, finished: Int) {
        let sql = "SELECT COUNT(*), COALESCE(SUM(status = 'finished'), 0) FROM sessions"
        let count = { (row: Row) in (all: row.int(0), finished: row.int(1)) }
        if let caseID { return try db.first(sql + " WHERE case_id = ?", [caseID], count) ?? (0, 0) }
        return try db.first(sql, [], count) ?? (0, 0)
    }

    /// The best overall score of a case's sessions, if any is scored.
    public func bestOverall(caseID: String) throws -> Double? {
        try db.first("SELECT MAX(overall) FROM sessions WHERE case_id = ?", [caseID]) { $0.score(0) } ?? nil
    }
}
