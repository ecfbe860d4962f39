import Foundation
import Testing

@testable import MLSDTestSupport

/// Stopping a session at the end of input (at each prompt) or with :quit: every submitted answer
/// survives, and --resume finishes the session. Ctrl-C and kill -9 are in PracticeSignalTests.
@Suite struct PracticeInterruptionTests {
    /// The input of a whole session in pieces, each ending at a prompt: after an answer (the
    /// follow-up is being asked) or after a follow-up (the next step is being asked).
    static func pieces(_ fixture: PracticeFixture) throws -> [[String]] {
        try PracticeFixture.steps.flatMap { step in
            [[try fixture.goodAnswer(step), "."], ["Also the follow-up: we would monitor \(step) closely.", "."]]
        }
    }

    /// The case practised and its session's pieces, read from the rubric once for every cut.
    static let session = Result { () throws -> (caseID: String, pieces: [[String]]) in
        let fixture = try PracticeFixture(.inProcess)
        defer { fixture.remove() }
        return (fixture.caseID, try pieces(fixture))
    }

    /// Each cut is a case of its own, so that the cuts run in parallel.
    @Test(arguments: 0...PracticeFixture.steps.count * 2)
    func endOfInputAtEveryPromptKeepsEveryAnswerAndResumeFinishes(cut: Int) throws {
        let (caseID, pieces) = try Self.session.get()
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        let first = try mlsd.run(
            ["practice", caseID], input: pieces[..<cut].flatMap { $0 }.joined(separator: "\n") + "\n")
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

    @Test func quitKeepsTheTypedTextAndResumeScoresIt() throws {
        let fixture = try PracticeFixture(.inProcess)
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
        let fixture = try PracticeFixture(.inProcess)
        defer { fixture.remove() }
        _ = try fixture.run(["practice", fixture.caseID], lines: ["An answer.", "."])
        let again = try fixture.run(["practice", fixture.caseID], lines: [])
        #expect(again.stdout.contains("Starting a new session. The unfinished one on this case"))
        #expect(try fixture.mlsd.sql("SELECT status FROM sessions ORDER BY id") == "abandoned\nactive")
        #expect(try fixture.count("SELECT COUNT(*) FROM answers") == 1)
    }

    @Test func resumeWithNothingToResumeIsAnError() throws {
        let fixture = try PracticeFixture(.inProcess)
        defer { fixture.remove() }
        let result = try fixture.run(["practice", "--resume"], lines: [])
        #expect(result.status == 66)
        #expect(
            result.stderr == "mlsd: there is no unfinished session to resume; start one with 'mlsd practice [CASE]'\n")
    }
}
