internal import CSQLite
import Foundation

/// One connection to an SQLite file, configured the way mlsd relies on: WAL, foreign keys,
/// a busy timeout so a second mlsd waits instead of failing, extended result codes.
public final class Database {
    let handle: OpaquePointer
    public let path: String
    let busyTimeout: Int32
    private var statements: [String: Statement] = [:]
    private var transactionDepth = 0

    /// Opens (creating with mode 0600 if missing) the database at `path`. A read-only connection
    /// never creates or changes the file, so it is safe on a file the user only wants checked.
    public init(path: String, busyTimeout: Int32 = 5000, readOnly: Bool = false) throws {
        self.path = path
        self.busyTimeout = busyTimeout
        if readOnly, !FileManager.default.fileExists(atPath: path) {
            throw SQLiteError(code: .cannotOpen, message: "no such file", context: "opening \(path)")
        }
        if !readOnly, path != ":memory:", !FileManager.default.fileExists(atPath: path) {
            // SQLite would create the file with the umask's mode; the user's history is private.
            let fd = open(path, O_CREAT | O_RDWR | O_EXCL, 0o600)
            if fd >= 0 { close(fd) }
        }
        var db: OpaquePointer?
        let flags =
            readOnly
            ? SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX
            : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let code = sqlite3_open_v2(path, &db, flags, nil)
        guard code == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close_v2(db)
            throw SQLiteError(code: ResultCode(code), message: message, context: "opening \(path)")
        }
        handle = db
        sqlite3_extended_result_codes(db, 1)
        sqlite3_busy_timeout(db, busyTimeout)
        do {
            if readOnly {
                // Reading the schema is the first access that tells whether this is SQLite at all.
                _ = try scalarInt("SELECT COUNT(*) FROM sqlite_master")
                return
            }
            let mode = try scalarString("PRAGMA journal_mode=WAL")
            if mode?.lowercased() != "wal", path != ":memory:" {
                throw SQLiteError(
                    code: .error, message: "journal_mode is \(mode ?? "unknown"), not wal", context: "opening \(path)")
            }
            try execute("PRAGMA synchronous=NORMAL")
            try execute("PRAGMA foreign_keys=ON")
        } catch {
            statements.removeAll()
            sqlite3_close_v2(db)
            throw error
        }
    }

    deinit {
        statements.removeAll()
        sqlite3_close_v2(handle)
    }

    func error(_ code: Int32, _ context: String) -> SQLiteError {
        SQLiteError(
            code: ResultCode(sqlite3_extended_errcode(handle)), message: String(cString: sqlite3_errmsg(handle)),
            context: context)
    }

    /// A cached prepared statement, with its parameters bound.
    public func statement(_ sql: String, _ arguments: [any SQLBindable] = []) throws -> Statement {
        let statement: Statement
        if let cached = statements[sql] {
            statement = cached
        } else {
            statement = try Statement(database: self, sql: sql)
            statements[sql] = statement
        }
        try statement.bind(arguments)
        return statement
    }

    public func execute(_ sql: String, _ arguments: [any SQLBindable] = []) throws {
        try statement(sql, arguments).forEachRow { _ in }
    }

    /// Runs several statements without parameters (schema scripts).
    public func executeScript(_ sql: String) throws {
        let code = sqlite3_exec(handle, sql, nil, nil, nil)
        guard code == SQLITE_OK else { throw error(code, "running script") }
    }

    public func query<T>(_ sql: String, _ arguments: [any SQLBindable] = [], _ map: (Row) throws -> T) throws -> [T] {
        var rows: [T] = []
        try statement(sql, arguments).forEachRow { rows.append(try map($0)) }
        return rows
    }

    public func first<T>(_ sql: String, _ arguments: [any SQLBindable] = [], _ map: (Row) throws -> T) throws -> T? {
        try statement(sql, arguments).firstRow(map)
    }

    public func scalarInt(_ sql: String, _ arguments: [any SQLBindable] = []) throws -> Int? {
        try first(sql, arguments) { $0.optionalInt(0) } ?? nil
    }

    public func scalarString(_ sql: String, _ arguments: [any SQLBindable] = []) throws -> String? {
        try first(sql, arguments) { $0.optionalString(0) } ?? nil
    }

    /// Runs `body` waiting up to `milliseconds` for another connection's lock instead of the usual timeout.
    public func waiting<T>(upTo milliseconds: Int32, _ body: () throws -> T) rethrows -> T {
        sqlite3_busy_timeout(handle, milliseconds)
        defer { sqlite3_busy_timeout(handle, busyTimeout) }
        return try body()
    }

    public var lastInsertRowID: Int { Int(sqlite3_last_insert_rowid(handle)) }
    public var changes: Int { Int(sqlite3_changes(handle)) }

    /// Runs `body` in `BEGIN IMMEDIATE … COMMIT`, rolling back if it throws. Taking the write lock
    /// up front means a concurrent writer waits on the busy timeout instead of failing mid-way.
    /// Nested calls join the outer transaction.
    public func write<T>(_ body: () throws -> T) throws -> T {
        try transaction("BEGIN IMMEDIATE", body)
    }

    /// Runs `body` in a read transaction, so that several queries see one snapshot.
    public func read<T>(_ body: () throws -> T) throws -> T {
        try transaction("BEGIN DEFERRED", body)
    }

    private func transaction<T>(_ begin: String, _ body: () throws -> T) throws -> T {
        if transactionDepth > 0 { return try body() }
        try execute(begin)
        transactionDepth += 1
        defer { transactionDepth -= 1 }
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    public var userVersion: Int {
        get throws { try scalarInt("PRAGMA user_version") ?? 0 }
    }
}
