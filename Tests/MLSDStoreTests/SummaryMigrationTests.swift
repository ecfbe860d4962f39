import Foundation
import MLSDCore
import MLSDStore
import Testing

/// Schema version 4 keeps `cards.retired` and the progress summaries with triggers. A version 3
/// database with history upgrades to figures equal to those computed from the raw rows the way
/// earlier versions did, and every later write keeps them equal.
@Suite struct SummaryMigrationTests {
    let folder = TemporaryFolder()
    let now = Date(timeIntervalSince1970: 1_800_000_000)
    let day = 86_400.0

    /// A database as version 3 left it: the content synchronised, then version 4's objects taken out.
    func versionThree() throws -> String {
        let path = folder.file("db.sqlite3")
        let db = try Store(path: path, content: SampleContent.bundle, now: now).db
        for trigger in try db.query("SELECT name FROM sqlite_master WHERE type = 'trigger'", [], { $0.string(0) }) {
            try db.execute("DROP TRIGGER \(trigger)")
        }
        try db.executeScript(
            """
            DROP INDEX cards_due; DROP INDEX cards_waiting; DROP INDEX answers_rounds; DROP INDEX sessions_scores;
            DROP INDEX sessions_by_start; CREATE INDEX cards_by_due ON cards(suspended, due);
            CREATE INDEX cards_new ON cards(suspended, created_at) WHERE reps = 0;
            DROP TABLE review_totals; DROP TABLE activity_slots; DROP TABLE session_rounds; DROP TABLE case_step_best; ALTER TABLE cards DROP COLUMN retired;
            PRAGMA user_version = 3;
            """)
        return path
    }

    /// History written by version 3: sessions (one never answered, one with a skip replaced and
    /// a follow-up that scored higher), cards in every state, reviews with readable and unreadable
    /// `previous`, a retired case and a retired point.
    func fill(_ db: Database) throws {
        let t = now.timeIntervalSince1970
        try db.executeScript(
            """
            INSERT INTO sessions (id, case_id, steps, status, started_at, updated_at, finished_at, overall) VALUES
                (1, 'alpha', '[]', 'finished', \(t - 9 * day), \(t - 9 * day), \(t - 9 * day), 60),
                (2, 'alpha', '[]', 'finished', \(t - 2 * day), \(t - 2 * day), \(t - 2 * day), 80),
                (3, 'beta', '[]', 'abandoned', \(t - 1 * day), \(t - 1 * day), NULL, NULL),
                (4, 'beta', '[]', 'active', \(t - 3600), \(t - 3600), NULL, NULL);
            INSERT INTO answers (session_id, step, kind, question, text, seconds, skipped, score, created_at) VALUES
                (1, 'requirements', 'answer', 'q', 'a', 60, 0, 40, \(t - 9 * day)),
                (1, 'requirements', 'followup', 'q', 'f', 30, 0, 70, \(t - 9 * day + 60)),
                (1, 'metrics', 'answer', 'q', 'a', 60, 0, 90, \(t - 9 * day + 120)),
                (1, 'metrics', 'answer', 'q', '', 5, 1, 0, \(t - 9 * day + 180)),
                (2, 'requirements', 'answer', 'q', 'a', 60, 0, 55, \(t - 2 * day)),
                (2, 'data', 'answer', 'q', 'a', 60, 0, NULL, \(t - 2 * day + 60)),
                (3, 'model', 'answer', 'q', 'a', 60, 0, 30, \(t - 1 * day));
            UPDATE cases SET retired = 1 WHERE id = 'beta';
            UPDATE points SET retired = 1 WHERE case_id = 'alpha' AND point_id = 'metrics-p2';
            INSERT INTO cards (id, kind, case_id, step, point_id, state, stability, difficulty, due, last_review, reps, created_at) VALUES
                (1, 'point', 'alpha', 'requirements', 'requirements-p1', 2, 3, 5, \(t - day), \(t - 4 * day), 2, \(t - 20 * day)),
                (2, 'point', 'alpha', 'metrics', 'metrics-p2', 2, 3, 5, \(t - day), \(t - 4 * day), 2, \(t - 20 * day)),
                (3, 'step', 'alpha', 'data', '', 1, 1, 5, \(t + 600), \(t - 600), 1, \(t - 20 * day)),
                (4, 'step', 'alpha', 'model', '', 1, NULL, NULL, \(t - 5 * day), NULL, 0, \(t - 5 * day)),
                (5, 'step', 'beta', 'model', '', 2, 9, 5, \(t - day), \(t - 9 * day), 3, \(t - 20 * day)),
                (6, 'point', 'alpha', 'requirements', 'gone', 2, 9, 5, \(t + 3 * day), \(t - 9 * day), 3, \(t - 20 * day));
            INSERT INTO review_log (card_id, rating, reviewed_at, previous, state, step_index, due, elapsed_days, scheduled_days) VALUES
                (1, 3, \(t - 4 * day), '{"state":2,"reps":1}', 2, 0, \(t - day), 3, 3),
                (1, 1, \(t - 12 * day), '{"state":1,"reps":0}', 1, 0, \(t - 4 * day), 0, 1),
                (2, 2, \(t - 4 * day), '{"state":"review","reps":1}', 2, 0, \(t - day), 3, 3),
                (3, 1, \(t - 600), 'not json', 1, 0, \(t + 600), 0, 0),
                (5, 4, \(t - 9 * day), '{"state":2,"reps":2}', 2, 0, \(t - day), 9, 8);
            """)
    }

