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
            let chosen = Self.chosenSessions(caseID: caseID, latest: latest)
            let arguments: [any SQLBindable] = caseID.map { [$0] } ?? []
            var sessions = try sessionRows(caseID: caseID, latest: latest)
            var answers: [Int: [PracticeAnswer]] = [:]
            try db.statement(
                """
                SELECT a.session_id, a.step, a.kind, a.score, a.level, a.skipped, a.seconds
                FROM answers a WHERE a.session_id IN (\(chosen))
                ORDER BY a.session_id, a.created_at, a.id
                """, arguments
            ).forEachRow { row in
                guard let step = StepID(rawValue: row.string(1)) else { return }
                answers[row.int(0), default: []].append(
                    PracticeAnswer(
                        step: step, kind: PracticeAnswer.Kind(rawValue: row.string(2)) ?? .answer, question: "",
                        text: "",
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

    /// The sessions `sessions(caseID:latest:)` returns, without their answers read.
    func sessionRows(caseID: String?, latest: Int? = nil) throws -> [PastSession] {
        try db.query(
            """
            SELECT s.id, s.case_id, COALESCE(c.title, s.case_id), s.status, s.steps, s.started_at,
                   s.finished_at, s.overall
            FROM sessions s LEFT JOIN cases c ON c.id = s.case_id
            WHERE s.id IN (\(Self.chosenSessions(caseID: caseID, latest: latest)))
            ORDER BY s.started_at, s.id
            """, caseID.map { [$0] } ?? []
        ) { row in
            PastSession(
                id: row.int(0), caseID: row.string(1), caseTitle: row.string(2),
                status: SessionStatus(rawValue: row.string(3)) ?? .abandoned,
                plannedSteps: JSONText.decode(row.string(4)).compactMap(StepID.init(rawValue:)),
                startedAt: row.date(5), finishedAt: row.optionalDate(6), overall: row.score(7))
        }
    }

    /// The statements are written for the filter at hand, so that the sessions are a range of
    /// sessions_by_case or sessions_by_start ("?1 IS NULL OR" would hide the index), and their
    /// answers ranges of answers_by_session.
    /// With `latest`, the plan reads "SCAN sessions USING COVERING INDEX sessions_by_start" (or a
    /// SEARCH of sessions_by_case): a walk back from the newest that stops after `latest` rows.
    /// Without it every session is wanted.
    static func chosenSessions(caseID: String?, latest: Int?) -> String {
        var chosen = "SELECT id FROM sessions" + (caseID == nil ? "" : " WHERE case_id = ?1")
        if let latest { chosen += " ORDER BY started_at DESC, id DESC LIMIT \(max(0, latest))" }
        return chosen
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
    /// feedback; just one session when `sessionID` is given. One range of answers per case, read
    /// once: the sessions' answered steps and time come from it too. Each session's answers are
    /// put in order here: sorted in SQL, a busy case's answers spilled to a temporary file.
    public func attempts(caseID: String, sessionID: Int? = nil) throws -> [Attempt] {
        try db.read {
            var rows: [Int: [(at: Double, answer: PracticeAnswer)]] = [:]
            var unexplained = false
            try db.statement(
                """
                SELECT a.id, a.session_id, a.step, a.kind, a.question, a.text, a.score, a.level, a.skipped,
                       a.hints_used, a.seconds, a.feedback, a.created_at
                FROM answers a JOIN sessions s ON s.id = a.session_id
                WHERE s.case_id = ?
                """, [caseID]
            ).forEachRow { row in
                guard let step = StepID(rawValue: row.string(2)) else { return }
                let feedback = row.optionalString(11).flatMap(StepFeedback.decode)
                unexplained = unexplained || feedback == nil
                rows[row.int(1), default: []].append(
                    (
                        row.double(12),
                        PracticeAnswer(
                            id: row.int(0), step: step, kind: PracticeAnswer.Kind(rawValue: row.string(3)) ?? .answer,
                            question: row.string(4), text: row.string(5),
                            seconds: row.real(10, in: ValueRange.duration),
                            hintsUsed: row.count(9), skipped: row.bool(8), score: row.score(6), level: row.level(7),
                            feedback: feedback)
                    ))
            }
            let fallback = unexplained ? try pointResults(caseID: caseID) : [:]
            return try sessionRows(caseID: caseID).compactMap { session -> Attempt? in
                guard let found = rows[session.id], sessionID == nil || session.id == sessionID else { return nil }
                let given = found.sorted { ($0.at, $0.answer.id) < ($1.at, $1.answer.id) }.map { row in
                    var answer = row.answer
                    if answer.feedback == nil { answer.feedback = fallback[answer.id] }
                    return answer
                }
                var session = session
                session.seconds = given.map(\.seconds).reduce(0, +)
                session.steps = Self.results(given)
                return session.hasAnswers ? Attempt(session: session, answers: given) : nil
            }
        }
    }

    /// Feedback rebuilt from `point_results`, for answers stored without the feedback JSON. The
    /// results are read answer by answer (sqlite_autoindex_point_results_1), which visits each
    /// page of the table once, where point_results_by_point would revisit it for every point; the
    /// case's points are read once rather than joined to each result. Each answer's results are
    /// put in rubric order here: unknown points first, ties by point id, as SQL's sort left them.
    private func pointResults(caseID: String) throws -> [Int: StepFeedback] {
        var points: [String: (title: String, why: String, weight: Int?, position: Int)] = [:]
        try db.statement("SELECT point_id, title, why, weight, position FROM points WHERE case_id = ?", [caseID])
            .forEachRow { row in
                points[row.string(0)] = (row.string(1), row.string(2), row.isNull(3) ? nil : row.weight(3), row.int(4))
            }
        var results: [Int: [(position: Int, point: String, outcome: String, evidence: String)]] = [:]
        try db.statement(
            """
            SELECT pr.answer_id, pr.point_id, pr.outcome, COALESCE(pr.evidence, '')
            FROM sessions s JOIN answers a ON a.session_id = s.id
            JOIN point_results pr INDEXED BY sqlite_autoindex_point_results_1 ON pr.answer_id = a.id
            WHERE s.case_id = ?1 AND pr.case_id = ?1
            """, [caseID]
        ).forEachRow { row in
            let point = row.string(1)
            results[row.int(0), default: []].append(
                (points[point]?.position ?? Int.min, point, row.string(2), row.string(3)))
        }
        return results.mapValues { rows in
            var entry = StepFeedback()
            let ordered = rows.sorted { a, b in
                a.position != b.position
                    ? a.position < b.position : a.point.utf8.lexicographicallyPrecedes(b.point.utf8)
            }
            for result in ordered {
                let point = points[result.point]
                let title = point?.title ?? result.point
                switch result.outcome {
                case "covered": entry.covered.append(.init(id: result.point, title: title, evidence: result.evidence))
                case "dismissed":
                    entry.dismissed.append(.init(id: result.point, title: title, evidence: result.evidence))
                default:
                    entry.missed.append(
                        .init(id: result.point, title: title, why: point?.why ?? "", weight: point?.weight ?? 0))
                }
            }
            return entry
        }
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
