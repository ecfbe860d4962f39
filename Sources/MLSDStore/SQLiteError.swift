import CSQLite

/// A failed SQLite call: the extended result code, SQLite's message, and what mlsd was doing.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    public let code: Int32
    public let message: String
    public let context: String

    public init(code: Int32, message: String, context: String) {
        self.code = code
        self.message = message
        self.context = context
    }

    /// The primary result code (SQLITE_BUSY, SQLITE_NOTADB, ...), without the extended bits.
    public var primaryCode: Int32 { code & 0xff }

    public var isBusy: Bool { primaryCode == SQLITE_BUSY || primaryCode == SQLITE_LOCKED }
    public var isNotADatabase: Bool { primaryCode == SQLITE_NOTADB || primaryCode == SQLITE_CORRUPT }
    public var isFull: Bool { primaryCode == SQLITE_FULL }
    /// The operating system refused a read or write: a full disk, a file size limit, a failing drive.
    public var isIOError: Bool { primaryCode == SQLITE_IOERR }
    public var isCannotOpen: Bool { primaryCode == SQLITE_CANTOPEN || primaryCode == SQLITE_PERM || primaryCode == SQLITE_READONLY }

    public var description: String { "\(context): \(message) (SQLite error \(code))" }
}
