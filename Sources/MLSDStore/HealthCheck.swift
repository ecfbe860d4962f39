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
            return [HealthFinding(check: "integrity", status: .failure, detail: error.message,
                                  fix: "restore a backup with 'mlsd restore PATH'", repairable: false)]
                + fileModes() + [freeSpace()]
        }
        findings.append(problems.isEmpty
            ? ok("integrity", "integrity_check: ok")
            : HealthFinding(check: "integrity", status: .failure, detail: problems.prefix(3).joined(separator: "; "),
                            fix: "restore a backup with 'mlsd restore PATH'", repairable: false))
        let foreign = try db.query("PRAGMA foreign_key_check") { "\($0.string(0)) row \($0.int(1))" }
        findings.append(foreign.isEmpty ? ok("foreign-keys", "foreign_key_check: ok")
            : HealthFinding(check: "foreign-keys", status: .failure, detail: "\(foreign.count) rows point at missing rows (\(foreign.prefix(3).joined(separator: ", ")))",
                            fix: "delete the rows that point nowhere", repairable: true))
        findings.append(try valuesOutOfRange())
        let version = try db.userVersion
        findings.append(version == Schema.latestVersion ? ok("schema", "schema version \(version)")
            : HealthFinding(check: "schema", status: .failure, detail: "schema version \(version), expected \(Schema.latestVersion)",
                            fix: "run any mlsd command to migrate", repairable: false))
        let current = try ContentSync.isCurrent(db, hash: contentHash)
        findings.append(current ? ok("content", "built-in content is current")
            : HealthFinding(check: "content", status: .warning, detail: "built-in content differs from this build",
                            fix: "re-synchronise built-in content", repairable: true))
        let orphans = try orphanCards()
        findings.append(orphans == 0 ? ok("orphans", "every card refers to an existing rubric point")
            : HealthFinding(check: "orphans", status: .warning, detail: "\(orphans) cards refer to rubric points that do not exist",
                            fix: "delete those cards", repairable: true))
        let invalid = try invalidSettings()
        findings.append(invalid.isEmpty ? ok("settings", "every stored setting is valid")
            : HealthFinding(check: "settings", status: .warning, detail: "invalid stored values: \(invalid.joined(separator: ", ")) (defaults are used)",
                            fix: "reset them to their defaults", repairable: true))
        findings.append(contentsOf: fileModes())
        findings.append(freeSpace())
        return findings
    }

    /// Applies the repairs that cannot lose anything the user wrote.
    public func repair(_ findings: [HealthFinding], now: Date, content: ContentBundle) throws {
        let wanted = Set(findings.filter { $0.status != .ok && $0.repairable }.map(\.check))
        if wanted.contains("modes") {
            chmod(db.path, 0o600)
            chmod((db.path as NSString).deletingLastPathComponent, 0o700)
        }
        try db.write {
            if wanted.contains("foreign-keys") {
                for (table, rowid) in try db.query("PRAGMA foreign_key_check", [], { ($0.string(0), $0.int(1)) }) {
                    guard ["answers", "point_results", "cards", "review_log", "sessions", "steps", "points"].contains(table) else { continue }
                    try db.execute("DELETE FROM \(table) WHERE rowid = ?", [rowid])
                }
            }
            if wanted.contains("orphans") {
                try db.execute("""
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
    }

    private func ok(_ check: String, _ detail: String) -> HealthFinding {
        HealthFinding(check: check, status: .ok, detail: detail, fix: "", repairable: false)
    }

    private func orphanCards() throws -> Int {
        try db.scalarInt("""
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
        let fileMode = (try? FileManager.default.attributesOfItem(atPath: db.path)[.posixPermissions] as? Int) ?? 0
        let folderMode = (try? FileManager.default.attributesOfItem(atPath: folder)[.posixPermissions] as? Int) ?? 0
        let loose = (fileMode & 0o077) != 0 || (folderMode & 0o077) != 0
        let detail = String(format: "file %o, folder %o", fileMode, folderMode)
        return [loose
            ? HealthFinding(check: "modes", status: .warning, detail: detail + " (others can read your history)",
                            fix: "set the file to 600 and its folder to 700", repairable: true)
            : ok("modes", detail)]
    }

    private func freeSpace() -> HealthFinding {
        let folder = (db.path as NSString).deletingLastPathComponent
        let free = (try? FileManager.default.attributesOfFileSystem(forPath: folder.isEmpty ? "." : folder)[.systemFreeSize] as? Int) ?? 0
        let megabytes = free / 1_048_576
        return megabytes < 50
            ? HealthFinding(check: "disk", status: .warning, detail: "\(megabytes) MB free", fix: "free some disk space", repairable: false)
            : ok("disk", "\(megabytes) MB free")
    }
}
