import Foundation
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

    @Test func failedMigrationRollsBackThatStep() throws {
        let folder = TemporaryFolder()
        let db = try Database(path: folder.file("db.sqlite3"))
        let migrations = ["CREATE TABLE a (x INTEGER);", "CREATE TABLE b (y INTEGER); CREATE TABLE a (x INTEGER);"]
        #expect(throws: SQLiteError.self) { try Migrator.migrate(db, migrations: migrations, now: now) }
        #expect(try db.userVersion == 1)
        #expect(try db.scalarInt("SELECT COUNT(*) FROM sqlite_master WHERE name = 'b'") == 0)
    }

    @Test func newerSchemaIsRefused() throws {
        let folder = TemporaryFolder()
        let path = folder.file("db.sqlite3")
        try Database(path: path).execute("PRAGMA user_version = 999")
        #expect(throws: SchemaTooNewError.self) { try Store(path: path, content: SampleContent.bundle, now: now) }
        #expect(try Database(path: path).userVersion == 999)
    }
}
