import MLSDCore

/// Stored settings: only the keys the user changed are stored; the rest take their defaults.
public struct SettingsRepository {
    let db: Database

    public init(_ db: Database) { self.db = db }

    public func stored() throws -> [String: String] {
        Dictionary(
            uniqueKeysWithValues: try db.query("SELECT key, value FROM settings") { ($0.string(0), $0.string(1)) })
    }

    public func load() throws -> Settings { Settings(stored: try stored()) }

    /// Validates and stores a value; returns the canonical form stored.
    @discardableResult
    public func set(_ key: SettingKey, _ raw: String) throws -> String {
        let value = try key.canonical(raw)
        try db.write {
            try db.execute(
                """
                INSERT INTO settings (key, value) VALUES (?, ?)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value
                """, [key.rawValue, value])
        }
        return value
    }

    public func reset(_ key: SettingKey) throws {
        try db.write { try db.execute("DELETE FROM settings WHERE key = ?", [key.rawValue]) }
    }
}
