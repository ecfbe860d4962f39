import Foundation
import Testing

@testable import MLSDTestSupport

/// Whole practice sessions driven through standard input, checked in the output and the database.
@Suite struct PracticeSessionTests {
    @Test func aWholeSessionIsSavedScoredSummedUpAndQueuedForReview() throws {
        let fixture = try PracticeFixture(.inProcess)
        defer { fixture.remove() }
        let result = try fixture.run(["practice", fixture.caseID], lines: try fixture.wholeSession())
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        for (index, step) in ["Clarify requirements", "Data pipeline", "Serving and monitoring"].enumerated() {
            #expect(result.stdout.contains(": \(step) "), "step \(index) header")
        }
        #expect(result.stdout.contains("Interviewer: "))
        #expect(result.stdout.contains("Made: ") || result.stdout.contains("Named only: "))
        #expect(result.stdout.contains("Session summary"))
        #expect(result.stdout.contains("Overall"))
        #expect(!result.stdout.contains("\u{1B}["), "no colour or cursor codes on a pipe")

        let mlsd = fixture.mlsd
        #expect(try mlsd.sql("SELECT status FROM sessions") == "finished")
        #expect(try fixture.count("SELECT COUNT(*) FROM answers WHERE kind = 'answer' AND skipped = 0") == 7)
        #expect(
            try fixture.count("SELECT COUNT(*) FROM answers WHERE score IS NULL OR level IS NULL OR feedback IS NULL")
                == 0)
        #expect(try fixture.count("SELECT COUNT(*) FROM answers WHERE score > 0") > 0)
        #expect(try fixture.count("SELECT COUNT(*) FROM answers WHERE json_valid(feedback) = 0") == 0)
        let points = try fixture.count(
            "SELECT COUNT(*) FROM points WHERE case_id = '\(fixture.caseID)' AND retired = 0")
        #expect(try fixture.count("SELECT COUNT(*) FROM point_results") == points)
        #expect(
            try fixture.count("SELECT COUNT(*) FROM point_results WHERE outcome = 'covered' AND evidence <> ''") > 0)

        // The overall is the mean of the step scores, and the summary prints it.
        let overall = try #require(Double(try mlsd.sql("SELECT overall FROM sessions")))
        let mean = try #require(Double(try mlsd.sql("SELECT AVG(score) FROM answers")))
        #expect(abs(overall - mean) < 1e-6)
        #expect(result.stdout.contains("\(Int(overall.rounded()))/100"))

        // Every missed point becomes a point card and every step a step card, new and due now.
        let missed = try fixture.count("SELECT COUNT(*) FROM point_results WHERE outcome = 'missed'")
        #expect(try fixture.count("SELECT COUNT(*) FROM cards WHERE kind = 'point'") == missed)
        #expect(try fixture.count("SELECT COUNT(*) FROM cards WHERE kind = 'step' AND point_id = ''") == 7)
        #expect(
            try fixture.count(
                """
                SELECT COUNT(*) FROM cards WHERE state <> 1 OR step_index <> 0 OR reps <> 0 OR due <> created_at
                    OR stability IS NOT NULL
                """) == 0)
        #expect(result.stdout.contains("Review: added \(missed) point card"))
    }

    @Test func aFollowupAnswerIsSavedAndScoredWithTheAnswer() throws {
        let fixture = try PracticeFixture(.inProcess)
        defer { fixture.remove() }
        let phrase = try fixture.mlsd.sql(
            """
            SELECT json_extract(phrasings, '$[0]') FROM points WHERE case_id = '\(fixture.caseID)'
            AND step = 'requirements' ORDER BY weight DESC, position LIMIT 1
            """)
        let lines = [
            "We would clarify who the users are and what the product must do for them.", ".",
            "On that question I would also consider \(phrase), since it shapes the whole design.", ".",
        ]
        let result = try fixture.run(["practice", fixture.caseID, "--step", "requirements"], lines: lines)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Follow-up: "))
        #expect(result.stdout.contains("With the follow-up"))
        let rows = try fixture.mlsd.sql("SELECT kind, score IS NOT NULL FROM answers ORDER BY id")
        #expect(rows == "answer|1\nfollowup|1")
        let question = try fixture.mlsd.sql("SELECT question FROM answers WHERE kind = 'followup'")
        #expect(result.stdout.contains(String(question.prefix(30))))
        // Scored together: the follow-up's result covers at least what the answer alone did, plus the phrase.
        #expect(
            try fixture.count(
                """
                SELECT (SELECT COUNT(*) FROM point_results r JOIN answers a ON a.id = r.answer_id
                        WHERE a.kind = 'followup' AND r.outcome = 'covered')
                     - (SELECT COUNT(*) FROM point_results r JOIN answers a ON a.id = r.answer_id
                        WHERE a.kind = 'answer' AND r.outcome = 'covered')
                """) >= 1)
        #expect(try fixture.mlsd.sql("SELECT steps FROM sessions") == "[\"requirements\"]")
        #expect(try fixture.count("SELECT COUNT(*) FROM cards WHERE kind = 'step'") == 1)
        #expect(try fixture.mlsd.sql("SELECT status FROM sessions") == "finished")
    }

    @Test func hintsSkipsAndBackAreRecorded() throws {
        let fixture = try PracticeFixture(.inProcess)
        defer { fixture.remove() }
        let lines = [
            ":hint", ":hint", try fixture.goodAnswer("requirements"), ".", ".",
            ":skip",
            ":back", ":help", ":hnit", "A second try at framing: predict a label and measure it offline.", ".", ".",
            ":quit",
        ]
        let result = try fixture.run(["practice", fixture.caseID], lines: lines)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Hint 1/"))
        #expect(result.stdout.contains("Hint 2/"))
        #expect(result.stdout.contains("Skipped Frame the problem"))
        #expect(result.stdout.contains("You skipped this step earlier."))
        #expect(result.stdout.contains(":quit"), "help lists the commands")
        #expect(result.stdout.contains("Unknown command ':hnit' (did you mean ':hint'?)"))
        let rows = try fixture.mlsd.sql(
            "SELECT step, hints_used, skipped FROM answers WHERE kind = 'answer' ORDER BY id")
        #expect(rows == "requirements|2|0\nmetrics|0|1\nmetrics|0|0")
        #expect(
            try fixture.mlsd.sql("SELECT text FROM answers WHERE step = 'metrics' AND skipped = 0")
                == "A second try at framing: predict a label and measure it offline.")
        #expect(try fixture.mlsd.sql("SELECT status FROM sessions") == "active")
        #expect(result.stdout.contains("2 of 7 steps done"))
    }

    @Test func noHintsTurnsHintsOff() throws {
        let fixture = try PracticeFixture(.inProcess)
        defer { fixture.remove() }
        let result = try fixture.run(
            ["practice", fixture.caseID, "--no-hints", "--step", "2"],
            lines: [":hint", "An answer.", ".", "."])
        #expect(result.stdout.contains("Hints are off for this session (--no-hints)."))
        #expect(!result.stdout.contains("Hint 1/"))
        #expect(try fixture.mlsd.sql("SELECT hints, steps FROM sessions") == "0|[\"metrics\"]")
        #expect(try fixture.mlsd.sql("SELECT hints_used FROM answers") == "0")
    }

    @Test func timedSessionsShowTheTimeLeft() throws {
        let fixture = try PracticeFixture(.inProcess)
        defer { fixture.remove() }
        let result = try fixture.run(
            ["practice", fixture.caseID, "--timed", "--step", "model"],
            lines: [":help", "An answer.", ".", "."])
        #expect(result.stdout.contains(":00 left"))
        #expect(result.stdout.contains(" left)"), "the time left is shown again at the prompt after a command")
        #expect(try fixture.mlsd.sql("SELECT timed FROM sessions") == "1")
    }

    @Test func sessionLevelPitfallsAppearInTheSummary() throws {
        let fixture = try PracticeFixture(.inProcess)
        defer { fixture.remove() }
        var lines: [String] = []
        for step in PracticeFixture.steps {
            switch step {
            case "model": lines += [String(repeating: try fixture.goodAnswer("model") + "\n", count: 4), ".", "."]
            case "data", "serving": lines += [":skip"]
            default: lines += ["A short answer about \(step).", ".", "."]
            }
        }
        let result = try fixture.run(["practice", fixture.caseID], lines: lines)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Across the session"))
        #expect(result.stdout.contains("Left out: Data pipeline, Serving and monitoring"))
        #expect(result.stdout.contains("Rushed the requirements"))
        #expect(try fixture.count("SELECT COUNT(*) FROM cards WHERE kind = 'step'") == 5)
    }
}
