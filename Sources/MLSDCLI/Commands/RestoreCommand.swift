import Foundation
import MLSDStore

/// `mlsd restore PATH`: replaces the database with a backup, after checking the backup and
/// keeping the current file aside.
enum RestoreCommand {
    static let spec = CommandSpec(
        name: "restore",
        abstract: "Replace the database with a backup.",
        discussion: "Checks the backup first (is it SQLite, does it pass integrity_check, is its schema a complete one this mlsd knows), then keeps the current database as '<database>.before-restore-<time>.bak' before replacing it. Triggers, views, tables and indexes that mlsd's schema does not define are dropped from the restored copy (the backup file is not changed), and named.",
        arguments: [ArgumentSpec(name: "path", help: "The backup file to restore.")],
        options: [.json],
        run: run
    )

    struct Report: Encodable {
        var restored: String
        var database: String
        var previous: String?
        var dropped: [String]
    }

    static func run(_ invocation: Invocation, _ context: Context) throws {
        let source = invocation.arguments[0]
        let target = try context.databasePath()
        guard FileManager.default.isReadableFile(atPath: source) else {
            throw CLIError("cannot read the backup \(source); check the path", code: .noInput)
        }
        let (backup, dropped) = try stage(try check(source))
        try DatabasePath.prepareFolder(for: target)
        let stamp = Int(context.now.timeIntervalSince1970)
        var previous: String?
        if FileManager.default.fileExists(atPath: target) {
            let aside = "\(target).before-restore-\(stamp).bak"
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
        // Opening through the store migrates an older backup and brings content up to date.
        _ = try context.store()
        if invocation.json { return try context.printJSON(Report(restored: source, database: target, previous: previous,
                                                                    dropped: dropped.map(\.description))) }
        context.console.line("Restored \(source) into \(target).")
        if let previous { context.console.line("The database it replaced was kept as \(previous).") }
        if !dropped.isEmpty {
            context.console.line("Not restored, as mlsd's schema does not define them: \(dropped.map(\.description).joined(separator: ", ")).")
        }
    }

    /// Opens the backup read-only and refuses anything that is not a healthy mlsd database.
    static func check(_ path: String) throws -> Database {
        let db: Database
        do {
            db = try Database(path: path, readOnly: true)
        } catch let error as SQLiteError {
            throw CLIError("\(path) is not an SQLite database (\(error.message)); nothing was changed", code: .dataError)
        }
        let problems = try db.integrityCheck()
        guard problems.isEmpty else {
            throw CLIError("\(path) fails its integrity check (\(problems[0])); nothing was changed", code: .dataError)
        }
        let version = try db.userVersion
        guard version <= Store.schemaVersion else {
            throw CLIError("\(path) was written by a newer mlsd (schema \(version), this one knows up to \(Store.schemaVersion)); nothing was changed", code: .dataError)
        }
        guard version > 0, try db.scalarInt("SELECT COUNT(*) FROM sqlite_master WHERE name = 'sessions'") == 1 else {
            throw CLIError("\(path) is an SQLite file but not an mlsd database; nothing was changed", code: .dataError)
        }
        let missing = try SchemaCheck.compare(db).missing
        guard missing.isEmpty else {
            throw CLIError("\(path) is not a complete mlsd database (schema version \(version) lacks or redefines \(SchemaCheck.list(missing))); nothing was changed", code: .dataError)
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
