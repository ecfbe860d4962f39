import Foundation
import Testing

@testable import MLSDTestSupport

@Suite struct DatabaseLocationTests {
    @Test func flagBeatsEnvironmentBeatsXDG() throws {
        let mlsd = MLSDSandbox(.inProcess)
        defer { mlsd.remove() }
        let flag = mlsd.folder + "/flag/db.sqlite3", env = mlsd.folder + "/env/db.sqlite3"
        let xdg = mlsd.folder + "/xdg"
        try mlsd.run(["cases", "--db", flag], environment: ["MLSD_DB": env, "XDG_DATA_HOME": xdg])
        #expect(FileManager.default.fileExists(atPath: flag))
        let before = mlsd.folder + "/before/db.sqlite3"
        let early = try mlsd.run(
            ["--db", before, "--no-color", "config", "set", "fuzz", "off"], environment: ["MLSD_DB": env])
        #expect(early.status == 0, "options every command takes may come before the command: \(early.stderr)")
        #expect(try MLSDSandbox.sqlite(before, "SELECT value FROM settings WHERE key = 'fuzz'") == "off")
        #expect(!FileManager.default.fileExists(atPath: env))
        try mlsd.run(["cases"], environment: ["MLSD_DB": env, "XDG_DATA_HOME": xdg])
        #expect(FileManager.default.fileExists(atPath: env))
        try mlsd.run(["cases"], environment: ["XDG_DATA_HOME": xdg], unset: ["MLSD_DB"])
        #expect(FileManager.default.fileExists(atPath: xdg + "/mlsd/mlsd.sqlite3"))
        try mlsd.run(["cases"], unset: ["MLSD_DB"])
        #expect(FileManager.default.fileExists(atPath: mlsd.folder + "/.local/share/mlsd/mlsd.sqlite3"))
    }

    @Test func createdFolderAndFileArePrivate() throws {
        let mlsd = MLSDSandbox(.inProcess)
        defer { mlsd.remove() }
        let xdg = mlsd.folder + "/xdg"
        #expect(try mlsd.run(["cases"], environment: ["XDG_DATA_HOME": xdg], unset: ["MLSD_DB"]).status == 0)
        let folderMode = try FileManager.default.attributesOfItem(atPath: xdg + "/mlsd")[.posixPermissions] as? Int
        let fileMode =
            try FileManager.default.attributesOfItem(atPath: xdg + "/mlsd/mlsd.sqlite3")[.posixPermissions] as? Int
        #expect(folderMode == 0o700)
        #expect(fileMode == 0o600)
    }

    @Test func fileThatIsNotADatabaseIsLeftUntouched() throws {
        let mlsd = MLSDSandbox(.inProcess)
        defer { mlsd.remove() }
        let original = Data(String(repeating: "shopping list\n", count: 500).utf8)
        try original.write(to: URL(fileURLWithPath: mlsd.database))
        let result = try mlsd.run(["cases"])
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("mlsd: \(mlsd.database) is not an mlsd database"))
        #expect(result.stderr.contains("--db PATH"))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: mlsd.database)) == original)
    }

    @Test func truncatedDatabaseGivesAClearError() throws {
        let mlsd = MLSDSandbox(.inProcess)
        defer { mlsd.remove() }
        #expect(try mlsd.run(["cases"]).status == 0)
        try mlsd.run(["config", "set", "fuzz", "off"])
        _ = try mlsd.sql("PRAGMA wal_checkpoint(TRUNCATE)")
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: mlsd.database))
        try handle.truncate(atOffset: 1000)
        try handle.close()
        let damaged = try Data(contentsOf: URL(fileURLWithPath: mlsd.database))
        let result = try mlsd.run(["cases"])
        #expect([65, 74].contains(result.status))
        #expect(result.stderr.hasPrefix("mlsd: "))
        #expect(!result.signalled)
        #expect(try Data(contentsOf: URL(fileURLWithPath: mlsd.database)) == damaged)
    }

    @Test func unwritableLocationNamesTheFix() throws {
        let mlsd = MLSDSandbox(.inProcess)
        defer { mlsd.remove() }
        let blocker = mlsd.folder + "/a-file"
        try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
        let result = try mlsd.run(["cases", "--db", blocker + "/sub/db.sqlite3"])
        #expect(result.status == 74)
        #expect(result.stderr.contains("--db PATH"))
        let readOnly = try mlsd.run(["cases", "--db", "/proc/mlsd-test.sqlite3"])
        #expect(readOnly.status == 74)
        #expect(readOnly.stderr.hasPrefix("mlsd: cannot open /proc/mlsd-test.sqlite3"))
    }
}