    /// The figures progress reports read, from version 4's queries.
    func figures(_ store: Store) throws -> String {
        let counts = try store.cards.dueCounts(
            now: now, todayEnds: now.addingTimeInterval(day), weekEnds: now.addingTimeInterval(7 * day))
        let calendar = StudyCalendar(timeZone: TimeZone(identifier: "Asia/Kathmandu")!, dayStartHour: 4)
        let slots = try store.reviewProgress.activity()
        return """
            best \(try store.history.bestScores().sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.sorted { $0.key.rawValue < $1.key.rawValue })" })
            histories \(try store.history.caseHistories())
            retention \(try store.reviewProgress.retention(desired: 0.9))
            days \(Set(calendar.dayNumbers(ascending: slots.map(\.start))).sorted()) reviews \(slots.map(\.reviews).reduce(0, +))
            due \(counts) \(try store.cards.due(by: now).map(\.id).sorted()) new \(try store.cards.new(at: now, limit: 9).map(\.id))
            waiting \(try store.cards.newCount()) next \(String(describing: try store.cards.nextDue()))
            forecast \(try store.reviewProgress.reviewedDue(before: now.addingTimeInterval(30 * day)).count)
            practised \(try store.history.practisedCaseIDs().sorted())
            """
    }

    /// The same figures computed from the raw rows, the way version 3 did.
    func figuresFromRows(_ store: Store) throws -> String {
        let db = store.db
        let sessions = try store.history.sessions()
        let counts = try db.first(
            """
            SELECT COALESCE(SUM(c.due <= ?1), 0), COALESCE(SUM(c.due < ?2), 0), COUNT(*)
            FROM cards c JOIN cases k ON k.id = c.case_id
            LEFT JOIN points p ON c.kind = 'point' AND p.case_id = c.case_id AND p.point_id = c.point_id
            WHERE c.suspended = 0 AND c.due < ?3 AND c.reps > 0 AND k.retired = 0 AND COALESCE(p.retired, 0) = 0
            """, [now, now.addingTimeInterval(day), now.addingTimeInterval(7 * day)]
        ) { (now: $0.int(0), today: $0.int(1), week: $0.int(2)) }!
        let active = """
            FROM cards c JOIN cases k ON k.id = c.case_id
            LEFT JOIN points p ON c.kind = 'point' AND p.case_id = c.case_id AND p.point_id = c.point_id
            WHERE c.suspended = 0 AND k.retired = 0 AND COALESCE(p.retired, 0) = 0
            """
        let due = try db.query("SELECT c.id \(active) AND c.reps > 0 AND c.due <= ? ORDER BY c.id", [now]) {
            Int64($0.int(0))
        }
        let new = try db.query("SELECT c.id \(active) AND c.reps = 0 AND c.due <= ? ORDER BY c.created_at, c.id", [now])
        { Int64($0.int(0)) }
        let next = try db.first("SELECT MIN(c.due) \(active) AND c.reps > 0") { $0.optionalDate(0) } ?? nil
        let forecast = try db.scalarInt(
            "SELECT COUNT(*) \(active) AND c.reps > 0 AND c.due < ?", [now.addingTimeInterval(30 * day)])!
        let reviews = try db.query(
            """
            SELECT rating, CASE WHEN json_valid(previous) THEN json_extract(previous, '$.state') END, reviewed_at FROM review_log
            """
        ) { (rating: $0.int(0), state: $0.optionalString(1), at: $0.date(2)) }
        let counted = reviews.filter { $0.state == "2" || $0.state == "review" }
        let retention = RetentionSummary(
            desired: 0.9, reviews: counted.count, recalled: counted.filter { $0.rating >= 2 }.count)
        let times =
            try db.query("SELECT started_at FROM sessions UNION ALL SELECT created_at FROM answers") { $0.date(0) }
            + reviews.map(\.at)
        let calendar = StudyCalendar(timeZone: TimeZone(identifier: "Asia/Kathmandu")!, dayStartHour: 4)
        let days = Set(times.map(calendar.dayNumber(containing:))).sorted()
        let histories = Dictionary(grouping: sessions, by: \.caseID).sorted { $0.key < $1.key }.map { id, group in
            CaseHistory(
                caseID: id, title: group[0].caseTitle, attempts: group.count, scores: group.compactMap(\.overall))
        }
        return """
            best \(ProgressSummary.bestByStep(sessions).sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.sorted { $0.key.rawValue < $1.key.rawValue })" })
            histories \(histories)
            retention \(retention)
            days \(days) reviews \(reviews.count)
            due \(counts) \(due) new \(new)
            waiting \(try db.scalarInt("SELECT COUNT(*) \(active) AND c.reps = 0")!) next \(String(describing: next))
            forecast \(forecast)
            practised \(Set(sessions.filter(\.hasAnswers).map(\.caseID)).sorted())
            """
    }

