import Foundation
import Testing

@testable import MLSDTestSupport

/// A stored setting is validated when it is read, not only when it is set: a restored file cannot
/// make `:edit` run a command, and `$VISUAL`/`$EDITOR` win over the stored editor.
@Suite struct PlantedSettingsTests {
    @Test func aRestoredEditorSettingCannotRunAShellCommand() throws {
        let fixture = try PracticeFixture(.inProcess)
        defer { fixture.remove() }
        let mlsd = fixture.mlsd
        let folder = mlsd.folder
        let backup = folder + "/planted.sqlite3"
        try mlsd.run(["backup", backup])
        _ = try MLSDSandbox.sqlite(
            backup,
            """
            INSERT INTO settings VALUES ('editor', '/bin/sh -c "/usr/bin/touch \(folder)/pwned"');
            INSERT INTO settings VALUES ('desired_retention', '0.8');
            """)
        #expect(try mlsd.run(["restore", backup]).status == 0)
        let doctor = try mlsd.run(["doctor"])
        #expect(doctor.stdout.contains("warn  settings"), "\(doctor.stdout)")
        #expect(doctor.stdout.contains("invalid stored values: editor"))
        // No $VISUAL, no $EDITOR, and no vi on PATH: the stored command is the only editor on offer.
        let empty = folder + "/empty-bin"
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let result = try fixture.run(
            ["practice", fixture.caseID, "--step", "data"], lines: ["Kept.", ":edit", ".", "."],
            environment: ["PATH": empty])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/pwned"), "the stored editor ran a shell command")
        #expect(result.stderr.contains("ignoring the stored setting editor"), "\(result.stderr)")
        #expect(result.stdout.contains("cannot start the editor 'vi'"), "\(result.stdout)")
        #expect(try mlsd.sql("SELECT text FROM answers WHERE kind = 'answer'") == "Kept.")
        #expect(try mlsd.run(["config", "get", "desired_retention"]).stdout == "0.8\n", "valid settings are restored")
        #expect(try mlsd.run(["doctor", "--repair"]).status == 0)
        #expect(try mlsd.sql("SELECT key FROM settings ORDER BY key") == "desired_retention")
    }

    @Test func theEditorSettingIsAProgramAndItsOptions() throws {
        let mlsd = MLSDSandbox(.inProcess)
        defer { mlsd.remove() }
        for command in [
            "sh -c 'touch x'", "/bin/bash -c id", "env vi", "python3 -c 'import os'", "vim -c '!id'",
            "vim '+!id'", "emacs --eval='(shell-command \"id\")'", "nano\u{1b}[2J",
        ] {
            let result = try mlsd.run(["config", "set", "editor", command])
            #expect(result.status == 64, "'\(command)' was accepted")
            #expect(result.stderr.contains("a program and its options"))
        }
        for command in ["nano", "code --wait", "/usr/bin/emacs -nw", "'/opt/my editor/bin/ed' --tab=2"] {
            #expect(try mlsd.run(["config", "set", "editor", command]).status == 0, "'\(command)' was refused")
        }
    }

    @Test func visualAndEditorWinOverTheStoredEditor() throws {
        let fixture = try PracticeFixture(.inProcess)
        defer { fixture.remove() }
        let script = try FakeEditor.script(in: fixture.mlsd.folder)
        #expect(try fixture.mlsd.run(["config", "set", "editor", "/bin/false"]).status == 0)
        let result = try fixture.run(
            ["practice", fixture.caseID, "--step", "serving"], lines: [":edit", ".", "."],
            environment: ["EDITOR": "'\(script)' '--flag with space'"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try fixture.mlsd.sql("SELECT text FROM answers WHERE kind = 'answer'").hasPrefix("Added in the editor"))
    }
}
