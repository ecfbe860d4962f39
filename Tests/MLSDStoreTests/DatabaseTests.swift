import Foundation
import MLSDStore
import Testing

@Suite struct DatabaseTests {
    @Test func valuesOfEveryTypeRoundTrip() throws {
        let folder = TemporaryFolder()
        let db = try Database(path: folder.file("db.sqlite3"))
        try db.execute("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n TEXT) STRICT")
        let text = "naïve — 日本語 😀 \u{0}zero"
        let date = Date(timeIntervalSince1970: 1_790_000_000.25)
        try db.write {
            try db.execute(
                "INSERT INTO t VALUES (?, ?, ?, ?, ?)",
                [Int64.max, 3.25, text, SQLBlob([0, 255, 7]), String?.none])
            try db.execute("INSERT INTO t (i, r) VALUES (?, ?)", [true, date])
        }
        let rows = try db.query("SELECT i, r, s, b, n FROM t ORDER BY rowid") { row in
            (row.int(0), row.double(1), row.string(2), row.blob(3), row.isNull(4))
        }
        #expect(rows[0].0 == Int.max)
        #expect(rows[0].1 == 3.25)
        #expect(rows[0].2 == text)
        #expect(rows[0].3 == [0, 255, 7])
        #expect(rows[0].4)
        #expect(rows[1].0 == 1)
        #expect(rows[1].1 == date.timeIntervalSince1970)
    }

    @Test func pragmasAreApplied() throws {
        let folder = TemporaryFolder()
        let db = try Database(path: folder.file("db.sqlite3"))
        #expect(try db.scalarString("PRAGMA journal_mode") == "wal")
        #expect(try db.scalarInt("PRAGMA foreign_keys") == 1)
        #expect(try db.scalarInt("PRAGMA synchronous") == 1)
        #expect(try db.scalarInt("PRAGMA busy_timeout") == 5000)
    }

    @Test func newFileIsPrivate() throws {
        let folder = TemporaryFolder()
        let path = folder.file("db.sqlite3")
        _ = try Database(path: path)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func failedTransactionRollsBack() throws {
        let folder = TemporaryFolder()
        let db = try Database(path: folder.file("db.sqlite3"))
        try db.execute("CREATE TABLE t (x INTEGER NOT NULL)")
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try db.write {
                try db.execute("INSERT INTO t VALUES (1)")
                throw Boom()
            }
        }
        #expect(throws: SQLiteError.self) {
            try db.write {
                try db.execute("INSERT INTO t VALUES (2)")
                try db.execute("INSERT INTO t VALUES (NULL)")
            }
        }
        #expect(try db.scalarInt("SELECT COUNT(*) FROM t") == 0)
    }

    @Test func notADatabaseIsRejectedAndLeftUntouched() throws {
        let folder = TemporaryFolder()
        let path = folder.file("notes.txt")
        let original = Data(String(repeating: "my precious notes\n", count: 300).utf8)
        try original.write(to: URL(fileURLWithPath: path))
        #expect { try Database(path: path) } throws: { ResultCode.notADatabase ~= $0 }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == original)
    }

    @Test func busyWriterFailsWithBusyAfterTimeout() throws {
        let folder = TemporaryFolder()
        let path = folder.file("db.sqlite3")
        let first = try Database(path: path)
        try first.execute("CREATE TABLE t (x INTEGER)")
        let second = try Database(path: path, busyTimeout: 50)
        try first.execute("BEGIN IMMEDIATE")
        #expect { try second.write { try second.execute("INSERT INTO t VALUES (1)") } } throws: {
            ResultCode.busy ~= $0
        }
        try first.execute("COMMIT")
        try second.write { try second.execute("INSERT INTO t VALUES (1)") }
        #expect(try first.scalarInt("SELECT COUNT(*) FROM t") == 1)
    }

    @Test func concurrentWritersLoseNothing() throws {
        let folder = TemporaryFolder()
        let path = folder.file("db.sqlite3")
        try Database(path: path).execute("CREATE TABLE t (writer INTEGER, n INTEGER)")
        let writers = 4, rowsEach = 50
        DispatchQueue.concurrentPerform(iterations: writers) { writer in
            let db = try! Database(path: path)
            for n in 0..<rowsEach {
                try! db.write { try db.execute("INSERT INTO t VALUES (?, ?)", [writer, n]) }
            }
        }
        #expect(try Database(path: path).scalarInt("SELECT COUNT(*) FROM t") == writers * rowsEach)
    }

    @Test func backupCopiesEverything() throws {
        let folder = TemporaryFolder()
        let db = try Database(path: folder.file("db.sqlite3"))
        try db.execute("CREATE TABLE t (x TEXT)")
        try db.write { for i in 0..<100 { try db.execute("INSERT INTO t VALUES (?)", ["row \(i)"]) } }
        try db.backup(to: folder.file("copy.sqlite3"))
        let copy = try Database(path: folder.file("copy.sqlite3"))
        #expect(try copy.scalarInt("SELECT COUNT(*) FROM t") == 100)
        #expect(try copy.scalarString("PRAGMA integrity_check") == "ok")
    }

    /// Cached statements must not keep their database alive: released, it closes its handle, and
    /// SQLite, closing the last connection, checkpoints the log into the file and deletes it.
    @Test func aReleasedDatabaseClosesItsHandle() throws {
        let folder = TemporaryFolder()
        let path = folder.file("db.sqlite3")
        weak var released: Database?
        do {
            let db = try Database(path: path)
            released = db
            try db.execute("CREATE TABLE t (x INTEGER)")
            try db.write { try db.execute("INSERT INTO t VALUES (?)", [1]) }
            #expect(try db.scalarInt("SELECT COUNT(*) FROM t") == 1)
            #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        }
        #expect(released == nil)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"), "the connection was closed")
    }

    /// `first` steps once: a row after the first is never computed (here, it would fail).
    @Test func firstStopsAfterOneRow() throws {
        let folder = TemporaryFolder()
        let db = try Database(path: folder.file("db.sqlite3"))
        let overflow = "SELECT 1 UNION ALL SELECT abs(-9223372036854775808)"
        #expect(try db.first(overflow) { $0.int(0) } == 1)
        #expect(throws: SQLiteError.self) { try db.query(overflow) { $0.int(0) } }
    }
}
