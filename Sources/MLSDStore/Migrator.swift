import Foundation

/// The database was written by a newer mlsd, whose schema this binary does not know.
public struct SchemaTooNewError: Error, Sendable {
    public let found: Int
    public let supported: Int
}

/// Brings a database up to the latest schema, one migration per immediate transaction, after
/// copying a non-empty database aside so a failed upgrade can never cost the user their history.
public enum Migrator {
    /// Returns the path of the backup taken, if one was needed.
    @discardableResult
    public static func migrate(_ db: Database, migrations: [String] = Schema.migrations, now: Date) throws -> String? {
        let current = try db.userVersion
        let latest = migrations.count
        if current > latest { throw SchemaTooNewError(found: current, supported: latest) }
        guard current < latest else { return nil }
        var backupPath: String?
        if current > 0 {
            let stamp = Int(now.timeIntervalSince1970)
            let path = "\(db.path).before-v\(latest)-\(stamp).bak"
            try db.backup(to: path)
            backupPath = path
        }
        for version in (current + 1)...latest {
            try db.write {
                // Re-read inside the write lock: another mlsd may have migrated meanwhile.
                guard try db.userVersion < version else { return }
                try db.executeScript(migrations[version - 1])
                try db.execute("PRAGMA user_version = \(version)")
            }
        }
        return backupPath
    }
}
