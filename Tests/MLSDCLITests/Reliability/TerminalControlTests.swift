import Foundation
import Testing

@testable import MLSDTestSupport

/// Text that would drive a terminal (a window title, a clear screen, an 8-bit CSI, hidden text,
/// a right-to-left override) reaches the terminal only as visible symbols, from whichever door it
/// came in: a content pack or the database (titles, scenarios, prompts, hints, points) or the
/// user's own answers, quoted back in feedback, history and review.
@Suite struct TerminalControlTests {
    static let hostile = "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m\u{202E}evil\u{1B}[8m\u{0}\u{85}"

    /// Scalars a terminal would act on: controls other than tab and newline, C1, bidi overrides.
    static func raw(_ text: String) -> [String] {
        text.unicodeScalars.filter { scalar in
            switch scalar.value {
            case 0x09, 0x0A: false
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
            default: false
            }
        }.map { String(format: "U+%04X", $0.value) }
    }

    static func expectVisible(_ label: String, _ result: MLSDSandbox.Result) {
        #expect(
            !result.signalled && MLSDSandbox.documentedExitCodes.contains(result.status),
            "\(label): exit \(result.status)")
        #expect(raw(result.stdout).isEmpty, "\(label) stdout: \(Set(raw(result.stdout)).sorted())")
        #expect(raw(result.stderr).isEmpty, "\(label) stderr: \(Set(raw(result.stderr)).sorted())")
    }

    @Test func storedAndTypedTextIsShownWithoutRawControls() throws {
        let fixture = try PracticeFixture(.inProcess)
        defer { fixture.remove() }
        let mlsd = fixture.mlsd, id = fixture.caseID
        let text = ProgressSeed.text(Self.hostile)
        _ = try mlsd.sql(
            """
            UPDATE cases SET title = title || \(text), scenario = \(text) || scenario WHERE id = '\(id)';
            UPDATE steps SET prompt = \(text) || prompt, hints = json_array(\(text)) WHERE case_id = '\(id)';
            UPDATE points SET title = title || \(text), why = \(text) || why WHERE case_id = '\(id)';
            """)
        // The answer quotes the hostile text; the first line names a point so feedback cites it.
        let answer = try fixture.goodAnswer("requirements") + " " + Self.hostile
        let practice = try fixture.run(["practice", id], lines: [":hint", answer, "."] + (try fixture.wholeSession()))
        Self.expectVisible("practice", practice)
        #expect(practice.stdout.contains("\u{241B}]0;pwned\u{2407}"), "the window title sequence is shown as symbols")
        let score = try mlsd.run(
            ["score", "--case", id, "--step", "requirements", "--verbose"], input: answer + "\n.\n")
        Self.expectVisible("score", score)
        let card = try mlsd.sql("SELECT id FROM cards ORDER BY id LIMIT 1")
        let commands: [[String]] = [
            [], ["cases"], ["show", id, "--outline"], ["history"], ["history", "--case", id],
            ["cards"], ["cards", "show", card], ["stats"], ["due"], ["export", "--case", id, "--out", "-"],
            ["show", id, "--json"], ["history", "--json"], ["cases", "--json"],
        ]
        for command in commands {
            Self.expectVisible(command.joined(separator: " "), try mlsd.run(command))
        }
        Self.expectVisible(
            "review", try mlsd.run(["review", "--limit", "2"], input: Self.hostile + "\n.\n3\n" + Self.hostile + "\n"))
        Self.expectVisible("unknown case", try mlsd.run(["show", Self.hostile]))
    }

    @Test func validateRefusesControlsInIdsAndTitlesWithoutEchoingThem() throws {
        let mlsd = MLSDSandbox(.inProcess)
        defer { mlsd.remove() }
        var pack = PackFiles.editing(step: 0, point: 0) { $0["title"] = "Point " + Self.hostile }
        pack["id"] = "bad\u{1B}[2J-id"
        pack["title"] = "Title " + Self.hostile
        let path = PackFiles.write(PackFiles.serialise(pack), in: mlsd)
        let result = try mlsd.run(["validate", path])
        Self.expectVisible("validate", result)
        #expect(result.status == 65, "\(result.status)")
        #expect(result.stdout.contains("id: must be lower-case kebab-case"), "\(result.stdout)")
        #expect(
            result.stdout.components(separatedBy: "title: must be one line without control characters").count == 3,
            "\(result.stdout)")
        Self.expectVisible("validate --json", try mlsd.run(["validate", path, "--json"]))
        let imported = try mlsd.run(["import", path])
        #expect(imported.status == 65)
        Self.expectVisible("import", imported)
    }
}
