import Foundation
import Testing

@testable import MLSDTestSupport

@Suite struct BackupRestoreDoctorTests {
    @Test func backupThenRestoreBringsBackTheOldState() throws {
        let mlsd = MLSDSandbox(.inProcess)
        defer { mlsd.remove() }
        try mlsd.run(["config", "set", "desired_retention", "0.8"])
        let copy = mlsd.folder + "/copy.sqlite3"
        let backup = try mlsd.run(["backup", copy])
        #expect(backup.status == 0)
        #expect(backup.stdout.contains(copy))
        #expect(!FileManager.default.fileExists(atPath: copy + "-wal"), "a backup is one self-contained file")
        #expect(try mlsd.run(["backup", copy]).status == 1, "an existing file is never overwritten")
        try mlsd.run(["config", "set", "desired_retention", "0.95"])
        let restore = try mlsd.run(["restore", copy])
        #expect(restore.status == 0)
        #expect(try mlsd.run(["config", "get", "desired_retention"]).stdout == "0.8\n")
        let kept = try FileManager.default.contentsOfDirectory(atPath: mlsd.folder).filter {
            $0.contains("before-restore") && $0.hasSuffix(".bak")
        }
        #expect(kept.count == 1, "the replaced database is kept")
    }

    @Test func defaultBackupGoesBesideTheDatabase() throws {
        let mlsd = MLSDSandbox(.inProcess)
        defer { mlsd.remove() }
        let result = try mlsd.run(["backup", "--json"])
        #expect(result.status == 0)
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        let path = try #require(report["path"] as? String)
        #expect(path.hasPrefix(mlsd.folder + "/backups/mlsd-"))
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func restoreRefusesBadFilesAndChangesNothing() throws {
        let mlsd = MLSDSandbox(.inProcess)
        defer { mlsd.remove() }
        try mlsd.run(["config", "set", "fuzz", "off"])
        let text = mlsd.folder + "/notes.txt"
        try Data(String(repeating: "not a database\n", count: 100).utf8).write(to: URL(fileURLWithPath: text))
        let notSQLite = try mlsd.run(["restore", text])
        #expect(notSQLite.status == 65)
        #expect(notSQLite.stderr.contains("nothing was changed"))
        let other = mlsd.folder + "/other.sqlite3"
        _ = try MLSDSandbox.sqlite(other, "CREATE TABLE x (y)")
        #expect(try mlsd.run(["restore", other]).stderr.contains("not an mlsd database"))
        let newer = mlsd.folder + "/newer.sqlite3"
        try mlsd.run(["backup", newer])
        _ = try MLSDSandbox.sqlite(newer, "PRAGMA user_version = 99")
        let tooNew = try mlsd.run(["restore", newer])
        #expect(tooNew.status == 65)
        #expect(tooNew.stderr.contains("newer mlsd"))
        #expect(try mlsd.run(["restore", mlsd.folder + "/missing"]).status == 66)
        #expect(try mlsd.run(["config", "get", "fuzz"]).stdout == "off\n")
    }

    @Test func restoreOverADamagedDatabaseKeepsTheDamagedFile() throws {
        let mlsd = MLSDSandbox(.inProcess)
        defer { mlsd.remove() }
        let copy = mlsd.folder + "/copy.sqlite3"
        try mlsd.run(["backup", copy])
        try FileManager.default.removeItem(atPath: mlsd.database)
        try? FileManager.default.removeItem(atPath: mlsd.database + "-wal")
        try? FileManager.default.removeItem(atPath: mlsd.database + "-shm")
        let junk = Data(String(repeating: "garbage", count: 1000).utf8)
        try junk.write(to: URL(fileURLWithPath: mlsd.database))
        #expect(try mlsd.run(["restore", copy]).status == 0)
        #expect(try mlsd.run(["cases"]).status == 0)
        let aside = try FileManager.default.contentsOfDirectory(atPath: mlsd.folder).first {
            $0.hasSuffix(".bak") && $0.contains("before-restore")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: mlsd.folder + "/" + #require(aside))) == junk)
    }

    @Test func doctorFindsAndRepairsWhatIsSafe() throws {
        let mlsd = MLSDSandbox(.inProcess)
        defer { mlsd.remove() }
        #expect(try mlsd.run(["doctor"]).status == 66)
        try mlsd.run(["cases"])
        #expect(try mlsd.run(["doctor"]).status == 0)
        _ = try mlsd.sql("INSERT INTO settings VALUES ('maximum_interval', 'banana')")
        _ = try mlsd.sql(
            "INSERT INTO cards (kind, case_id, step, point_id, due, created_at) SELECT 'point', id, 'data', 'no-such-point', 0, 0 FROM cases LIMIT 1"
        )
        chmod(mlsd.database, 0o644)
        let report = try mlsd.run(["doctor"])
        #expect(report.status == 0)
        #expect(report.stdout.contains("warn  orphans"))
        #expect(report.stdout.contains("warn  settings"))
        #expect(report.stdout.contains("warn  modes"))
        let repaired = try mlsd.run(["doctor", "--repair", "--json"])
        let json = try JSONSerialization.jsonObject(with: Data(repaired.stdout.utf8)) as! [String: Any]
        let findings = json["findings"] as! [[String: Any]]
        #expect(findings.allSatisfy { $0["status"] as? String == "ok" })
        #expect(FileManager.default.fileExists(atPath: try #require(json["backup"] as? String)))
        #expect(try mlsd.sql("SELECT COUNT(*) FROM cards") == "0")
        #expect(try mlsd.sql("SELECT COUNT(*) FROM settings") == "0")
        let mode = try FileManager.default.attributesOfItem(atPath: mlsd.database)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func repairNeverChangesAFolderItDidNotCreate() throws {
        let mlsd = MLSDSandbox(.inProcess)
        defer { mlsd.remove() }
        let shared = mlsd.folder + "/shared"
        try FileManager.default.createDirectory(atPath: shared, withIntermediateDirectories: true)
        chmod(shared, 0o1777)
        let environment = ["MLSD_DB": shared + "/mlsd.sqlite3"]
        try mlsd.run(["cases"], environment: environment)
        chmod(shared + "/mlsd.sqlite3", 0o644)
        let repaired = try mlsd.run(["doctor", "--repair"], environment: environment)
        #expect(repaired.status == 0, "\(repaired.stdout)")
        #expect(SecurityTests.mode(shared + "/mlsd.sqlite3") == 0o600)
        let folderMode = try FileManager.default.attributesOfItem(atPath: shared)[.posixPermissions] as? Int
        #expect(folderMode.map { $0 & 0o7777 } == 0o1777, "the shared folder was changed")
        chmod(shared, 0o777)
        let open = try mlsd.run(["doctor", "--repair"], environment: environment)
        #expect(open.stdout.contains("warn  folder"), "\(open.stdout)")
        #expect(try FileManager.default.attributesOfItem(atPath: shared)[.posixPermissions] as? Int == 0o777)
    }

    @Test func repairKeepsAnswersWhoseSessionWasLost() throws {
        let fixture = try PracticeFixture(.inProcess)
        defer { fixture.remove() }
        let mlsd = fixture.mlsd
        for step in ["data", "model"] {
            _ = try fixture.run(
                ["practice", fixture.caseID, "--step", step], lines: [try fixture.goodAnswer(step), ".", "."])
        }
        let answers = try mlsd.sql("SELECT id, text FROM answers ORDER BY id")
        // One lost session's answers were scored, so its case is known; the other's case is gone too.
        _ = try mlsd.sql(
            """
            PRAGMA foreign_keys = OFF;
            INSERT INTO answers (session_id, step, kind, question, text, seconds, created_at)
                VALUES (999, 'data', 'answer', 'a prompt no case has', 'Words with no case left.', 5, 1);
            DELETE FROM sessions;
            """)
        let report = try mlsd.run(["doctor"])
        #expect(report.stdout.contains("FAIL  foreign-keys"), "\(report.stdout)")
        let repaired = try mlsd.run(["doctor", "--repair", "--json"])
        #expect(repaired.status == 0, "\(repaired.stdout)")
        #expect(try mlsd.sql("SELECT id, text FROM answers ORDER BY id") == answers, "answers were deleted")
        #expect(try mlsd.sql("SELECT DISTINCT case_id || ' ' || status FROM sessions") == "\(fixture.caseID) abandoned")
        #expect(try mlsd.run(["history"]).stdout.contains(fixture.caseID))
        let json = try JSONSerialization.jsonObject(with: Data(repaired.stdout.utf8)) as! [String: Any]
        let aside = try #require(json["orphaned_answers"] as? String)
        #expect(try String(contentsOfFile: aside, encoding: .utf8).contains("Words with no case left."))
        #expect(SecurityTests.mode(aside) == 0o600)
    }
}
