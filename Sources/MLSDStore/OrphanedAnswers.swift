internal import CSQLite
import Foundation

/// Answers whose session row is gone (a hand edit, another tool, damage). They are the user's
/// words, so a repair never deletes them: a session whose case can be told from its answers is
/// rebuilt around them, as abandoned; the others' answers are written to a file beside the
/// database before they leave it.
enum OrphanedAnswers {
    /// Runs inside the repair's transaction. Returns the file answers were kept in, if any.
    static func repair(_ db: Database, now: Date) throws -> String? {
        let sessions = try db.query(
            """
            SELECT DISTINCT session_id FROM answers \
            WHERE session_id NOT IN (SELECT id FROM sessions) ORDER BY session_id
            """
        ) { $0.int(0) }
        var homeless: [Int] = []
        for session in sessions {
            if let caseID = try caseOf(session, db) {
                try reattach(session, to: caseID, db)
            } else {
                homeless.append(session)
            }
        }
        guard !homeless.isEmpty else { return nil }
        let path = "\(db.path).orphaned-answers-\(Int(now.timeIntervalSince1970)).json"
        try keepAside(homeless, in: path, db)
        for session in homeless { try db.execute("DELETE FROM answers WHERE session_id = ?", [session]) }
        return path
    }

    /// The case a lost session was about: from the rubric points its answers were scored on, else
    /// from a step prompt its answers quote word for word.
    private static func caseOf(_ session: Int, _ db: Database) throws -> String? {
        if let scored = try db.scalarString(
            """
            SELECT r.case_id FROM point_results r JOIN answers a ON a.id = r.answer_id
            WHERE a.session_id = ? AND r.case_id IN (SELECT id FROM cases) LIMIT 1
            """, [session])
        {
            return scored
        }
        return try db.scalarString(
            """
            SELECT s.case_id FROM answers a JOIN steps s ON s.step = a.step AND s.prompt = a.question
            WHERE a.session_id = ? AND a.kind = 'answer' LIMIT 1
            """, [session])
    }

    private static func reattach(_ session: Int, to caseID: String, _ db: Database) throws {
        try db.execute(
            """
            INSERT INTO sessions (id, case_id, steps, status, started_at, updated_at)
            SELECT ?1, ?2,
                   (SELECT json_group_array(step) FROM (SELECT DISTINCT a.step, COALESCE(s.position, 99) AS position
                        FROM answers a LEFT JOIN steps s ON s.case_id = ?2 AND s.step = a.step
                        WHERE a.session_id = ?1 ORDER BY position)),
                   'abandoned', MIN(created_at), MAX(created_at)
            FROM answers WHERE session_id = ?1
            """, [session, caseID])
    }

    private static func keepAside(_ sessions: [Int], in path: String, _ db: Database) throws {
        var rows: [[String: Any]] = []
        for session in sessions {
            rows += try db.query(
                """
                SELECT id, step, kind, question, text, created_at FROM answers WHERE session_id = ? ORDER BY id
                """, [session]
            ) { row -> [String: Any] in
                [
                    "session_id": session, "answer_id": row.int(0), "step": row.string(1), "kind": row.string(2),
                    "question": row.string(3), "text": row.string(4), "created_at": row.double(5),
                ]
            }
        }
        let data = try JSONSerialization.data(withJSONObject: rows, options: [.prettyPrinted, .sortedKeys])
        // Created private and never over an existing file, like every file mlsd writes.
        let fd = open(path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        let written = fd < 0 ? -1 : data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        if fd >= 0 { close(fd) }
        guard written == data.count else {
            throw SQLiteError(
                code: .cannotOpen, message: String(cString: strerror(errno)),
                context: "keeping orphaned answers in \(path)")
        }
    }
}
