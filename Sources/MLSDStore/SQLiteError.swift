internal import CSQLite

/// An SQLite result code. Extended codes (SQLITE_IOERR_WRITE, ...) keep their extra bits and
/// match the primary code they extend, so `case .ioError` covers every kind of I/O failure.
public struct ResultCode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: Int32

    public init(rawValue: Int32) { self.rawValue = rawValue }
    public init(_ rawValue: Int32) { self.rawValue = rawValue }

    /// The primary code, without the extended bits.
    public var primary: ResultCode { ResultCode(rawValue & 0xff) }

    public static let ok = ResultCode(SQLITE_OK)
    public static let error = ResultCode(SQLITE_ERROR)
    public static let busy = ResultCode(SQLITE_BUSY)
    public static let locked = ResultCode(SQLITE_LOCKED)
    public static let corrupt = ResultCode(SQLITE_CORRUPT)
    public static let notADatabase = ResultCode(SQLITE_NOTADB)
    public static let full = ResultCode(SQLITE_FULL)
    /// The operating system refused a read or write: a full disk, a file size limit, a failing drive.
    public static let ioError = ResultCode(SQLITE_IOERR)
    public static let cannotOpen = ResultCode(SQLITE_CANTOPEN)
    public static let permission = ResultCode(SQLITE_PERM)
    public static let readOnly = ResultCode(SQLITE_READONLY)
    public static let constraint = ResultCode(SQLITE_CONSTRAINT)
    public static let row = ResultCode(SQLITE_ROW)
    public static let done = ResultCode(SQLITE_DONE)

    /// A primary code matches itself and every extended code built on it; an extended code only itself.
    public static func ~= (pattern: ResultCode, code: ResultCode) -> Bool {
        pattern == code || (pattern == pattern.primary && pattern == code.primary)
    }

    /// Lets `catch ResultCode.busy, ResultCode.locked` catch the SQLite errors with those codes.
    public static func ~= (pattern: ResultCode, error: any Error) -> Bool {
        (error as? SQLiteError).map { pattern ~= $0.code } ?? false
    }

    public var description: String { String(rawValue) }
}

/// A failed SQLite call: the extended result code, SQLite's message, and what mlsd was doing.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    public let code: ResultCode
    public let message: String
    public let context: String

    public init(code: ResultCode, message: String, context: String) {
        self.code = code
        self.message = message
        self.context = context
    }

    public var description: String { "\(context): \(message) (SQLite error \(code))" }
}

/// Families of codes that call for the same answer to the user. Kept as one place that names them
/// for the callers that test an error after catching it rather than catching by code.
extension SQLiteError {
    public var isBusy: Bool { matches(.busy, .locked) }
    public var isNotADatabase: Bool { matches(.notADatabase, .corrupt) }
    public var isFull: Bool { matches(.full) }
    public var isIOError: Bool { matches(.ioError) }
    public var isCannotOpen: Bool { matches(.cannotOpen, .permission, .readOnly) }

    public func matches(_ codes: ResultCode...) -> Bool { codes.contains { $0 ~= code } }
}
