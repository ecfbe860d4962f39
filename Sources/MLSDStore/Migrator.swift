import Foundation

/// The database was written by a newer mlsd, whose schema this binary does not know.
public struct SchemaTooNewError: Error, Sendable {
    public let found: Int
    public let supported: Int
}

/// Brings a database up to the latest schema in one immediate transaction, after copying a
/// non-empty database aside so a failed upgrade can never cost the user their history.
public enum Migrator {
    /// Returns the path of the backup taken, if one was needed.
    @discardableResult
    public static func migrate(_ db: Database, migrations: [String] = Schema.migrations, now: Date) throws -> String? {
        let latest = migrations.count
        guard try isBehind(db, latest) else { return nil }
        return try db.write {
            // Of several mlsd opening an old database at once, one migrates while holding the
            // write lock; the others wait for it here, then find nothing left to do.
            guard try isBehind(db, latest) else { return nil }
            let current = try db.userVersion
            var backup: String?
            if current > 0 {
                // From a second connection: this one holds the write lock, and SQLite does not
                // copy from a connection in a write transaction. It sees the last commit.
                backup = try Database(path: db.path, readOnly: true)
                    .backup(toNewFile: "\(db.path).before-v\(latest)-\(Int(now.timeIntervalSince1970))", suffix: ".bak")
            }
            for version in (current + 1)...latest {
                try db.executeScript(migrations[version - 1])
                try checkForeignKeys(db, version)
            }
            try db.execute("PRAGMA user_version = \(latest)")
            return backup
        }
    }

    /// SQLite checks a foreign key only when a row is written, and a migration that rebuilds a
    /// table can leave rows pointing at nothing; such an upgrade is rolled back, never committed.
    private static func checkForeignKeys(_ db: Database, _ version: Int) throws {
        let dangling = try db.query("PRAGMA foreign_key_check") {
            "\($0.string(0)) row \($0.int(1)) -> \($0.string(2))"
        }
        guard !dangling.isEmpty else { return }
        throw SQLiteError(
            code: .constraint,
            message:
                "\(dangling.count) rows refer to rows that do not exist "
                + "(\(dangling.prefix(3).joined(separator: ", ")))",
            context: "upgrading \(db.path) to schema v\(version)")
    }

    private static func isBehind(_ db: Database, _ latest: Int) throws -> Bool {
        let current = try db.userVersion
        if current > latest { throw SchemaTooNewError(found: current, supported: latest) }
        return current < latest
    }
}
