import Foundation
import MLSDStore
import Testing

@testable import MLSDTestSupport

/// What opening a database decides before it writes: a consistent database is never called
/// damaged because of its file's size, and another application's file or a newer mlsd's is
/// refused and left byte for byte as it was.
@Suite struct DatabaseOpeningTests {
    /// The state a checkpoint leaves when it has copied page 1 from the write-ahead log into the
    /// database file but not yet the pages after it (checkpoints copy in page order): the header
    /// counts pages the file does not have yet, while SQLite still reads them from the log.
    static func interruptCheckpointAfterPageOne(_ mlsd: MLSDSandbox) throws {
        let wal = try Data(contentsOf: URL(fileURLWithPath: mlsd.database + "-wal"))
        let pageSize = wal[8..<12].reduce(0) { $0 << 8 | Int($1) }
        let salts = wal[16..<24]
        var pageOne: Data?
        var offset = 32
        while offset + 24 + pageSize <= wal.count {
            let frame = wal[offset..<offset + 24]
            let page = frame.prefix(4).reduce(0) { $0 << 8 | Int($1) }
            if frame.dropFirst(8).prefix(8) == salts, page == 1 {
                pageOne = wal[offset + 24..<offset + 24 + pageSize]
            }
            offset += 24 + pageSize
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: mlsd.database))
        try handle.write(contentsOf: try #require(pageOne))
        try handle.close()
    }

    @Test func aCheckpointHalfWayIsNotDamage() throws {
        let mlsd = MLSDSandbox()
        defer { mlsd.remove() }
        // Another connection stays open throughout, so no mlsd is the last to close and none
        // checkpoints on the way out: the log keeps the pages the checkpoint has not copied yet.
        try mlsd.run(["cases"])
        let other = try StreamingProcess(
            [mlsd.database], environment: mlsd.environment, folder: mlsd.folder,
            executable: "/usr/bin/sqlite3")
        other.write(Array("SELECT 'open', COUNT(*) FROM sqlite_master;\n".utf8))
        #expect(other.waitForOutput { $0.contains("open") })
        try mlsd.run(["cards", "add", "--case", "ad-click-prediction", "--step", "metrics", "--all-points"])
        try mlsd.run(["import", PackFiles.examplePath])  // grows the database: page 1 goes to the log
        try Self.interruptCheckpointAfterPageOne(mlsd)
        let header = [UInt8](try Data(contentsOf: URL(fileURLWithPath: mlsd.database)).prefix(100))
        let pages = header[28..<32].reduce(0) { $0 << 8 | Int($1) }
        let size = try FileManager.default.attributesOfItem(atPath: mlsd.database)[.size] as! Int
        #expect(
            size < pages * 4096 && header[24..<28] == header[92..<96],
            "the header counts \(pages) pages, the file holds \(size) bytes")
        for command in [["rate", "1", "good"], ["cards"], ["config", "set", "desired_retention", "0.85"], ["doctor"]] {
            let result = try mlsd.run(command)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(!result.stderr.contains("restore"), "\(command): \(result.stderr)")
        }
        other.closeInput()
        #expect(other.finish(killAfter: 30).status == 0)
        #expect(try mlsd.integrity() == "ok")
        #expect(try mlsd.count("SELECT COUNT(*) FROM review_log") == 1)
    }

    /// A short file whose missing pages are nowhere (no log holds them) is still refused as damaged.
    @Test func aRealTruncationIsStillCaught() throws {
        let mlsd = MLSDSandbox()
        defer { mlsd.remove() }
        try mlsd.run(["cards", "add", "--case", "ad-click-prediction", "--step", "metrics", "--all-points"])
        _ = try mlsd.sql("PRAGMA wal_checkpoint(TRUNCATE)")
        let whole = try Data(contentsOf: URL(fileURLWithPath: mlsd.database))
        let truncated = whole.prefix(whole.count - 4096 * 3)
        try truncated.write(to: URL(fileURLWithPath: mlsd.database))
        let result = try mlsd.run(["rate", "1", "good"])
        #expect(result.status == 65)
        #expect(
            result.stderr.hasPrefix(
                "mlsd: \(mlsd.database) is not an mlsd database or is damaged (database file is truncated"),
            "\(result.stderr)")
        #expect(
            result.stderr.contains("SQLite confirms: database disk image is malformed")
                && result.stderr.contains("restore a backup"),
            "\(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: mlsd.database)) == truncated)
    }

    static let commands: [[String]] = [
        ["cases"], ["rate", "1", "good"], ["config", "set", "desired_retention", "0.85"], ["backup", "copy.sqlite3"],
        ["cards", "add", "--case", "ad-click-prediction", "--step", "data"], ["doctor"], ["doctor", "--repair"],
    ]

    /// Runs every command on the file and checks each is refused with `message` and changes nothing.
    static func expectRefusedAndUntouched(_ mlsd: MLSDSandbox, _ message: String) throws {
        let original = try Data(contentsOf: URL(fileURLWithPath: mlsd.database))
        for command in commands {
            let result = try mlsd.run(command)
            #expect(result.status == 65, "\(command): \(result.status) \(result.stderr)")
            #expect(result.stderr.hasPrefix("mlsd: \(mlsd.database) \(message)"), "\(command): \(result.stderr)")
            #expect(!result.stderr.contains("restore a backup"), "\(command): \(result.stderr)")
            #expect(
                try Data(contentsOf: URL(fileURLWithPath: mlsd.database)) == original, "\(command) changed the file")
        }
        #expect(!FileManager.default.fileExists(atPath: mlsd.folder + "/copy.sqlite3"))
    }

    @Test func anotherApplicationsDatabaseIsLeftUntouched() throws {
        let mlsd = MLSDSandbox()
        defer { mlsd.remove() }
        _ = try mlsd.sql(
            "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('mine')")
        try Self.expectRefusedAndUntouched(
            mlsd, "is not an mlsd database: it is an SQLite database without mlsd's tables")
        #expect(try mlsd.sql("PRAGMA journal_mode") == "delete")
        #expect(try mlsd.sql("SELECT name FROM sqlite_master") == "notes")
    }

    @Test func aNewerMlsdsDatabaseIsLeftUntouched() throws {
        let mlsd = MLSDSandbox()
        defer { mlsd.remove() }
        try mlsd.run(["cases"])
        // A setting this mlsd would call invalid: `doctor --repair` must not "fix" a newer mlsd's data.
        _ = try mlsd.sql("INSERT INTO settings VALUES ('from_the_future', 'x'); PRAGMA user_version = 7")
        try Self.expectRefusedAndUntouched(
            mlsd,
            "was made by a newer mlsd (schema 7, this mlsd knows \(Schema.latestVersion)); it was left untouched: upgrade mlsd"
        )
        #expect(try mlsd.sql("SELECT value FROM settings WHERE key = 'from_the_future'") == "x")
    }
}
