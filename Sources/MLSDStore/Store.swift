import CSQLite
import Foundation

/// The user's mlsd database, open, migrated and with built-in content current.
public final class Store {
    public let db: Database
    /// Where the pre-migration copy went, when opening upgraded an existing database.
    public private(set) var migrationBackup: String?

    public init(path: String, content: ContentBundle, now: Date) throws {
        // A truncated file would have SQLite write past a hole; refuse it before anything is written.
        // A full structural check reads every page (0.4 s at 180 MB), so it is left to `mlsd doctor`,
        // `backup` and `restore`; damage inside a page is reported when a command reads that page.
        // The header is read before SQLite opens the file: closing another descriptor of an open
        // database drops this process's POSIX locks on it, and another connection closing then
        // believes it is the last one and deletes the WAL this connection is still writing to.
        if let problem = DatabaseFileHeader.problem(at: path) {
            throw SQLiteError(code: SQLITE_CORRUPT, message: problem, context: "checking \(path)")
        }
        db = try Database(path: path)
        migrationBackup = try Migrator.migrate(db, now: now)
        try SchemaCheck.refuseForeignCode(db)
        try ContentSync.synchronise(db, bundle: content, now: now)
    }

    public var cases: CaseRepository { CaseRepository(db) }
    public var userCases: UserCaseRepository { UserCaseRepository(db) }
    public var settings: SettingsRepository { SettingsRepository(db) }
    public var cards: CardRepository { CardRepository(db) }
    public var sessions: SessionRepository { SessionRepository(db) }

    public static var schemaVersion: Int { Schema.latestVersion }
}