    @Test func versionThreeDatabaseUpgradesToTheSameFigures() throws {
        let path = try versionThree()
        try fill(try Database(path: path))
        let store = try Store(path: path, content: SampleContent.bundle, now: now)
        #expect(try store.db.userVersion == 4)
        #expect(store.migrationBackup != nil)
        let upgraded = try figures(store)
        #expect(upgraded == (try figuresFromRows(store)))
        // The figures are not trivially empty.
        #expect(upgraded.contains("due (now: 1, today: 2, week: 3) [1]"))
        #expect(upgraded.contains("practised [\"alpha\", \"beta\"]"))
        #expect(
            try store.reviewProgress.retention(desired: 0.9) == RetentionSummary(desired: 0.9, reviews: 3, recalled: 3))
    }

    @Test func ownTriggersAreNotForeign() throws {
        let store = try Store(path: folder.file("db.sqlite3"), content: SampleContent.bundle, now: now)
        let created = try store.db.query("SELECT name FROM sqlite_master WHERE type = 'trigger'") { $0.string(0) }
        // The schema check derives mlsd's own objects from the migrations: its triggers are not foreign.
        #expect(try SchemaCheck.compare(store.db).isEmpty)
        #expect(created.count == 18)
    }

    @Test func writesAfterTheUpgradeKeepTheSummaries() throws {
        let path = try versionThree()
        try fill(try Database(path: path))
        let store = try Store(path: path, content: SampleContent.bundle, now: now)
        let scheduler = Scheduler()
        try store.cards.review(1) { scheduler.review($0, rating: .again, now: now, interview: nil) }
        try store.cards.review(4) {
            scheduler.review($0, rating: .good, now: now.addingTimeInterval(60), interview: nil)
        }
        try store.cards.undoLastReview(of: 4)
        try store.db.executeScript(
            """
            UPDATE points SET retired = 0 WHERE point_id = 'metrics-p2';
            UPDATE points SET retired = 1 WHERE point_id = 'requirements-p1' AND case_id = 'alpha';
            UPDATE cases SET retired = 0 WHERE id = 'beta';
            INSERT INTO points (case_id, point_id, step, position, title, weight, why, question, phrasings, details, retired)
            VALUES ('alpha', 'gone', 'requirements', 9, 'Gone', 1, 'w', 'q', '[]', '[]', 1);
            DELETE FROM sessions WHERE id = 1;
            """)
        let session = try store.sessions.create(
            caseID: "beta", plan: StepID.allCases, timed: false, hints: true, now: now)
        _ = try store.sessions.save(
            PracticeAnswer(step: .serving, question: "q", text: "a", seconds: 9), in: session.id, now: now)
        #expect(try figures(store) == (try figuresFromRows(store)))
        #expect(
            try store.db.scalarInt(
                """
                SELECT COUNT(*) FROM cards c JOIN cases k ON k.id = c.case_id
                LEFT JOIN points p ON c.kind = 'point' AND p.case_id = c.case_id AND p.point_id = c.point_id
                WHERE c.retired != (k.retired OR COALESCE(p.retired, 0))
                """) == 0)
        #expect(try store.db.scalarInt("SELECT COUNT(*) FROM cards WHERE retired = 1") == 2)
    }
}
