import Foundation
import Testing

@testable import MLSDStore

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

    /// Opening a database skips building the expected schema only when every trigger and view
    /// is one of mlsd's statements word for word: true of each one mlsd wrote, at every version.
    @Test func everyTriggerMlsdWroteIsKnownWithoutBuildingTheSchema() throws {
        for version in 1...Schema.latestVersion {
            let db = try Database(path: ":memory:")
            try Migrator.migrate(db, migrations: Array(Schema.migrations.prefix(version)), now: now)
            for object in try SchemaCheck.objects(db) where object.isCode {
                #expect(SchemaCheck.isOwnCode(object, version: version), "\(object) at version \(version)")
            }
        }
        let db = try Database(path: ":memory:")
        try Migrator.migrate(db, now: now)
        let own = try #require(try SchemaCheck.objects(db).first(where: \.isCode))
        let redefined = SchemaObject(type: own.type, name: own.name, sql: own.sql.map { $0 + " -- changed" })
        #expect(!SchemaCheck.isOwnCode(redefined, version: Schema.latestVersion))
        let renamed = SchemaObject(type: own.type, name: own.name + "_copy", sql: own.sql)
        #expect(!SchemaCheck.isOwnCode(renamed, version: Schema.latestVersion))
        #expect(!SchemaCheck.isOwnCode(own, version: 1), "v4's triggers are not v1's")
    }

    @Test func extraAndRedefinedObjectsAreTold() throws {
        let folder = TemporaryFolder()
        let path = folder.file("db.sqlite3")
        let store = try Store(path: path, content: SampleContent.bundle, now: now)
        try store.db.executeScript(
            #"""
            CREATE VIEW "odd ""name""" AS SELECT 1;
            CREATE TRIGGER t AFTER INSERT ON meta BEGIN SELECT 1; END;
            DROP INDEX cards_by_case; CREATE INDEX cards_by_case ON cards(due);
            """#)
        let difference = try SchemaCheck.compare(store.db)
        #expect(difference.extra.map(\.description) == ["view odd \"name\"", "trigger t"])
        #expect(difference.missing.map(\.description) == ["index cards_by_case"])
        #expect(difference.redefinedCode.isEmpty, "an index runs no code")
        #expect(throws: ForeignSchemaError.self) { try Store(path: path, content: SampleContent.bundle, now: now) }
        try SchemaCheck.drop(difference.extra, from: store.db)
        #expect(try SchemaCheck.compare(store.db).extra.isEmpty)
        _ = try Store(path: path, content: SampleContent.bundle, now: now)
    }

    @Test func aTriggerUnderMlsdsNameWithAnotherBodyIsForeignCode() throws {
        let folder = TemporaryFolder()
        let path = folder.file("db.sqlite3")
        let store = try Store(path: path, content: SampleContent.bundle, now: now)
        try store.db.executeScript(
            """
            DROP TRIGGER review_totals_on_insert;
            CREATE TRIGGER review_totals_on_insert AFTER INSERT ON review_log BEGIN DELETE FROM cards; END;
            """)
        let difference = try SchemaCheck.compare(store.db)
        #expect(difference.extra.isEmpty)
        #expect(difference.redefinedCode.map(\.description) == ["trigger review_totals_on_insert"])
        #expect(difference.foreignCode == difference.redefinedCode)
        #expect(throws: ForeignSchemaError.self) { try Store(path: path, content: SampleContent.bundle, now: now) }
        try SchemaCheck.replaceRedefinedCode(difference, in: store.db)
        #expect(try SchemaCheck.compare(store.db).isEmpty)
        _ = try Store(path: path, content: SampleContent.bundle, now: now)
    }
}
