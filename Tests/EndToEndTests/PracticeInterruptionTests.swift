import Foundation
import Testing

/// Stopping a session any way a user can: end of input at each prompt, Ctrl-C, kill -9. Every
/// submitted answer must survive, and --resume must finish the session.
@Suite struct PracticeInterruptionTests {
    /// The input of a whole session in pieces, each ending at a prompt: after an answer (the
    /// follow-up is being asked) or after a follow-up (the next step is being asked).
    static func pieces(_ fixture: PracticeFixture) throws -> [[String]] {
        try PracticeFixture.steps.flatMap { step in
            [[try fixture.goodAnswer(step), "."], ["Also the follow-up: we would monitor \(step) closely.", "."]]
        }
    }

    @Test func endOfInputAtEveryPromptKeepsEveryAnswerAndResumeFinishes() throws {
        let fixture = try PracticeFixture()
        defer { fixture.remove() }
        let pieces = try Self.pieces(fixture)
        for cut in 0...pieces.count {
            let mlsd = MLSDProcess.afterFirstRun()
            defer { mlsd.remove() }
            let first = try mlsd.run(
                ["practice", fixture.caseID], input: pieces[..<cut].flatMap { $0 }.joined(separator: "\n") + "\n")
            #expect(first.status == 0, "cut \(cut): \(first.stderr)")
            let saved = Int(try mlsd.sql("SELECT COUNT(*) FROM answers")) ?? -1
            #expect(saved == cut, "cut \(cut): every submitted answer is saved")
            // After the last answer only its optional follow-up is left, so the session ends there.
            if cut < pieces.count - 1 {
                #expect(try mlsd.sql("SELECT status FROM sessions") == "active", "cut \(cut)")
                #expect(first.stdout.contains("Continue it with 'mlsd practice --resume'"), "cut \(cut)")
                // Resume with the rest: a cut after an answer resumes at the next step, its follow-up passed.
                let rest = pieces[cut...].enumerated().filter { cut % 2 == 0 || $0.offset > 0 }.flatMap { $0.element }
                let second = try mlsd.run(["practice", "--resume"], input: rest.joined(separator: "\n") + "\n")
                #expect(second.status == 0, "cut \(cut): \(second.stderr)")
                #expect(second.stdout.contains("Resuming your session"), "cut \(cut)")
            }
            #expect(try mlsd.sql("SELECT status FROM sessions") == "finished", "cut \(cut)")
            #expect(try mlsd.sql("SELECT COUNT(*) FROM sessions") == "1", "cut \(cut)")
            #expect(try mlsd.sql("SELECT COUNT(DISTINCT step) FROM answers WHERE kind = 'answer'") == "7", "cut \(cut)")
            #expect(try mlsd.sql("SELECT COUNT(*) FROM answers WHERE score IS NULL") == "0", "cut \(cut)")
        }
    }

    @Test func ctrlCMidSessionKeepsTheAnswersAndResumeCompletes() throws {
        let fixture = try PracticeFixture()
        defer { fixture.remove() }
        let live = try LiveProcess(fixture.mlsd, ["practice", fixture.caseID])
        live.type([try fixture.goodAnswer("requirements"), ".", ".", try fixture.goodAnswer("metrics"), ".", "."])
        let scored = try live.waitUntil {
            try fixture.count("SELECT COUNT(*) FROM answers WHERE score IS NOT NULL") == 2
        }
        guard scored else {
            let result = live.finish()
            Issue.record(
                "the answers were not scored: status \(result.status), stderr \(result.stderr), stdout \(result.stdout.suffix(500))"
            )
            return
        }
        live.type(["Half an answer about the data that was never fin"])
        live.send(SIGINT)
        let result = live.finish()
        #expect(result.status == 130)
        #expect(!result.signalled)
        #expect(
            result.stderr.contains(
                "Interrupted. Your submitted answers are saved.\nContinue with 'mlsd practice --resume'."))
        #expect(try fixture.mlsd.sql("SELECT step FROM answers ORDER BY id") == "requirements\nmetrics")
        #expect(try fixture.mlsd.sql("SELECT status FROM sessions") == "active")

