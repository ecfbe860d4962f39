import CSQLite
import Foundation

extension Database {
    /// Copies the whole database to `destination` with SQLite's online backup API, which gives a
    /// consistent snapshot even while another connection writes. The copy is created with mode 0600.
    public func backup(to destination: String) throws {
        if !FileManager.default.fileExists(atPath: destination) {
            let fd = open(destination, O_CREAT | O_RDWR | O_EXCL, 0o600)
            if fd >= 0 { close(fd) }
        }
        var target: OpaquePointer?
        var code = sqlite3_open_v2(destination, &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil)
        defer { sqlite3_close_v2(target) }
        guard code == SQLITE_OK, let target else {
            throw SQLiteError(code: code, message: target.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open", context: "creating backup \(destination)")
        }
        guard let backup = sqlite3_backup_init(target, "main", handle, "main") else {
            throw SQLiteError(code: sqlite3_extended_errcode(target), message: String(cString: sqlite3_errmsg(target)), context: "starting backup to \(destination)")
        }
        repeat {
            code = sqlite3_backup_step(backup, 256)
            if code == SQLITE_BUSY || code == SQLITE_LOCKED { sqlite3_sleep(20) }
        } while code == SQLITE_OK || code == SQLITE_BUSY || code == SQLITE_LOCKED
        let finish = sqlite3_backup_finish(backup)
        guard code == SQLITE_DONE, finish == SQLITE_OK else {
            throw SQLiteError(code: code == SQLITE_DONE ? finish : code, message: String(cString: sqlite3_errmsg(target)), context: "writing backup \(destination)")
        }
    }
}
