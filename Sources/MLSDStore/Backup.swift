internal import CSQLite
import Foundation

extension Database {
    /// Copies the whole database to a new file at `destination`, which must not exist.
    public func backup(to destination: String) throws {
        _ = try backup(toFirstFreeOf: [destination])
    }

    /// Copies the whole database to `stem + suffix`, or `stem-2 + suffix`, `stem-3 + suffix`…
    /// whichever is free first, and returns that path: names taken in the same second by other
    /// mlsd processes are never reused or overwritten.
    public func backup(toNewFile stem: String, suffix: String) throws -> String {
        try backup(toFirstFreeOf: [stem + suffix] + (2...999).map { "\(stem)-\($0)\(suffix)" })
    }

    /// Writes the copy under a temporary name and only then links it to the first free name: a
    /// process killed midway leaves a '.partial' file, never a partial backup under a name that
    /// blocks the next run or that a user could restore. The link fails rather than overwrites.
    private func backup(toFirstFreeOf names: [String]) throws -> String {
        let temporary = "\(names[0]).partial-\(getpid())"
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(temporary + suffix) }
        defer { unlink(temporary) }
        do {
            let target = try Database(path: temporary)
            try target.replaceContents(from: self)
            // A backup should be one self-contained file, not a file plus its write-ahead log.
            _ = try target.scalarString("PRAGMA journal_mode=DELETE")
        }
        for name in names {
            if link(temporary, name) == 0 { return name }
            guard errno == EEXIST else {
                throw SQLiteError(
                    code: .cannotOpen, message: String(cString: strerror(errno)), context: "creating backup \(name)")
            }
        }
        throw SQLiteError(code: .cannotOpen, message: "file exists", context: "creating backup \(names[0])")
    }

    /// Replaces every page of this database with those of `source`, in one step other
    /// connections see atomically; the schema version travels with the pages.
    public func replaceContents(from source: Database) throws {
        guard let backup = sqlite3_backup_init(handle, "main", source.handle, "main") else {
            throw error(sqlite3_errcode(handle), "starting copy from \(source.path)")
        }
        var code: ResultCode
        repeat {
            code = ResultCode(sqlite3_backup_step(backup, 256))
            if code == .busy || code == .locked { sqlite3_sleep(20) }
        } while code == .ok || code == .busy || code == .locked
        let finish = ResultCode(sqlite3_backup_finish(backup))
        guard code == .done, finish == .ok else {
            throw SQLiteError(
                code: code == .done ? finish : code, message: String(cString: sqlite3_errmsg(handle)),
                context: "copying \(source.path) to \(path)")
        }
    }

    public func integrityCheck() throws -> [String] {
        try query("PRAGMA integrity_check") { $0.string(0) }.filter { $0 != "ok" }
    }
}
