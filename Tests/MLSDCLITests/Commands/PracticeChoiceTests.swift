import Foundation
import Testing

@testable import MLSDTestSupport

/// Choosing what to practise: a case by id, from the menu, at random; bad choices; help.
@Suite struct PracticeChoiceTests {
    @Test func unknownCaseGetsDidYouMean() throws {
        let fixture = try PracticeFixture(.inProcess)
        defer { fixture.remove() }
        let typo = String(fixture.caseID.dropLast())
        let result = try fixture.run(["practice", typo], lines: [])
        #expect(result.status == 64)
        #expect(result.stderr == "mlsd: unknown case '\(typo)' (did you mean '\(fixture.caseID)'? see 'mlsd cases')\n")
        #expect(try fixture.count("SELECT COUNT(*) FROM sessions") == 0)
    }

    @Test func badOptionsAreUsageErrors() throws {
        let fixture = try PracticeFixture(.inProcess)
        defer { fixture.remove() }
        let step = try fixture.run(["practice", fixture.caseID, "--step", "modle"], lines: [])
        #expect(step.status == 64)
        #expect(step.stderr.hasPrefix("mlsd: unknown step 'modle' (did you mean 'model'?"))
        let both = try fixture.run(["practice", fixture.caseID, "--random"], lines: [])
        #expect(both.status == 64)
        #expect(both.stderr.hasPrefix("mlsd: '--random' chooses the case"))
        let resumeStep = try fixture.run(["practice", "--resume", "--step", "data"], lines: [])
        #expect(resumeStep.status == 64)
        #expect(try fixture.count("SELECT COUNT(*) FROM sessions") == 0)
    }

    @Test func theMenuTakesANumberOrAnId() throws {
        let fixture = try PracticeFixture(.inProcess)
        defer { fixture.remove() }
        let ids = try fixture.mlsd.sql("SELECT id FROM cases WHERE retired = 0 ORDER BY source, position, id").split(
            separator: "\n")
        let byNumber = try fixture.run(["practice"], lines: ["2", ":quit"])
        #expect(byNumber.status == 0)
        #expect(byNumber.stdout.hasPrefix("Choose a case study to practise"))
        #expect(byNumber.stdout.contains("   1  \(ids[0]) "))
        #expect(byNumber.stdout.contains("never"))
        #expect(try fixture.mlsd.sql("SELECT case_id FROM sessions") == String(ids[1]))

        let byID = try fixture.run(["practice"], lines: [String(ids[2]), ":quit"])
        #expect(byID.status == 0)
        #expect(try fixture.mlsd.sql("SELECT case_id FROM sessions ORDER BY id DESC LIMIT 1") == String(ids[2]))

        let wrong = try fixture.run(["practice"], lines: ["99"])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("there is no case number 99"))
        let typo = try fixture.run(["practice"], lines: [String(ids[0].dropFirst())])
        #expect(typo.status == 64)
        #expect(typo.stderr.contains("did you mean '\(ids[0])'"))
        let nothing = try fixture.run(["practice"], lines: [])
        #expect(nothing.status == 0)
        #expect(try fixture.count("SELECT COUNT(*) FROM sessions") == 2)
    }

    @Test func theMenuShowsBestScoreAndLastAttempt() throws {
        let fixture = try PracticeFixture(.inProcess)
        defer { fixture.remove() }
        _ = try fixture.run(
            ["practice", fixture.caseID, "--step", "requirements"],
            lines: [try fixture.goodAnswer("requirements"), ".", "."])
        let best = Int((Double(try fixture.mlsd.sql("SELECT overall FROM sessions")) ?? -1).rounded())
        let menu = try fixture.run(["practice"], lines: [])
        let line = menu.stdout.split(separator: "\n").first { $0.contains(" \(fixture.caseID) ") }
        #expect(line?.contains(String(format: "%4d", best)) == true)
        #expect(
            line?.range(of: #"\d{4}-\d{2}-\d{2}"#, options: .regularExpression) != nil, "the day of the last attempt")
    }

    @Test func randomPicksACaseNotPractisedYet() throws {
        let fixture = try PracticeFixture(.inProcess)
        defer { fixture.remove() }
        let ids = try fixture.mlsd.sql("SELECT id FROM cases WHERE retired = 0").split(separator: "\n").map(String.init)
        // Practise all but one case; --random must pick the one left.
        for id in ids.dropFirst() {
            _ = try fixture.run(["practice", id, "--step", "requirements"], lines: ["Short.", ".", "."])
        }
        let result = try fixture.run(["practice", "--random"], lines: [":quit"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Picked at random: "))
        #expect(result.stdout.contains("(\(ids[0]), not practised yet)"))
        #expect(try fixture.mlsd.sql("SELECT case_id FROM sessions ORDER BY id DESC LIMIT 1") == ids[0])
    }

    @Test func randomGivesANewcomerAnEasyCaseAndThenAnyNewOne() throws {
        let fixture = try PracticeFixture(.inProcess)
        defer { fixture.remove() }
        // The example pack's case is easy, so the catalog has an easy case whatever difficulties
        // the built-in cases carry.
        let imported = try fixture.run(["import", PackFiles.examplePath], lines: [])
        #expect(imported.status == 0)
        let first = try fixture.run(["practice", "--random"], lines: [":quit"])
        #expect(first.status == 0)
        #expect(first.stdout.contains(", an easy one to start with)."))
        let picked = try fixture.mlsd.sql("SELECT case_id FROM sessions")
        #expect(try fixture.mlsd.sql("SELECT difficulty FROM cases WHERE id = '\(picked)'") == "easy")

        // One session, even one left at the first step, and the user is no longer new.
        let second = try fixture.run(["practice", "--random"], lines: [":quit"])
        #expect(second.status == 0)
        #expect(second.stdout.contains(", not practised yet)."))
        #expect(try fixture.mlsd.sql("SELECT case_id FROM sessions ORDER BY id DESC LIMIT 1") != picked)
    }

    @Test func helpStatesTheCommandsAndTheAnswerLimit() throws {
        let mlsd = MLSDSandbox(.inProcess)
        defer { mlsd.remove() }
        let help = try mlsd.run(["practice", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.hasPrefix("OVERVIEW: "))
        // The usage line wraps at 80 columns under its own start, as swift-argument-parser's does.
        #expect(
            help.stdout.replacingOccurrences(of: "\n       ", with: " ")
                .contains("USAGE: mlsd practice [<case>] [--step <step>] [--random] [--timed] [--resume] [--no-hints]"))
        for word in ["1 MB", ":hint", ":skip", ":edit", ":back", ":quit", ":help", "--resume"] {
            #expect(help.stdout.contains(word), "\(word)")
        }
        #expect(!FileManager.default.fileExists(atPath: mlsd.database))
    }

    @Test func anAnswerOverTheLimitIsCut() throws {
        let fixture = try PracticeFixture(.inProcess)
        defer { fixture.remove() }
        let line = String(repeating: "latency matters a lot ", count: 1_000)  // 22 kB a line
        let lines = Array(repeating: line, count: 60) + [".", "."]
        let result = try fixture.run(["practice", fixture.caseID, "--step", "serving"], lines: lines)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Your answer reached the 1 MB limit"))
        let length = try fixture.count("SELECT length(CAST(text AS BLOB)) FROM answers")
        #expect(length <= 1_000_000 && length > 990_000)
        #expect(try fixture.mlsd.sql("SELECT status FROM sessions") == "finished")
    }
}
