import Foundation
import MLSDCore
import MLSDStore
import Testing

@Suite struct MigrationTests {
    let now = Date(timeIntervalSince1970: 1_790_000_000)

    @Test func emptyDatabaseReachesLatestSchema() throws {
        let folder = TemporaryFolder()
        let store = try Store(path: folder.file("db.sqlite3"), content: SampleContent.bundle, now: now)
        #expect(try store.db.userVersion == Store.schemaVersion)
        #expect(store.migrationBackup == nil)
        #expect(try store.db.scalarString("PRAGMA integrity_check") == "ok")
        #expect(try store.db.query("PRAGMA foreign_key_check") { $0.string(0) }.isEmpty)
    }

    @Test func reopeningChangesNothing() throws {
        let folder = TemporaryFolder()
        let path = folder.file("db.sqlite3")
        _ = try Store(path: path, content: SampleContent.bundle, now: now)
        let again = try Store(path: path, content: SampleContent.bundle, now: now)
        #expect(again.migrationBackup == nil)
        #expect(try again.db.userVersion == Store.schemaVersion)
    }

    @Test func eachEarlierVersionMigratesWithABackup() throws {
        let migrations = [
            "CREATE TABLE a (x INTEGER);",
            "ALTER TABLE a ADD COLUMN y TEXT;",
            "CREATE TABLE b (z INTEGER);",
        ]
        for start in 1..<migrations.count {
            let folder = TemporaryFolder()
            let path = folder.file("db.sqlite3")
            let db = try Database(path: path)
            try Migrator.migrate(db, migrations: Array(migrations.prefix(start)), now: now)
            try db.execute("INSERT INTO a (x) VALUES (42)")
            let backup = try Migrator.migrate(db, migrations: migrations, now: now)
            #expect(try db.userVersion == migrations.count)
            #expect(try db.scalarInt("SELECT x FROM a") == 42)
            let copy = try #require(backup)
            #expect(try Database(path: copy).userVersion == start)
        }
    }

    @Test func migrationLeavingDanglingReferencesIsRolledBack() throws {
        let migrations = [
            "CREATE TABLE a (id INTEGER PRIMARY KEY); CREATE TABLE b (a_id INTEGER REFERENCES a(id));",
            "PRAGMA defer_foreign_keys = ON; DELETE FROM a; CREATE TABLE c (x INTEGER);",
        ]
        let folder = TemporaryFolder()
        let path = folder.file("db.sqlite3")
        let db = try Database(path: path)
        try Migrator.migrate(db, migrations: Array(migrations.prefix(1)), now: now)
        try db.execute("INSERT INTO a (id) VALUES (7)")
        try db.execute("INSERT INTO b (a_id) VALUES (7)")
        #expect {
            try Migrator.migrate(db, migrations: migrations, now: now)
        } throws: { error in
            let error = try #require(error as? SQLiteError)
            return error.code == .constraint && error.context.hasSuffix("to schema v2")
                && error.message.contains("1 rows refer to rows that do not exist (b row 1 -> a)")
        }
        #expect(try db.userVersion == 1)
        #expect(try db.scalarInt("SELECT COUNT(*) FROM a") == 1)
        #expect(try db.scalarInt("SELECT COUNT(*) FROM sqlite_master WHERE name = 'c'") == 0)
    }

    /// A database written before content format v2 (schema 2) upgrades, and its old rows still read:
    /// follow-ups stored as strings, points without plain phrasings, steps without wrong claims.
    @Test func schemaTwoDatabaseUpgradesAndKeepsItsContent() throws {
        let folder = TemporaryFolder()
        let path = folder.file("db.sqlite3")
        let db = try Database(path: path)
        try Migrator.migrate(db, migrations: Array(Schema.migrations.prefix(2)), now: now)
        try db.execute(
            """
            INSERT INTO cases (id, title, scenario, difficulty, tags, source, position, updated_at)
            VALUES ('old', 'Old case', 'Design it.', 'easy', '["t"]', 'user', 0, 0)
            """)
        try db.execute(
            """
            INSERT INTO steps (case_id, step, position, prompt, minutes, hints, outline, followups)
            VALUES ('old', 'metrics', 0, 'Which metric?', 5, '["h1","h2"]', '["o1"]', '["Why not accuracy?","And recall?"]')
            """)
        try db.execute(
            """
            INSERT INTO points (case_id, point_id, step, position, title, weight, why, question, phrasings, details)
            VALUES ('old', 'pr-auc', 'metrics', 0, 'PR AUC', 3, 'Rare positives.', 'Why PR AUC?', '["pr auc"]', '[]')
            """)
        let store = try Store(path: path, content: SampleContent.bundle, now: now)
        #expect(try store.db.userVersion == Schema.latestVersion)
        #expect(store.migrationBackup != nil)
        let old = try #require(try store.cases.load("old"))
        let step = try #require(old.step(.metrics))
        #expect(step.followups == [Followup(question: "Why not accuracy?"), Followup(question: "And recall?")])
        #expect(step.wrong == [])
        #expect(step.points.map(\.plain) == [[]])
        #expect(try store.cases.load("alpha") == SampleContent.study("alpha"))
    }

    /// An upgrade is all or nothing: a schema half-way between two versions is never left behind.
    @Test func failedMigrationRollsBackTheWholeUpgrade() throws {
        let folder = TemporaryFolder()
        let db = try Database(path: folder.file("db.sqlite3"))
        let migrations = ["CREATE TABLE a (x INTEGER);", "CREATE TABLE b (y INTEGER); CREATE TABLE a (x INTEGER);"]
        #expect(throws: SQLiteError.self) { try Migrator.migrate(db, migrations: migrations, now: now) }
        #expect(try db.userVersion == 0)
        #expect(try db.scalarInt("SELECT COUNT(*) FROM sqlite_master WHERE name IN ('a', 'b')") == 0)
    }

    @Test func newerSchemaIsRefused() throws {
        let folder = TemporaryFolder()
        let path = folder.file("db.sqlite3")
        try Store(path: path, content: SampleContent.bundle, now: now).db.execute("PRAGMA user_version = 999")
        #expect(throws: SchemaTooNewError.self) { try Store(path: path, content: SampleContent.bundle, now: now) }
        #expect(try Database(path: path).userVersion == 999)
    }
}
