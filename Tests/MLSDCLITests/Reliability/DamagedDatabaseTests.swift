import Foundation
import Testing

@testable import MLSDTestSupport

/// A damaged file where the database should be: every command that opens it says so clearly
/// (exit 65 or 74), does not crash, and leaves the file byte for byte as it was.
@Suite struct DamagedDatabaseTests {
    /// Every kind of command; a backup would go into `folder`.
    static func commands(in folder: String) -> [[String]] {
        [
            [], ["cases"], ["show", "ad-click-prediction"], ["pitfalls"], ["practice", "ad-click-prediction"],
            ["review"], ["rate", "1", "good"], ["due"], ["cards"],
            ["cards", "add", "--case", "ad-click-prediction", "--step", "data"],
            ["config", "list"], ["config", "set", "desired_retention", "0.85"], ["doctor"], ["doctor", "--json"],
            ["backup", folder + "/copy.sqlite3"], ["import", PackFiles.examplePath], ["remove", "churn-prediction"],
        ]
    }

    /// A real database with history (and reviews when `reviewed`), checkpointed into one file.
    static func realDatabase(reviewed: Bool = false) throws -> [UInt8] {
        let fixture = try PracticeFixture(.inProcess)
        defer { fixture.remove() }
        _ = try fixture.run(["practice", fixture.caseID], lines: try fixture.wholeSession())
        try fixture.mlsd.run(["import", PackFiles.examplePath])
        try fixture.mlsd.run(["cards", "add", "--case", "ad-click-prediction", "--step", "metrics", "--all-points"])
        if reviewed {
            try fixture.mlsd.run(["review", "--limit", "2"], input: "we would measure it\n.\n3\n\n1\n")
            try fixture.mlsd.run(["rate", "3", "easy"])
        }
        _ = try fixture.mlsd.sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: fixture.mlsd.database)))
    }

    static func damaged(_ good: [UInt8]) -> [(String, [UInt8])] {
        var random = SeededRandom(seed: 0xDA_7A)
        var header = good
        header.replaceSubrange(0..<100, with: random.bytes(100))
        return [
            ("truncated to a third", Array(good.prefix(good.count / 3 + 100))),
            ("a random header", header), ("a text file", Array(String(repeating: "not a database\n", count: 300).utf8)),
            ("random bytes", random.bytes(64 * 1024)),
        ]
    }

    @Test func everyCommandRefusesADamagedFileAndLeavesItAlone() throws {
        let good = try Self.realDatabase()
        var runs = 0
        for (damage, bytes) in Self.damaged(good) {
            let mlsd = MLSDSandbox(.inProcess)
            defer { mlsd.remove() }
            let original = Data(bytes)
            try original.write(to: URL(fileURLWithPath: mlsd.database))
            #expect(try mlsd.integrity() != "ok", "\(damage): sqlite3 itself sees the damage")
            try original.write(to: URL(fileURLWithPath: mlsd.database))
            for command in Self.commands(in: mlsd.folder) {
                let result = try mlsd.run(command, input: "An answer.\n.\n")
                runs += 1
                #expect(!result.signalled, "\(damage), \(command): crashed")
                #expect(
                    result.status == 65 || result.status == 74,
                    "\(damage), \(command): \(result.status) \(result.stderr)")
                let lines = result.stderr.split(separator: "\n")
                #expect(
                    lines.count == 1
                        && lines[0].hasPrefix("mlsd: \(mlsd.database) is not an mlsd database or is damaged"),
                    "\(damage), \(command): \(result.stderr)")
                let now = try Data(contentsOf: URL(fileURLWithPath: mlsd.database))
                #expect(now == original, "\(damage), \(command): the file was changed")
            }
            #expect(
                !FileManager.default.fileExists(atPath: mlsd.folder + "/copy.sqlite3"),
                "\(damage): no backup of a damaged file")
        }
        print("damaged databases: \(runs) command runs")
    }

    /// Damage inside one page is not looked for on every open (that reads the whole file): a
    /// command that reads the page reports it, any other works as usual, and `mlsd doctor` finds it.
    @Test func damageInsideAPageIsFoundByDoctorAndNeverCrashes() throws {
        let good = try Self.realDatabase()
        var random = SeededRandom(seed: 0xDA_7B)
        var middle = good
        let page = (good.count / 4096 / 2) * 4096
        middle.replaceSubrange(page..<page + 4096, with: random.bytes(4096))
        let mlsd = MLSDSandbox(.inProcess)
        defer { mlsd.remove() }
        try Data(middle).write(to: URL(fileURLWithPath: mlsd.database))
        for command in Self.commands(in: mlsd.folder) where command != ["doctor"] && command != ["doctor", "--json"] {
            let result = try mlsd.run(command, input: "An answer.\n.\n")
            #expect(!result.signalled, "\(command): crashed")
            #expect([0, 1, 64, 65, 66, 74].contains(result.status), "\(command): \(result.status) \(result.stderr)")
            if result.status == 65 { #expect(result.stderr.contains("is not an mlsd database or is damaged")) }
        }
        let doctor = try mlsd.run(["doctor"])
        #expect(doctor.status == 1)
        #expect(doctor.stdout.contains("FAIL  integrity"))
    }
}
