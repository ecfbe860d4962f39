import Foundation
import Testing

@testable import MLSDTestSupport

/// What a hostile answer, pack or environment must not be able to do.
@Suite struct SecurityTests {
    @Test func theEditorIsStartedWithoutAShell() throws {
        let fixture = try PracticeFixture(.inProcess)
        defer { fixture.remove() }
        let folder = fixture.mlsd.folder
        let answer =
            "We need $(touch \(folder)/pwned1) and `touch \(folder)/pwned2`; touch \(folder)/pwned3 && rm -rf \(folder)/keep"
        FileManager.default.createFile(atPath: folder + "/keep", contents: Data("keep".utf8))
        for editor in ["/bin/true", "/bin/true; touch \(folder)/pwned4", "/bin/true $(touch \(folder)/pwned5)"] {
            _ = try fixture.run(
                ["practice", fixture.caseID, "--step", "requirements"], lines: [answer, ":edit", ".", "."],
                environment: ["EDITOR": editor, "VISUAL": editor])
        }
        for n in 1...5 {
            #expect(!FileManager.default.fileExists(atPath: "\(folder)/pwned\(n)"), "pwned\(n) was created")
        }
        #expect(FileManager.default.fileExists(atPath: folder + "/keep"))
    }

    /// True for anything at `path`, a dangling symbolic link included.
    static func anything(at path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    static func mode(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1) & 0o777
    }

    @Test func privateModesSurviveBackupRestoreAndRepair() throws {
        let fixture = try PracticeFixture(.inProcess)
        defer { fixture.remove() }
        let mlsd = fixture.mlsd
        let home = mlsd.folder + "/data/mlsd"
        let environment = ["MLSD_DB": home + "/mlsd.sqlite3"]
        func run(_ arguments: [String]) throws -> MLSDSandbox.Result {
            try mlsd.run(arguments, environment: environment)
        }
        #expect(try run(["cases"]).status == 0)
        #expect(Self.mode(home) == 0o700 && Self.mode(home + "/mlsd.sqlite3") == 0o600)
        let backup = try run(["backup"])
        #expect(backup.status == 0, "\(backup.stderr)")
        let copies = try FileManager.default.contentsOfDirectory(atPath: home + "/backups")
        #expect(Self.mode(home + "/backups") == 0o700)
        for copy in copies { #expect(Self.mode(home + "/backups/" + copy) == 0o600, "\(copy)") }
        let restored = try run(["restore", home + "/backups/" + copies[0]])
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(try run(["doctor", "--repair"]).status == 0)
        for file in try FileManager.default.contentsOfDirectory(atPath: home) where !file.hasPrefix("backups") {
            #expect(
                Self.mode(home + "/" + file) == 0o600, "\(file) is \(String(Self.mode(home + "/" + file), radix: 8))")
        }
        #expect(Self.mode(home) == 0o700)
    }

    @Test func aPackCannotOverwriteBuiltInContent() throws {
        let mlsd = MLSDSandbox(.inProcess)
        defer { mlsd.remove() }
        #expect(try mlsd.run(["cases"]).status == 0)
        let builtin = try mlsd.sql("SELECT id FROM cases WHERE source = 'builtin' ORDER BY id LIMIT 1")
        let before = try mlsd.sql(
            "SELECT * FROM cases WHERE id = '\(builtin)'; SELECT * FROM points WHERE case_id = '\(builtin)';")
        for id in [builtin, builtin.uppercased(), " \(builtin)", "\(builtin)\u{0}"] {
            var pack = PackFiles.example()
            pack["id"] = id
            let path = PackFiles.write(PackFiles.serialise(pack), in: mlsd)
            let result = try mlsd.run(["import", path])
            #expect(result.status != 0 || !id.lowercased().hasPrefix(builtin), "'\(id)': \(result.stdout)")
            #expect(try mlsd.run(["remove", builtin]).status != 0, "a built-in case cannot be removed")
        }
        #expect(
            try mlsd.sql(
                "SELECT * FROM cases WHERE id = '\(builtin)'; SELECT * FROM points WHERE case_id = '\(builtin)';")
                == before)
    }

    @Test func aDatabasePathThatIsNotAFileIsRefusedBeforeAnythingIsCreated() throws {
        let mlsd = MLSDSandbox(.inProcess)
        defer { mlsd.remove() }
        let folder = mlsd.folder
        try FileManager.default.createSymbolicLink(
            atPath: folder + "/link.sqlite3", withDestinationPath: folder + "/target.sqlite3")
        try FileManager.default.createDirectory(atPath: folder + "/folder.sqlite3", withIntermediateDirectories: false)
        let cases: [(String, String)] = [
            (folder + "/link.sqlite3", "is a symbolic link to a missing file"),
            ("/dev/null", "is a device, not a database file"),
            (folder + "/folder.sqlite3", "is a folder, not a database file"),
        ]
        // Files another program left beside /dev/null are not this test's business.
        let besideNull = ["-wal", "-shm", "-journal"].map { "/dev/null" + $0 }.filter { !Self.anything(at: $0) }
        for (path, reason) in cases {
            let result = try mlsd.run(["cases"], environment: ["MLSD_DB": path])
            #expect(result.status == 74, "\(path): \(result.status) \(result.stderr)")
            #expect(
                result.stderr.hasPrefix("mlsd: \(path) \(reason); point --db or MLSD_DB at a database file"),
                "\(result.stderr)")
        }
        #expect(!Self.anything(at: folder + "/target.sqlite3"), "the link was followed")
        for path in besideNull { #expect(!Self.anything(at: path), "\(path) was created") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/folder.sqlite3").isEmpty)
    }

    @Test func aBackupIsNotWrittenThroughADanglingLink() throws {
        let fixture = try PracticeFixture(.inProcess)
        defer { fixture.remove() }
        let folder = fixture.mlsd.folder
        try FileManager.default.createSymbolicLink(
            atPath: folder + "/copy.sqlite3", withDestinationPath: folder + "/elsewhere.sqlite3")
        let result = try fixture.mlsd.run(["backup", folder + "/copy.sqlite3"])
        #expect(result.status == 1, "\(result.status) \(result.stderr)")
        #expect(
            result.stderr == "mlsd: \(folder)/copy.sqlite3 already exists; choose another path or remove it first\n")
        #expect(!Self.anything(at: folder + "/elsewhere.sqlite3"))
    }

    @Test func exportedNotesAreAsPrivateAsTheDatabase() throws {
        let fixture = try PracticeFixture(.inProcess)
        defer { fixture.remove() }
        _ = try fixture.run(
            ["practice", fixture.caseID, "--step", "requirements"],
            lines: [try fixture.goodAnswer("requirements"), "."])
        let notes = fixture.mlsd.folder + "/notes"
        #expect(try fixture.mlsd.run(["export", "--out", notes]).status == 0)
        #expect(try fixture.mlsd.run(["export", "--out", notes, "--force"]).status == 0)
        #expect(Self.mode(notes) == 0o700)
        let files = try FileManager.default.contentsOfDirectory(atPath: notes)
        #expect(!files.isEmpty)
        for file in files { #expect(Self.mode(notes + "/" + file) == 0o600, "\(file)") }
    }
}
