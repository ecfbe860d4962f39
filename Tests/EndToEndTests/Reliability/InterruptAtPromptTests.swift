import Foundation
import Testing

@testable import MLSDTestSupport

/// Ctrl-C (SIGINT) at every prompt of practice and review: exit 130 at once, everything
/// submitted so far saved, and the practice session resumable.
@Suite struct InterruptAtPromptTests {
    static let answerPrompt = "End with a line holding only '.'"
    static let followupPrompt = "Answer it to add to this step's score"

    static func prompts(_ text: String, _ markers: [String]) -> Int {
        markers.map { text.components(separatedBy: $0).count - 1 }.reduce(0, +)
    }

    /// The inputs of a whole session, one per prompt: an answer, then its follow-up, per step.
    static let practiceInputs = PracticeFixture.steps.flatMap { step in
        [
            ["We would scope \(step) for scale and latency, since both shape the design.", "."],
            ["For the follow-up on \(step), we would monitor it and alert on drift.", "."],
        ]
    }

    /// Each prompt is a case of its own, so that they run in parallel.
    @Test(arguments: practiceInputs.indices)
    func practiceAtEveryPrompt(_ prompt: Int) throws {
        let fixture = try PracticeFixture()
        defer { fixture.remove() }
        let inputs = Self.practiceInputs
        let mlsd = fixture.mlsd
        let running = try mlsd.start(["practice", fixture.caseID])
        if prompt > 0 {
            running.write(Array((inputs[..<prompt].flatMap { $0 }.joined(separator: "\n") + "\n").utf8))
        }
        let reached = running.waitForOutput {
            Self.prompts($0, [Self.answerPrompt, Self.followupPrompt]) == prompt + 1
        }
        #expect(reached, "prompt \(prompt) never shown")
        running.send(SIGINT)
        let result = running.finish()
        #expect(result.status == 130 && !result.signalled, "prompt \(prompt): \(result.status)")
        #expect(result.stderr.contains("Interrupted. Your submitted answers are saved."), "prompt \(prompt)")
        #expect(
            try mlsd.sql("PRAGMA integrity_check; SELECT COUNT(*) FROM answers WHERE score IS NOT NULL;")
                == "ok\n\(prompt)", "prompt \(prompt): every submitted answer saved and scored")
        if prompt < inputs.count - 1 {
            let resumed = try mlsd.run(["practice", "--resume"], input: "")
            #expect(
                resumed.status == 0 && resumed.stdout.contains("Resuming your session"),
                "prompt \(prompt): \(resumed.stderr)")
        }
    }

    @Test func reviewAtEveryPrompt() throws {
        let markers = ["Answer, ending with a line", "Rate 1-4"]
        let inputs = [[""], ["3"], ["An answer typed in full.", "."], ["1"], [""], ["4"], [""], ["2"]]
        for prompt in 0..<inputs.count {
            let fixture = ReviewFixture()
            defer { fixture.remove() }
            try fixture.run(["cards", "add", "--case", "ad-click-prediction", "--step", "metrics", "--all-points"])
            let running = try fixture.mlsd.start(
                ["review"], environment: ["MLSD_NOW": ReviewFixture.iso(ReviewFixture.start)])
            if prompt > 0 {
                running.write(Array((inputs[..<prompt].flatMap { $0 }.joined(separator: "\n") + "\n").utf8))
            }
            let reached = running.waitForOutput { Self.prompts($0, markers) == prompt + 1 }
            #expect(reached, "prompt \(prompt) never shown")
            running.send(SIGINT)
            let result = running.finish()
            #expect(result.status == 130 && !result.signalled, "prompt \(prompt): \(result.status)")
            #expect(
                try fixture.mlsd.sql("PRAGMA integrity_check; SELECT COUNT(*) FROM review_log;")
                    == "ok\n\(prompt / 2)", "prompt \(prompt): every rating given is saved")
        }
    }
}
