import Foundation

/// A file mlsd refuses to open for writing; it was left exactly as it was.
public enum DatabaseFileError: Error, Sendable {
    /// Damage confirmed by SQLite itself, not guessed from the file's size.
    case damaged(String)
    /// A valid SQLite database made by another application.
    case foreign(String)
}

/// Decides, before anything is written, whether mlsd may open a file for writing: not damaged,
/// made by mlsd (or new), and of a schema this mlsd knows. Opening for writing switches the file
/// to WAL and migrates it, so another application's file or a newer mlsd's is refused here.
public enum DatabaseFileCheck {
    public static func run(at path: String) throws {
        // The header is read before SQLite opens the file: closing another descriptor of an open
        // database drops this process's POSIX locks on it, and another connection closing then
        // believes it is the last one and deletes the WAL this connection is still writing to.
        let shortfall: String?
        switch DatabaseFileHeader.read(at: path) {
        case .new: return
        case .notADatabase(let problem): throw DatabaseFileError.damaged(problem)
        case .sqlite(let short): shortfall = short
        }
        do {
            try inspect(path, confirming: shortfall)
        } catch let error as SQLiteError where error.isNotADatabase {
            throw DatabaseFileError.damaged(
                shortfall.map { "\($0); SQLite confirms: \(error.message)" } ?? error.message)
        }
    }

    private static func inspect(_ path: String, confirming shortfall: String?) throws {
        let db = try Database(path: path, readOnly: true)
        try db.read {
            if let shortfall {
                // Seen while another mlsd checkpoints: the missing pages are still in the log.
                // Only SQLite, reading through the log at this moment, can confirm a truncation.
                if let problem = try db.query("PRAGMA quick_check", [], { $0.string(0) }).first(where: { $0 != "ok" }) {
                    throw DatabaseFileError.damaged("\(shortfall); quick_check: \(problem)")
                }
            }
            let tables = Set(try db.query("SELECT name FROM sqlite_master WHERE type = 'table'") { $0.string(0) })
            let version = try db.userVersion
            if tables.isEmpty, version == 0 { return }
            guard version > 0, tables.isSuperset(of: ["meta", "settings", "sessions"]) else {
                throw DatabaseFileError.foreign(
                    "an SQLite database without mlsd's tables (\(tables.count) tables, user_version \(version))")
            }
            if version > Schema.latestVersion {
                throw SchemaTooNewError(found: version, supported: Schema.latestVersion)
            }
        }
    }
}
