import Foundation
import MLSDStore
import Testing

@testable import MLSDTestSupport

/// Several mlsd processes creating, upgrading or backing up one database at the same moment:
/// every one succeeds, one upgrades while the others wait, and no two backups share a name.
@Suite struct ConcurrentOpeningTests {
    static let now = ["MLSD_NOW": "2026-03-01T09:00:00Z"]

    /// Starts every command before waiting for any; each is killed if it runs past 30 s.
    static func together(
        _ mlsd: MLSDSandbox, _ command: [String], times: Int,
        environment: [String: String] = [:]
    ) throws -> [StreamingProcess.Result] {
        let running = try (0..<times).map { _ in try mlsd.start(command, environment: environment) }
        for process in running { process.closeInput() }
        return running.map { $0.finish(killAfter: 30) }
    }

    /// A database as schema 2 left it, with a setting that must survive the upgrade, in one file;
    /// `padding` bytes of history make its pre-upgrade backup take a while.
    static func oldDatabase(at path: String, padding: Int = 0) throws {
        do {
            let db = try Database(path: path)
            try Migrator.migrate(db, migrations: Array(Schema.migrations.prefix(2)), now: Date())
            try db.execute("INSERT INTO settings VALUES ('desired_retention', '0.85')")
            try db.execute("INSERT INTO meta VALUES ('padding', ?)", [String(repeating: "x", count: padding)])
        }
        _ = try MLSDSandbox.sqlite(path, "PRAGMA wal_checkpoint(TRUNCATE)")
    }

    static func files(_ mlsd: MLSDSandbox, endingWith suffix: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: mlsd.folder).filter { $0.hasSuffix(suffix) }.sorted()
    }

    @Test func sixProcessesUpgradeAnOldDatabaseAtOnce() throws {
        let mlsd = MLSDSandbox()
        defer { mlsd.remove() }
        try Self.oldDatabase(at: mlsd.database)
        let results = try Self.together(mlsd, ["config", "get", "desired_retention"], times: 6)
        for result in results {
            #expect(result.status == 0 && !result.timedOut, "\(result.status): \(result.stderr)")
            #expect(result.stdout == "0.85\n")
        }
        #expect(
            results.filter { $0.stderr.contains("upgraded the database schema") }.count == 1, "one process upgraded")
        let backups = try Self.files(mlsd, endingWith: ".bak")
        #expect(backups.count == 1, "\(backups)")
        for backup in backups {
            #expect(try MLSDSandbox.sqlite(mlsd.folder + "/" + backup, "PRAGMA user_version") == "2")
        }
        #expect(try mlsd.sql("PRAGMA user_version") == "\(Schema.latestVersion)")
        #expect(try mlsd.integrity() == "ok")
    }

    @Test func sixProcessesCreateANewDatabaseAtOnce() throws {
        let mlsd = MLSDSandbox()
        defer { mlsd.remove() }
        for result in try Self.together(mlsd, ["cases"], times: 6) {
            #expect(
                result.status == 0 && !result.timedOut && result.stderr.isEmpty, "\(result.status): \(result.stderr)")
            #expect(result.stdout.contains("ad-click-prediction"))
        }
        #expect(try mlsd.integrity() == "ok")
        #expect(try mlsd.sql("PRAGMA user_version") == "\(Schema.latestVersion)")
    }

    @Test func backupsInTheSameSecondEachGetTheirOwnFile() throws {
        let mlsd = MLSDSandbox()
        defer { mlsd.remove() }
        try mlsd.run(["cases"])
        let results = try Self.together(mlsd, ["backup", "--json"], times: 4, environment: Self.now)
        var paths: Set<String> = []
        for result in results {
            #expect(result.status == 0 && !result.timedOut, "\(result.status): \(result.stderr)")
            let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            paths.insert(report?["path"] as? String ?? "")
        }
        #expect(paths.count == 4, "\(paths)")
        for path in paths {
            #expect(path.contains("/backups/mlsd-20260301-"), "\(path)")
            #expect(try MLSDSandbox.sqlite(path, "PRAGMA integrity_check") == "ok")
        }
    }

    /// Killed at seeded moments while upgrading (all at the same clock second): whatever is named
    /// '.bak' is a whole copy of the old database, and the next run upgrades without tripping on it.
    @Test func aKillDuringTheUpgradeBackupLeavesNoPartialBackup() throws {
        let mlsd = MLSDSandbox()
        defer { mlsd.remove() }
        let oldPath = mlsd.folder + "/old.sqlite3"
        try Self.oldDatabase(at: oldPath, padding: 16_000_000)
        let old = try Data(contentsOf: URL(fileURLWithPath: oldPath))
        var random = SeededRandom(seed: 0xBA_C0)
        var midway = 0
        for run in 0..<8 {
            for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: mlsd.database + suffix) }
            try old.write(to: URL(fileURLWithPath: mlsd.database))
            let running = try mlsd.start(["cases"], environment: Self.now)
            running.closeInput()
            _ = KillNineTests.kill(running, withinMilliseconds: 300, &random)
            if try !Self.files(mlsd, endingWith: "-\(running.process.processIdentifier)").isEmpty { midway += 1 }
            for backup in try Self.files(mlsd, endingWith: ".bak") {
                let path = mlsd.folder + "/" + backup
                #expect(
                    try MLSDSandbox.sqlite(path, "PRAGMA integrity_check; PRAGMA user_version") == "ok\n2",
                    "run \(run): \(backup)")
            }
            let next = try mlsd.runProgram(
                MLSDSandbox.binary, ["config", "get", "desired_retention"],
                environment: Self.now, killAfter: 30)
            #expect(next.status == 0 && next.stdout == "0.85\n", "run \(run): \(next.status) \(next.stderr)")
        }
        #expect(try mlsd.sql("PRAGMA user_version") == "\(Schema.latestVersion)")
        print("upgrade kills: \(midway) of 8 landed during the pre-upgrade backup")
    }
}
