import Foundation

/// Why a backup was not restored; nothing was changed. `reason` follows the backup's path in a
/// sentence ("is not an SQLite database (…)").
public struct BackupRefused: Error, Sendable, Equatable {
    public var reason: String
}

/// What a restore did: where the replaced database went, and what was left out of the backup.
public struct RestoreReport: Sendable {
    /// The replaced database, kept aside; nil when there was none.
    public var previous: String?
    /// Objects the backup had that mlsd's schema does not define.
    public var dropped: [SchemaObject]
}

extension Store {
    /// Replaces the database at `target` with the backup at `source`: the backup is checked
    /// first, the current file is kept as '<target>.before-restore-<time>.bak', and the objects
    /// mlsd's schema does not define are dropped from what is restored (the backup is not changed).
    /// The caller opens the store afterwards, which migrates an older backup.
    public static func restore(from source: String, into target: String, now: Date) throws -> RestoreReport {
        let (backup, dropped) = try stage(try check(source))
        var previous: String?
        if FileManager.default.fileExists(atPath: target) {
            let aside = "\(target).before-restore-\(Int(now.timeIntervalSince1970)).bak"
            if let current = try? Database(path: target), (try? current.integrityCheck().isEmpty) == true {
                try current.backup(to: aside)
                try current.replaceContents(from: backup)
            } else {
                // The current file is damaged: move it (and its journal files) aside untouched.
                for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: target + suffix) {
                    try FileManager.default.moveItem(atPath: target + suffix, toPath: aside + suffix)
                }
                try Database(path: target).replaceContents(from: backup)
            }
            previous = aside
        } else {
            try Database(path: target).replaceContents(from: backup)
        }
        return RestoreReport(previous: previous, dropped: dropped)
    }

    /// Opens the backup read-only and refuses anything that is not a healthy mlsd database.
    static func check(_ path: String) throws -> Database {
        let db: Database
        do {
            db = try Database(path: path, readOnly: true)
        } catch let error as SQLiteError {
            throw BackupRefused(reason: "is not an SQLite database (\(error.message))")
        }
        let problems = try db.integrityCheck()
        guard problems.isEmpty else { throw BackupRefused(reason: "fails its integrity check (\(problems[0]))") }
        let version = try db.userVersion
        guard version <= schemaVersion else {
            throw BackupRefused(
                reason: "was written by a newer mlsd (schema \(version), this one knows up to \(schemaVersion))")
        }
        guard version > 0, try db.scalarInt("SELECT COUNT(*) FROM sqlite_master WHERE name = 'sessions'") == 1 else {
            throw BackupRefused(reason: "is an SQLite file but not an mlsd database")
        }
        let missing = try SchemaCheck.compare(db).missing
        guard missing.isEmpty else {
            throw BackupRefused(
                reason:
                    "is not a complete mlsd database (schema version \(version) "
                    + "lacks or redefines \(SchemaCheck.list(missing)))"
            )
        }
        return db
    }

    /// A copy of the backup in memory without the objects mlsd's schema does not define: a
    /// restored file is data, and a planted trigger or view must not come back with it.
    static func stage(_ backup: Database) throws -> (Database, [SchemaObject]) {
        let staged = try Database(path: ":memory:")
        try staged.replaceContents(from: backup)
        let extra = try SchemaCheck.compare(staged).extra
        try SchemaCheck.drop(extra, from: staged)
        return (staged, extra)
    }
}
