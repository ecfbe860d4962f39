import Foundation
import MLSDStore
import Testing

/// The expected schema is whatever mlsd's migrations create, at every version a file can have.
@Suite struct SchemaCheckTests {
    let now = Date(timeIntervalSince1970: 1_790_000_000)

    @Test func everyVersionMlsdWroteMatchesItsOwnSchema() throws {
        for version in 1...Schema.latestVersion {
            let folder = TemporaryFolder()
            let db = try Database(path: folder.file("db.sqlite3"))
            try Migrator.migrate(db, migrations: Array(Schema.migrations.prefix(version)), now: now)
            #expect(try SchemaCheck.compare(db).isEmpty, "version \(version)")
            try Migrator.migrate(db, now: now)
            #expect(try SchemaCheck.compare(db).isEmpty, "version \(version) migrated to the latest")
        }
    }

    @Test func extraAndRedefinedObjectsAreTold() throws {
        let folder = TemporaryFolder()
        let path = folder.file("db.sqlite3")
        let store = try Store(path: path, content: SampleContent.bundle, now: now)
        try store.db.executeScript(#"""
            CREATE VIEW "odd ""name""" AS SELECT 1;
            CREATE TRIGGER t AFTER INSERT ON meta BEGIN SELECT 1; END;
            DROP INDEX cards_by_case; CREATE INDEX cards_by_case ON cards(due);
            """#)
        let difference = try SchemaCheck.compare(store.db)
        #expect(difference.extra.map(\.description) == ["view odd \"name\"", "trigger t"])
        #expect(difference.missing.map(\.description) == ["index cards_by_case"])
        #expect(throws: ForeignSchemaError.self) { try Store(path: path, content: SampleContent.bundle, now: now) }
        try SchemaCheck.drop(difference.extra, from: store.db)
        #expect(try SchemaCheck.compare(store.db).extra.isEmpty)
        _ = try Store(path: path, content: SampleContent.bundle, now: now)
    }
}
