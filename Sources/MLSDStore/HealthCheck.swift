import Foundation
import MLSDCore

/// One thing `mlsd doctor` looked at.
public struct HealthFinding: Codable, Sendable, Equatable {
    public enum Status: String, Codable, Sendable { case ok, warning, failure }
    public var check: String
    public var status: Status
    public var detail: String
    /// What `--repair` would do, or what the user should do; empty when nothing is needed.
    public var fix: String
    public var repairable: Bool
}

/// Checks a database for what can go wrong in the field: damage, broken references, settings
/// that no longer validate, content out of date, and loose file modes.
public struct HealthCheck {
    let db: Database
    let contentHash: String

    public init(db: Database, contentHash: String) {
        self.db = db
        self.contentHash = contentHash
    }

    public func run() throws -> [HealthFinding] {
        var findings: [HealthFinding] = []
        let problems: [String]
        do {
            problems = try db.integrityCheck()
        } catch let error as SQLiteError where error.isNotADatabase {
            // Damage bad enough to stop the check itself: nothing else can be trusted either.
            return [
                HealthFinding(
                    check: "integrity", status: .failure, detail: error.message,
                    fix: "restore a backup with 'mlsd restore PATH'", repairable: false)
            ]
                + fileModes() + [freeSpace()]
        }
        findings.append(
            problems.isEmpty
                ? ok("integrity", "integrity_check: ok")
                : HealthFinding(
                    check: "integrity", status: .failure, detail: problems.prefix(3).joined(separator: "; "),
                    fix: "restore a backup with 'mlsd restore PATH'", repairable: false))
        let foreign = try db.query("PRAGMA foreign_key_check") { "\($0.string(0)) row \($0.int(1))" }
        findings.append(
            foreign.isEmpty
                ? ok("foreign-keys", "foreign_key_check: ok")
                : HealthFinding(
                    check: "foreign-keys", status: .failure,
                    detail:
                        "\(foreign.count) rows point at missing rows (\(foreign.prefix(3).joined(separator: ", ")))",
                    fix:
                        "re-attach answers whose session is gone (or keep them in a file), "
                        + "delete derived rows that point nowhere; sessions are kept",
                    repairable: true))
        findings.append(try valuesOutOfRange())
        let version = try db.userVersion
        let schema = try SchemaCheck.compare(db)
        // Redefined triggers and views are the objects check's: repair puts mlsd's own back.
        let lacking = schema.missing.filter { own in
            !schema.redefinedCode.contains { $0.type == own.type && $0.name == own.name }
        }
        findings.append(
            version != Schema.latestVersion
                ? HealthFinding(
                    check: "schema", status: .failure,
                    detail: "schema version \(version), expected \(Schema.latestVersion)",
                    fix: "run any mlsd command to migrate", repairable: false)
                : !lacking.isEmpty
                    ? HealthFinding(
                        check: "schema", status: .failure,
                        detail: "schema version \(version), but it lacks or redefines \(SchemaCheck.list(lacking))",
                        fix: "restore a backup with 'mlsd restore PATH'", repairable: false)
                    : ok("schema", "schema version \(version)"))
        findings.append(Self.objects(schema.extra, redefinedCode: schema.redefinedCode))
        let current = try ContentSync.isCurrent(db, hash: contentHash)
        findings.append(
            current
                ? ok("content", "built-in content is current")
                : HealthFinding(
                    check: "content", status: .warning, detail: "built-in content differs from this build",
                    fix: "re-synchronise built-in content", repairable: true))
        let orphans = try orphanCards()
        findings.append(
            orphans == 0
                ? ok("orphans", "every card refers to an existing rubric point")
                : HealthFinding(
                    check: "orphans", status: .warning,
                    detail: "\(orphans) cards refer to rubric points that do not exist",
                    fix: "delete those cards", repairable: true))
        let invalid = try invalidSettings()
        findings.append(
            invalid.isEmpty
                ? ok("settings", "every stored setting is valid")
                : HealthFinding(
                    check: "settings", status: .warning,
                    detail: "invalid stored values: \(invalid.joined(separator: ", ")) (defaults are used)",
                    fix: "reset them to their defaults", repairable: true))
        findings.append(contentsOf: fileModes())
        findings.append(freeSpace())
        return findings
    }