        let rest = try PracticeFixture.steps.dropFirst(2).flatMap { [try fixture.goodAnswer($0), ".", "."] }
        let resumed = try fixture.run(["practice", "--resume", fixture.caseID], lines: rest)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("Step 3 of 7: Data pipeline"))
        #expect(!resumed.stdout.contains("Step 1 of 7"))
        #expect(try fixture.mlsd.sql("SELECT status FROM sessions") == "finished")
        #expect(try fixture.count("SELECT COUNT(*) FROM answers") == 7)
    }

    @Test func killNineLosesOnlyTheAnswerBeingTyped() throws {
        let fixture = try PracticeFixture()
        defer { fixture.remove() }
        let live = try LiveProcess(fixture.mlsd, ["practice", fixture.caseID])
        live.type([
            try fixture.goodAnswer("requirements"), ".", "A follow-up answer about scale.", ".",
            try fixture.goodAnswer("metrics"), ".",
        ])
        let scored = try live.waitUntil {
            try fixture.count("SELECT COUNT(*) FROM answers WHERE score IS NOT NULL") == 3
        }
        guard scored else {
            let result = live.finish()
            Issue.record(
                "the answers were not scored: status \(result.status), stderr \(result.stderr), stdout \(result.stdout.suffix(500))"
            )
            return
        }
        live.type(["The answer being typed when the power went"])
        live.send(SIGKILL)
        let result = live.finish()
        #expect(result.signalled)
        #expect(
            try fixture.mlsd.sql("SELECT step || ':' || kind FROM answers ORDER BY id")
                == "requirements:answer\nrequirements:followup\nmetrics:answer")
        #expect(try fixture.count("SELECT COUNT(*) FROM answers WHERE score IS NULL") == 0)
        #expect(try fixture.mlsd.sql("SELECT status FROM sessions") == "active")

        // The metrics follow-up was being asked; resuming moves on to the data step.
        let rest = try PracticeFixture.steps.dropFirst(2).flatMap { [try fixture.goodAnswer($0), ".", "."] }
        let resumed = try fixture.run(["practice", "--resume"], lines: rest)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(try fixture.mlsd.sql("SELECT status FROM sessions") == "finished")
        #expect(try fixture.count("SELECT COUNT(*) FROM answers WHERE kind = 'answer'") == 7)
    }

    @Test func quitKeepsTheTypedTextAndResumeScoresIt() throws {
        let fixture = try PracticeFixture()
        defer { fixture.remove() }
        let first = try fixture.run(
            ["practice", fixture.caseID], lines: [try fixture.goodAnswer("requirements"), ":quit"])
        #expect(first.status == 0)
        #expect(first.stdout.contains("Kept what you typed for Clarify requirements"))
        #expect(try fixture.mlsd.sql("SELECT score IS NULL, status FROM answers, sessions") == "1|active")
        let second = try fixture.run(["practice", "--resume", fixture.caseID], lines: [":quit"])
        #expect(second.stdout.contains("Your saved answer to step 1, Clarify requirements"))
        #expect(second.stdout.contains("Step 2 of 7"))
        #expect(try fixture.mlsd.sql("SELECT score IS NULL FROM answers") == "0")
    }

    @Test func aPipedSessionStartsAfreshAndSaysSo() throws {
        let fixture = try PracticeFixture()
        defer { fixture.remove() }
        _ = try fixture.run(["practice", fixture.caseID], lines: ["An answer.", "."])
        let again = try fixture.run(["practice", fixture.caseID], lines: [])
        #expect(again.stdout.contains("Starting a new session. The unfinished one on this case"))
        #expect(try fixture.mlsd.sql("SELECT status FROM sessions ORDER BY id") == "abandoned\nactive")
        #expect(try fixture.count("SELECT COUNT(*) FROM answers") == 1)
    }

    @Test func resumeWithNothingToResumeIsAnError() throws {
        let fixture = try PracticeFixture()
        defer { fixture.remove() }
        let result = try fixture.run(["practice", "--resume"], lines: [])
        #expect(result.status == 66)
        #expect(
            result.stderr == "mlsd: there is no unfinished session to resume; start one with 'mlsd practice [CASE]'\n")
    }
}
