import Foundation

/// The user's mlsd database, open, migrated and with built-in content current.
public final class Store {
    public let db: Database
    /// Where the pre-migration copy went, when opening upgraded an existing database.
    public private(set) var migrationBackup: String?

    public init(path: String, content: ContentBundle, now: Date) throws {
        // A full structural check reads every page (0.4 s at 180 MB), so it is left to `mlsd doctor`,
        // `backup` and `restore`; damage inside a page is reported when a command reads that page.
        try DatabaseFileCheck.run(at: path)
        let db = try Database(path: path)
        self.db = db
        // Before any write: a foreign trigger would fire on the migration's or the sync's writes.
        try SchemaCheck.refuseForeignCode(db)
        // Creating or upgrading a database is a long one-off write: another mlsd opening it
        // meanwhile waits for that to finish rather than give up after the usual five seconds.
        migrationBackup = try db.waiting(upTo: 60_000) { try Migrator.migrate(db, now: now) }
        try db.waiting(upTo: 60_000) { try ContentSync.synchronise(db, bundle: content, now: now) }
    }

    public var cases: CaseRepository { CaseRepository(db) }
    public var userCases: UserCaseRepository { UserCaseRepository(db) }
    public var settings: SettingsRepository { SettingsRepository(db) }
    public var cards: CardRepository { CardRepository(db) }
    public var sessions: SessionRepository { SessionRepository(db) }

    public static var schemaVersion: Int { Schema.latestVersion }
}
