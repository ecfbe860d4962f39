import CSQLite
import Foundation

extension Database {
    /// Copies the whole database to a new file at `destination` with SQLite's online backup API,
    /// which gives a consistent snapshot even while another connection writes.
    public func backup(to destination: String) throws {
        guard !FileManager.default.fileExists(atPath: destination) else {
            throw SQLiteError(code: SQLITE_CANTOPEN, message: "file exists", context: "creating backup \(destination)")
        }
        let target = try Database(path: destination)
        try target.replaceContents(from: self)
        // A backup should be one self-contained file, not a file plus its write-ahead log.
        _ = try target.scalarString("PRAGMA journal_mode=DELETE")
    }

    /// Replaces every page of this database with those of `source`, in one step other
    /// connections see atomically; the schema version travels with the pages.
    public func replaceContents(from source: Database) throws {
        guard let backup = sqlite3_backup_init(handle, "main", source.handle, "main") else {
            throw error(sqlite3_errcode(handle), "starting copy from \(source.path)")
        }
        var code: Int32
        repeat {
            code = sqlite3_backup_step(backup, 256)
            if code == SQLITE_BUSY || code == SQLITE_LOCKED { sqlite3_sleep(20) }
        } while code == SQLITE_OK || code == SQLITE_BUSY || code == SQLITE_LOCKED
        let finish = sqlite3_backup_finish(backup)
        guard code == SQLITE_DONE, finish == SQLITE_OK else {
            throw SQLiteError(code: code == SQLITE_DONE ? finish : code, message: String(cString: sqlite3_errmsg(handle)),
                              context: "copying \(source.path) to \(path)")
        }
    }

    public func integrityCheck() throws -> [String] {
        try query("PRAGMA integrity_check") { $0.string(0) }.filter { $0 != "ok" }
    }
}
