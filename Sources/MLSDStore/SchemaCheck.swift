import Foundation
import MLSDCore

/// One table, index, trigger or view in a database's schema.
public struct SchemaObject: Hashable, Sendable, CustomStringConvertible {
    public let type: String
    public let name: String
    let sql: String?

    /// The name comes from a file that may be hostile: its control characters are shown, not sent.
    public var description: String {
        "\(type) "
            + VisibleText.of(name).replacingOccurrences(of: "\n", with: "\u{240A}").replacingOccurrences(
                of: "\t", with: "\u{2409}")
    }
    /// Triggers and views are code: a trigger runs on mlsd's own writes, a view can pose as a table.
    public var isCode: Bool { type == "trigger" || type == "view" }
}

/// The database holds triggers or views mlsd did not write: under names of their own, or under
/// mlsd's names with another definition.
public struct ForeignSchemaError: Error, Sendable {
    public let objects: [SchemaObject]
}

/// How a database's schema differs from the one mlsd's own migrations create.
public struct SchemaDifference: Sendable {
    /// Objects mlsd's schema does not define.
    public var extra: [SchemaObject]
    /// Triggers and views under mlsd's names but with another definition, as found.
    public var redefinedCode: [SchemaObject]
    /// Objects mlsd's schema defines that are missing or defined differently, the latter first.
    public var missing: [SchemaObject]

    public var isEmpty: Bool { extra.isEmpty && missing.isEmpty }

    /// Code that would run on mlsd's writes and that mlsd did not write.
    public var foreignCode: [SchemaObject] { extra.filter(\.isCode) + redefinedCode }
}

/// A restored or foreign file is data, never code. The expected schema is not listed by hand: it
/// is what `Schema.migrations` create in an empty database, so a new migration needs no edit here.
public enum SchemaCheck {
    /// Compares `db` with the schema of its own version (an older file is judged by the schema
    /// it was written with, and migrated afterwards).
    public static func compare(_ db: Database) throws -> SchemaDifference {
        let version = min(try db.userVersion, Schema.latestVersion)
        let expected = try expectedObjects(version: version)
        let actual = try objects(db)
        let expectedNames = Set(expected.map { [$0.type, $0.name] })
        let actualNames = Set(actual.map { [$0.type, $0.name] })
        let missing = expected.filter { !actual.contains($0) }
        return SchemaDifference(
            extra: actual.filter { !expectedNames.contains([$0.type, $0.name]) },
            redefinedCode: actual.filter { $0.isCode && expectedNames.contains([$0.type, $0.name]) }
                .filter { !expected.contains($0) },
            missing: missing.filter { actualNames.contains([$0.type, $0.name]) }
                + missing.filter { !actualNames.contains([$0.type, $0.name]) })
    }

    /// Refuses to open a database holding triggers or views mlsd did not define: they would run
    /// on mlsd's next write. Refused rather than dropped so nothing changes a file without a backup.
    public static func refuseForeignCode(_ db: Database) throws {
        let found = try db.query("SELECT type, name, sql FROM sqlite_schema WHERE type IN ('trigger', 'view')") {
            SchemaObject(type: $0.string(0), name: $0.string(1), sql: $0.optionalString(2))
        }
        // Building the expected schema in memory costs more than the rest of a command's start:
        // it is skipped when every trigger and view is, word for word, one mlsd's migrations create.
        let version = try db.userVersion
        guard !found.allSatisfy({ isOwnCode($0, version: version) }) else { return }
        // A trigger keeping one of mlsd's names runs just the same as one under a name of its own.
        let code = try compare(db).foreignCode
        guard !code.isEmpty else { return }
        throw ForeignSchemaError(objects: code)
    }

    /// Whether `object` is a statement of the migrations up to `version`, as SQLite stores it
    /// ("CREATE TRIGGER name …" without its semicolon), under its own name. Triggers and views are
    /// only ever created by these statements, so one found verbatim is one the full comparison
    /// would expect; a migration that drops code would break that, and then the comparison decides.
    static func isOwnCode(_ object: SchemaObject, version: Int) -> Bool {
        guard let sql = object.sql else { return false }
        guard sql.utf8.starts(with: "CREATE \(object.type.uppercased()) \(object.name) ".utf8) else { return false }
        let statement = Data((sql + ";").utf8)
        let scripts = migrationScripts.prefix(min(max(version, 0), Schema.latestVersion))
        guard !scripts.contains(where: \.dropsCode) else { return false }
        return scripts.contains { $0.bytes.range(of: statement) != nil }
    }

    /// Each migration's text as bytes, and whether it drops a trigger or view: worked out once per
    /// process rather than once per object checked (it was the largest cost of opening a database).
    /// Searched as bytes: String's search would compare characters and cost more than the
    /// in-memory schema it spares.
    private static let migrationScripts: [(bytes: Data, dropsCode: Bool)] = Schema.migrations.map { script in
        let bytes = Data(script.utf8)
        return (
            bytes, bytes.range(of: Data("DROP TRIGGER".utf8)) != nil || bytes.range(of: Data("DROP VIEW".utf8)) != nil
        )
    }

    /// Drops `objects`: triggers and views first, so none of them runs while tables go.
    public static func drop(_ objects: [SchemaObject], from db: Database) throws {
        let ordered =
            objects.filter(\.isCode) + objects.filter { !$0.isCode && $0.type == "index" }
            + objects.filter { !$0.isCode && $0.type != "index" }
        try db.write {
            for object in ordered {
                // Dropping a table also drops its indexes and triggers; skip what is already gone.
                guard
                    try db.scalarInt(
                        "SELECT COUNT(*) FROM sqlite_schema WHERE type = ? AND name = ?",
                        [object.type, object.name]) == 1
                else { continue }
                try db.execute(
                    "DROP \(object.type.uppercased()) \"\(object.name.replacingOccurrences(of: "\"", with: "\"\""))\"")
            }
        }
    }

    /// Puts mlsd's own definitions back in place of the difference's redefined triggers and views,
    /// in one transaction. The definitions come from `missing`, which holds mlsd's version of each.
    public static func replaceRedefinedCode(_ difference: SchemaDifference, in db: Database) throws {
        try db.write {
            try drop(difference.redefinedCode, from: db)
            for object in difference.redefinedCode {
                let own = difference.missing.first { $0.type == object.type && $0.name == object.name }
                if let sql = own?.sql { try db.execute(sql) }
            }
        }
    }

    /// "trigger a, view b and 3 more": at most five names, so a message stays readable.
    public static func list(_ objects: [SchemaObject]) -> String {
        let shown = objects.prefix(5).map(\.description).joined(separator: ", ")
        return objects.count > 5 ? "\(shown) and \(objects.count - 5) more" : shown
    }

    static func objects(_ db: Database) throws -> [SchemaObject] {
        try db.query(
            "SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid"
        ) {
            SchemaObject(type: $0.string(0), name: $0.string(1), sql: $0.optionalString(2))
        }
    }

    static func expectedObjects(version: Int) throws -> [SchemaObject] {
        let memory = try Database(path: ":memory:")
        for migration in Schema.migrations.prefix(version) { try memory.executeScript(migration) }
        return try objects(memory)
    }
}
