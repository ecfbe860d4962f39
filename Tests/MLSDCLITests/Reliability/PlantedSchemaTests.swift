import Foundation
import Testing

@testable import MLSDTestSupport

/// A restored or foreign file is data, never code: triggers, views and tables that mlsd's schema
/// does not define are dropped on restore, refused on open, and reported and dropped by doctor;
/// one of mlsd's own triggers redefined is refused on open and on restore, and put back by doctor.
@Suite struct PlantedSchemaTests {
    static let eraser =
        "CREATE TRIGGER keep_one AFTER INSERT ON answers BEGIN DELETE FROM answers WHERE id <> new.id; END;"
    /// Keeps the name of a trigger mlsd defines, so that only its definition tells it apart.
    static let impostor =
        "DROP TRIGGER answers_activity_on_insert; "
        + "CREATE TRIGGER answers_activity_on_insert AFTER INSERT ON answers BEGIN DELETE FROM cases; END;"

    /// A database with one whole practised session, and a backup of it with `plant` run on it.
    static func plantedBackup(_ plant: String) throws -> (PracticeFixture, String) {
        let fixture = try PracticeFixture(.inProcess)
        let session = try fixture.run(["practice", fixture.caseID], lines: try fixture.wholeSession())
        #expect(session.status == 0, "\(session.stderr)")
        let backup = fixture.mlsd.folder + "/planted.sqlite3"
        #expect(try fixture.mlsd.run(["backup", backup]).status == 0)
        _ = try MLSDSandbox.sqlite(backup, plant)
        return (fixture, backup)
    }