    /// Applies the repairs that cannot lose anything the user wrote.
    /// Returns the file orphaned answers were kept in, when some had to leave the database.
    @discardableResult
    public func repair(_ findings: [HealthFinding], now: Date, content: ContentBundle) throws -> String? {
        let wanted = Set(findings.filter { $0.status != .ok && $0.repairable }.map(\.check))
        // Foreign code goes first: a planted trigger would otherwise run on the repairs below.
        if wanted.contains("objects") {
            let schema = try SchemaCheck.compare(db)
            try SchemaCheck.drop(schema.extra.filter { $0.type != "table" }, from: db)
            try SchemaCheck.replaceRedefinedCode(schema, in: db)
        }
        // Only the file: its folder may be shared on purpose, and mlsd creates its own with 700.
        if wanted.contains("modes") { chmod(db.path, 0o600) }
        var keptAside: String?
        try db.write {
            if wanted.contains("foreign-keys") {
                keptAside = try OrphanedAnswers.repair(db, now: now)
                // What remains is derived from content or history; sessions are kept, as deleting
                // one would delete its answers with it.
                for (table, rowid) in try db.query("PRAGMA foreign_key_check", [], { ($0.string(0), $0.int(1)) }) {
                    guard ["point_results", "cards", "review_log", "steps", "points"].contains(table) else { continue }
                    try db.execute("DELETE FROM \(table) WHERE rowid = ?", [rowid])
                }
            }
            if wanted.contains("orphans") {
                try db.execute(
                    """
                    DELETE FROM cards WHERE kind = 'point' AND NOT EXISTS
                        (SELECT 1 FROM points p WHERE p.case_id = cards.case_id AND p.point_id = cards.point_id)
                    """)
            }
            if wanted.contains("settings") {
                for key in try invalidSettings() { try db.execute("DELETE FROM settings WHERE key = ?", [key]) }
            }
            if wanted.contains("content") {
                try db.execute("DELETE FROM meta WHERE key = ?", [ContentSync.hashKey])
            }
        }
        if wanted.contains("content") { try ContentSync.synchronise(db, bundle: content, now: now) }
        return keptAside
    }

    private func ok(_ check: String, _ detail: String) -> HealthFinding {
        HealthFinding(check: check, status: .ok, detail: detail, fix: "", repairable: false)
    }

    private func orphanCards() throws -> Int {
        try db.scalarInt(
            """
            SELECT COUNT(*) FROM cards WHERE kind = 'point' AND NOT EXISTS
                (SELECT 1 FROM points p WHERE p.case_id = cards.case_id AND p.point_id = cards.point_id)
            """) ?? 0
    }

    private func invalidSettings() throws -> [String] {
        try db.query("SELECT key, value FROM settings ORDER BY key") { ($0.string(0), $0.string(1)) }
            .filter { key, value in
                guard let setting = SettingKey(rawValue: key) else { return true }
                return (try? setting.canonical(value)) == nil
            }
            .map(\.0)
    }

    private func fileModes() -> [HealthFinding] {
        let folder = (db.path as NSString).deletingLastPathComponent
        let fileMode = Self.mode(db.path), folderMode = Self.mode(folder.isEmpty ? "." : folder)
        let detail = String(format: "file %o, folder %o", fileMode, folderMode)
        let file =
            fileMode & 0o077 != 0
            ? HealthFinding(
                check: "modes", status: .warning, detail: detail + " (others can read your history)",
                fix: "set the file to 600", repairable: true)
            : ok("modes", detail)
        // A folder others may write to, without the sticky bit, lets them replace the database.
        // It is reported, never changed: mlsd creates its own folder with 700, so this one is the user's.
        guard folderMode & 0o022 != 0, folderMode & Int(S_ISVTX) == 0 else { return [file] }
        return [
            file,
            HealthFinding(
                check: "folder", status: .warning,
                detail: "folder \(folder) is writable by others (others can replace the database)",
                fix: "chmod 700 '\(folder)' if only you use it, or keep the database in a private folder",
                repairable: false),
        ]
    }

    private static func mode(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_mode) & 0o7777 : 0
    }

    /// Objects mlsd's schema does not define. Triggers and views are code that would run on
    /// mlsd's writes; repair drops them and foreign indexes, and keeps foreign tables (their rows
    /// may be someone's).
    static func objects(_ extra: [SchemaObject], redefinedCode: [SchemaObject]) -> HealthFinding {
        guard !extra.isEmpty || !redefinedCode.isEmpty else {
            return HealthFinding(
                check: "objects", status: .ok, detail: "no tables, indexes, triggers or views beyond mlsd's schema",
                fix: "", repairable: false)
        }
        let droppable = extra.contains { $0.type != "table" }
        let keptTables = extra.contains { $0.type == "table" }
        let fixes = [
            droppable ? "drop the triggers, views and indexes" : nil,
            redefinedCode.isEmpty ? nil : "put back mlsd's own definitions",
            keptTables ? "a table mlsd did not define is kept: drop it with sqlite3 if you do not need it" : nil,
        ]
        let details = [
            extra.isEmpty ? nil : "not part of mlsd's schema: \(SchemaCheck.list(extra))",
            redefinedCode.isEmpty ? nil : "defined otherwise than mlsd's: \(SchemaCheck.list(redefinedCode))",
        ]
        return HealthFinding(
            check: "objects", status: extra.contains(where: \.isCode) || !redefinedCode.isEmpty ? .failure : .warning,
            detail: details.compactMap { $0 }.joined(separator: "; "),
            fix: fixes.compactMap { $0 }.joined(separator: "; "),
            repairable: droppable || !redefinedCode.isEmpty)
    }

    private func freeSpace() -> HealthFinding {
        let folder = (db.path as NSString).deletingLastPathComponent
        let free =
            (try? FileManager.default.attributesOfFileSystem(forPath: folder.isEmpty ? "." : folder)[.systemFreeSize]
                as? Int) ?? 0
        let megabytes = free / 1_048_576
        return megabytes < 50
            ? HealthFinding(
                check: "disk", status: .warning, detail: "\(megabytes) MB free", fix: "free some disk space",
                repairable: false)
            : ok("disk", "\(megabytes) MB free")
    }
}
