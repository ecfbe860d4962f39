import Foundation
import Testing

@testable import MLSDTestSupport

/// `:edit`: the answer so far goes to the editor in a private file and comes back.
@Suite struct PracticeEditorTests {
    @Test func theEditorGetsTheDraftInAPrivateFileAndItsTextIsTheAnswer() throws {
        let fixture = try PracticeFixture()
        defer { fixture.remove() }
        let folder = fixture.mlsd.folder
        let script = try FakeEditor.script(in: folder)
        let result = try fixture.run(
            ["practice", fixture.caseID, "--step", "serving"],
            lines: ["Typed before editing.", ":edit", "Typed after.", ".", "."],
            environment: ["EDITOR": "'\(script)' '--flag with space'"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("from the editor"))
        #expect(try String(contentsOfFile: folder + "/mode", encoding: .utf8) == "600\n")
        #expect(try String(contentsOfFile: folder + "/seen", encoding: .utf8) == "Typed before editing.\n")
        #expect(
            try fixture.mlsd.sql("SELECT text FROM answers WHERE kind = 'answer'") == """
                Typed before editing.
                Added in the editor: we would monitor drift and roll back bad models.
                Typed after.
                """)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
            $0.hasPrefix("mlsd-answer-")
        }
        #expect(leftovers.isEmpty)
    }

    @Test func theEditorSettingIsUsedAndCtrlCGoesToTheEditorOnly() throws {
        let fixture = try PracticeFixture()
        defer { fixture.remove() }
        let script = try FakeEditor.script(in: fixture.mlsd.folder)
        #expect(try fixture.mlsd.run(["config", "set", "editor", "'\(script)' --wait"]).status == 0)
        let result = try fixture.run(
            ["practice", fixture.caseID, "--step", "serving"], lines: [":edit", ".", "."],
            environment: ["INTERRUPT_PARENT": "1"])
        #expect(result.status == 0, "SIGINT while the editor runs must not end mlsd: \(result.stderr)")
        #expect(try fixture.mlsd.sql("SELECT status FROM sessions") == "finished")
        #expect(try fixture.mlsd.sql("SELECT text FROM answers WHERE kind = 'answer'").hasPrefix("Added in the editor"))
    }

    @Test func aMissingOrFailingEditorLeavesTheAnswerAlone() throws {
        let fixture = try PracticeFixture()
        defer { fixture.remove() }
        let missing = try fixture.run(
            ["practice", fixture.caseID, "--step", "data"], lines: ["Kept.", ":edit", ".", "."],
            environment: ["EDITOR": "no-such-editor-here"])
        #expect(missing.status == 0)
        #expect(missing.stdout.contains("cannot start the editor 'no-such-editor-here'"))
        let failing = try fixture.run(
            ["practice", fixture.caseID, "--step", "data"], lines: ["Kept too.", ":edit", ".", "."],
            environment: ["EDITOR": "false"])
        #expect(failing.stdout.contains("did not exit cleanly; your answer is unchanged"))
        #expect(
            try fixture.mlsd.sql("SELECT text FROM answers WHERE kind = 'answer' ORDER BY id") == "Kept.\nKept too.")
    }
}
