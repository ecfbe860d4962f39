import Foundation
import Testing

@testable import MLSDTestSupport

/// Stopping a running session with Ctrl-C or kill -9: every submitted answer survives, and
/// --resume finishes the session.
@Suite struct PracticeSignalTests {
    /// A practice session with `lines` typed, once `count` answers are scored; nil (recorded) if they never are.
    private func practice(_ fixture: PracticeFixture, typing lines: [String], scored count: Int) throws
        -> StreamingProcess?
    {
        let live = try fixture.mlsd.start(["practice", fixture.caseID])
        live.write(lines)
        // It prints after every answer it saves: each print is a moment to look at the database.
        let scored = live.waitForOutput { _ in
            (try? fixture.count("SELECT COUNT(*) FROM answers WHERE score IS NOT NULL")) == count
        }
        guard scored else {
            let result = live.finish()
            Issue.record(
                "the answers were not scored: status \(result.status), stderr \(result.stderr), stdout \(result.stdout.suffix(500))"
            )
            return nil
        }
        return live
    }

    @Test func ctrlCMidSessionKeepsTheAnswersAndResumeCompletes() throws {
        let fixture = try PracticeFixture()
        defer { fixture.remove() }
        guard
            let live = try practice(
                fixture,
                typing: [
                    try fixture.goodAnswer("requirements"), ".", ".", try fixture.goodAnswer("metrics"), ".", ".",
                ], scored: 2)
        else { return }
        live.write(["Half an answer about the data that was never fin"])
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
        guard
            let live = try practice(
                fixture,
                typing: [
                    try fixture.goodAnswer("requirements"), ".", "A follow-up answer about scale.", ".",
                    try fixture.goodAnswer("metrics"), ".",
                ], scored: 3)
        else { return }
        live.write(["The answer being typed when the power went"])
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
}