    @Test func aPlantedTriggerDoesNotSurviveRestoreAndEarlierAnswersStay() throws {
        let (fixture, backup) = try Self.plantedBackup(
            Self.eraser + "CREATE VIEW recent AS SELECT * FROM answers; CREATE TABLE stash (x);")
        defer { fixture.remove() }
        let before = try fixture.count("SELECT COUNT(*) FROM answers")
        #expect(before >= 7)
        let restore = try fixture.mlsd.run(["restore", backup])
        #expect(restore.status == 0, "\(restore.stderr)")
        #expect(restore.stdout.contains("trigger keep_one, view recent, table stash"), "\(restore.stdout)")
        #expect(
            try fixture.mlsd.sql("SELECT name FROM sqlite_schema WHERE name IN ('keep_one', 'recent', 'stash')") == "")
        #expect(
            try MLSDSandbox.sqlite(backup, "SELECT COUNT(*) FROM sqlite_schema WHERE name = 'keep_one'") == "1",
            "the backup file itself is not changed")
        let next = try fixture.run(
            ["practice", fixture.caseID, "--step", "data"], lines: [try fixture.goodAnswer("data"), ".", "."])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(try fixture.count("SELECT COUNT(*) FROM answers") > before, "earlier answers vanished")
        let doctor = try fixture.mlsd.run(["doctor"])
        #expect(doctor.status == 0, "\(doctor.stdout)")
        #expect(doctor.stdout.contains("ok    objects"))
    }

    @Test func restoreRefusesAnIncompleteSchema() throws {
        let mlsd = MLSDSandbox(.inProcess)
        defer { mlsd.remove() }
        try mlsd.run(["config", "set", "fuzz", "off"])
        let lone = mlsd.folder + "/lone.sqlite3"
        _ = try MLSDSandbox.sqlite(
            lone, "CREATE TABLE sessions (x); PRAGMA user_version = \(try mlsd.sql("PRAGMA user_version"));")
        let result = try mlsd.run(["restore", lone])
        #expect(result.status == 65)
        #expect(result.stderr.contains("not a complete mlsd database"), "\(result.stderr)")
        #expect(result.stderr.contains("table sessions"))
        #expect(try mlsd.run(["config", "get", "fuzz"]).stdout == "off\n", "the database was replaced")
        let changed = mlsd.folder + "/changed.sqlite3"
        try mlsd.run(["backup", changed])
        _ = try MLSDSandbox.sqlite(changed, "DROP INDEX cards_by_case; CREATE INDEX cards_by_case ON cards(due);")
        #expect(try mlsd.run(["restore", changed]).stderr.contains("index cards_by_case"))
        let escape = mlsd.folder + "/escape.sqlite3"
        try mlsd.run(["backup", escape])
        _ = try MLSDSandbox.sqlite(escape, "CREATE VIEW \"x\u{1b}[2J\nRestored\" AS SELECT 1;")
        let named = try mlsd.run(["restore", escape])
        #expect(named.stdout.contains("view x\u{241B}[2J\u{240A}Restored"), "\(named.stdout)")
        #expect(!named.stdout.contains("\u{1b}"))
    }

    @Test func openingRefusesAPlantedTriggerUntilDoctorDropsIt() throws {
        let fixture = try PracticeFixture(.inProcess)
        defer { fixture.remove() }
        let mlsd = fixture.mlsd
        _ = try fixture.run(
            ["practice", fixture.caseID, "--step", "data"], lines: [try fixture.goodAnswer("data"), ".", "."])
        _ = try mlsd.sql(
            Self.eraser + "CREATE VIEW recent AS SELECT 1; CREATE TABLE mine (x); INSERT INTO mine VALUES (1);")
        let refused = try fixture.run(
            ["practice", fixture.caseID, "--step", "data"], lines: ["Another answer.", ".", "."])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("trigger keep_one"), "\(refused.stderr)")
        #expect(refused.stderr.contains("mlsd doctor --repair"))
        #expect(try fixture.count("SELECT COUNT(*) FROM answers") == 1)
        let report = try mlsd.run(["doctor"])
        #expect(report.status == 1)
        #expect(report.stdout.contains("FAIL  objects"), "\(report.stdout)")
        #expect(report.stdout.contains("trigger keep_one, view recent, table mine"))
        let repaired = try mlsd.run(["doctor", "--repair"])
        #expect(repaired.stdout.contains("warn  objects"), "a foreign table is kept: \(repaired.stdout)")
        #expect(repaired.status == 0)
        #expect(
            try mlsd.sql("SELECT type || ' ' || name FROM sqlite_schema WHERE name IN ('keep_one', 'recent', 'mine')")
                == "table mine")
        #expect(
            try fixture.run(["practice", fixture.caseID, "--step", "data"], lines: ["Another answer.", ".", "."]).status
                == 0)
        #expect(try fixture.count("SELECT COUNT(*) FROM answers") == 2)
    }

    @Test func aRedefinedTriggerIsRefusedOnOpenAndOnRestoreAndDoctorPutsMlsdsBack() throws {
        let fixture = try PracticeFixture(.inProcess)
        defer { fixture.remove() }
        let mlsd = fixture.mlsd
        _ = try fixture.run(
            ["practice", fixture.caseID, "--step", "data"], lines: [try fixture.goodAnswer("data"), ".", "."])
        let own = try mlsd.sql("SELECT sql FROM sqlite_schema WHERE name = 'answers_activity_on_insert'")
        let cases = try fixture.count("SELECT COUNT(*) FROM cases")
        let backup = mlsd.folder + "/impostor.sqlite3"
        #expect(try mlsd.run(["backup", backup]).status == 0)
        _ = try MLSDSandbox.sqlite(backup, Self.impostor)
        let restore = try mlsd.run(["restore", backup])
        #expect(restore.status == 65)
        #expect(restore.stderr.contains("trigger answers_activity_on_insert"), "\(restore.stderr)")

        _ = try mlsd.sql(Self.impostor)
        let refused = try fixture.run(
            ["practice", fixture.caseID, "--step", "data"], lines: ["Another answer.", ".", "."])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("trigger answers_activity_on_insert"), "\(refused.stderr)")
        #expect(refused.stderr.contains("mlsd doctor --repair"))
        #expect(try fixture.count("SELECT COUNT(*) FROM cases") == cases, "the trigger ran")
        #expect(try fixture.count("SELECT COUNT(*) FROM answers") == 1)
        let report = try mlsd.run(["doctor"])
        #expect(report.status == 1)
        #expect(
            report.stdout.contains(
                "FAIL  objects       defined otherwise than mlsd's: trigger answers_activity_on_insert"),
            "\(report.stdout)")
        #expect(report.stdout.contains("ok    schema"), "repair handles it, not a restore: \(report.stdout)")
        let repaired = try mlsd.run(["doctor", "--repair"])
        #expect(repaired.status == 0, "\(repaired.stdout)")
        #expect(repaired.stdout.contains("ok    objects"))
        #expect(try mlsd.sql("SELECT sql FROM sqlite_schema WHERE name = 'answers_activity_on_insert'") == own)
        let next = try fixture.run(
            ["practice", fixture.caseID, "--step", "data"], lines: ["Another answer.", ".", "."])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(try fixture.count("SELECT COUNT(*) FROM cases") == cases)
        #expect(try fixture.count("SELECT COUNT(*) FROM answers") == 2)
    }
}
