import Foundation
import MLSDStore

/// `mlsd restore PATH`: replaces the database with a backup, after checking the backup and
/// keeping the current file aside.
enum RestoreCommand {
    static let spec = CommandSpec(
        name: "restore",
        abstract: "Replace the database with a backup.",
        discussion: "Checks the backup first (is it SQLite, does it pass integrity_check, is its schema one this mlsd knows), then keeps the current database as '<database>.before-restore-<time>.bak' before replacing it.",
        arguments: [ArgumentSpec(name: "path", help: "The backup file to restore.")],
        options: [.json],
        run: run
    )

    struct Report: Encodable {
        var restored: String
        var database: String
        var previous: String?
    }

    static func run(_ invocation: Invocation, _ context: Context) throws {
        let source = invocation.arguments[0]
        let target = try context.databasePath()
        guard FileManager.default.isReadableFile(atPath: source) else {
            throw CLIError("cannot read the backup \(source); check the path", code: .noInput)
        }
        let backup = try check(source)
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
        if invocation.json { return try context.printJSON(Report(restored: source, database: target, previous: previous)) }
        context.console.line("Restored \(source) into \(target).")
        if let previous { context.console.line("The database it replaced was kept as \(previous).") }
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
        return db
    }
}
