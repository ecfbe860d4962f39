import Foundation
import Testing

@testable import MLSDTestSupport

@Suite struct DashboardTests {
    static func dashboard(_ mlsd: MLSDSandbox) throws -> [String: Any] {
        let result = try mlsd.run(["--json"])
        #expect(result.status == 0)
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
    }

    /// The reason under "Next:" wraps at 80 columns with a six-space indent.
    static func unwrapped(_ text: String) -> String { text.replacingOccurrences(of: "\n      ", with: " ") }

    @Test func freshDatabaseSuggestsTheFirstEasyCaseElseTheFirstCase() throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        try mlsd.run(["cases"])
        let firstEasyElseFirst =
            "SELECT id FROM cases WHERE retired = 0 ORDER BY difficulty != 'easy', source, position, id LIMIT 1"
        let first = try mlsd.sql(firstEasyElseFirst)
        let result = try mlsd.run([])
        #expect(result.status == 0)
        #expect(result.stdout.contains("  Cases      0 of \(try mlsd.sql("SELECT COUNT(*) FROM cases")) practised\n"))
        #expect(result.stdout.contains("  Reviews    none due now\n"))
        #expect(result.stdout.contains("Next: mlsd practice \(first)\n"))
        #expect(!result.stdout.contains("Interview"))
        let json = try Self.dashboard(mlsd)
        #expect(json["due_reviews"] as? Int == 0)
        #expect(json["practised"] as? Int == 0)
        let next = json["next"] as! [String: Any]
        #expect(next["action"] as? String == "practice_case")
        #expect(next["command"] as? String == "mlsd practice \(first)")

        // With an easy case in the catalog (the example pack's at least), a newcomer is sent to one.
        #expect(try mlsd.run(["import", PackFiles.examplePath]).status == 0)
        let easy = try mlsd.sql(firstEasyElseFirst)
        #expect(try mlsd.sql("SELECT difficulty FROM cases WHERE id = '\(easy)'") == "easy")
        #expect(try mlsd.run([]).stdout.contains("Next: mlsd practice \(easy)\n"))
    }

    @Test func dueReviewsComeFirst() throws {
        let mlsd = try ProgressSeed.sandbox(.inProcess)
        defer { mlsd.remove() }
        let result = try mlsd.run([])
        // Card 1 is overdue; card 4 is new and within today's allowance, counted apart as
        // 'mlsd due' does; the rest are not due.
        #expect(result.stdout.contains("  Reviews    1 due now; 1 new card for today\n"))
        #expect(result.stdout.contains("Next: mlsd review\n"))
        #expect(Self.unwrapped(result.stdout).contains("Do the due review first"))
        try mlsd.run(["config", "set", "new_cards_per_day", "1"])
        // The one new card allowed today was taken by card 3, first reviewed today.
        #expect(try Self.dashboard(mlsd)["due_reviews"] as? Int == 1)
        #expect(try Self.dashboard(mlsd)["new_cards"] as? Int == 0)
        // A card whose rubric point left the content is not shown by 'mlsd review', so not counted.
        _ = try mlsd.sql(
            "UPDATE points SET retired = 1 WHERE case_id = 'video-recommendation' AND point_id = 'cold-start'")
        #expect(try Self.dashboard(mlsd)["due_reviews"] as? Int == 0)
    }

    /// With no review due, an unfinished session comes next; then new cards, which are not "due
    /// reviews"; a session left before any answer is not an attempt.
    @Test func unfinishedSessionThenNewCardsAndOnlyAnsweredSessionsCount() throws {
        let mlsd = try ProgressSeed.sandbox(.inProcess)
        defer { mlsd.remove() }
        _ = try mlsd.sql("UPDATE cards SET due = due + 100 * 86400 WHERE reps > 0")
        let resume = try mlsd.run([])
        #expect(resume.stdout.contains("  Reviews    none due now; 1 new card for today\n"))
        #expect(resume.stdout.contains("Next: mlsd practice --resume\n"))
        #expect(Self.unwrapped(resume.stdout).contains("Your session on Home-feed video recommendation is unfinished"))
        #expect((try Self.dashboard(mlsd)["next"] as? [String: String])?["action"] == "resume")

        _ = try mlsd.sql("UPDATE sessions SET status = 'abandoned' WHERE status = 'active'")
        let learn = try mlsd.run([])
        #expect(learn.stdout.contains("Next: mlsd review\n"))
        #expect(Self.unwrapped(learn.stdout).contains("Learn today's new card"))
        #expect(!learn.stdout.contains("due review"))

        // A session stopped before its first answer: not practised, and its case still unseen.
        _ = try mlsd.sql("UPDATE cards SET due = due + 100 * 86400")
        let unseen = try mlsd.sql(
            """
            SELECT id FROM cases WHERE retired = 0 AND id NOT IN (SELECT case_id FROM sessions)
            ORDER BY source, position, id LIMIT 1
            """)
        let before = try Self.dashboard(mlsd)
        _ = try mlsd.sql(
            ProgressSeed.session(9, caseID: unseen, status: "abandoned", startedDaysAgo: 0, overall: nil, steps: []))
        let after = try Self.dashboard(mlsd)
        #expect(before["practised"] as? Int == 2)
        #expect(after["practised"] as? Int == 2)
        #expect((after["next"] as? [String: String])?["command"] == "mlsd practice \(unseen)")
    }

    @Test func unseenCaseThenWeakestStep() throws {
        let mlsd = try ProgressSeed.sandbox(.inProcess)
        defer { mlsd.remove() }
        _ = try mlsd.sql("UPDATE cards SET due = due + 100 * 86400")
        // An unfinished session would come first (see the test above).
        _ = try mlsd.sql("UPDATE sessions SET status = 'abandoned' WHERE status = 'active'")
        let unseen = try mlsd.sql(
            """
            SELECT id FROM cases WHERE retired = 0 AND id NOT IN (SELECT case_id FROM sessions)
            ORDER BY source, position, id LIMIT 1
            """)
        #expect(
            try Self.dashboard(mlsd)["next"] as? [String: String] == [
                "action": "practice_case", "command": "mlsd practice \(unseen)",
                "reason": "You have not tried \(try mlsd.sql("SELECT title FROM cases WHERE id = '\(unseen)'")) yet.",
            ])
        // Practise every other case well on every step: the gaps fraud-detection left are weakest.
        let others = try mlsd.sql("SELECT id FROM cases WHERE id NOT IN (SELECT case_id FROM sessions)").split(
            separator: "\n")
        var id = 10
        for caseID in others {
            let steps = ProgressSeed.steps.map { ProgressSeed.Step(step: $0, score: 90, answer: "A strong answer.") }
            _ = try mlsd.sql(
                ProgressSeed.session(id, caseID: String(caseID), startedDaysAgo: 1, overall: 90, steps: steps))
            id += 1
        }
        let gaps = try mlsd.run([])
        #expect(gaps.stdout.contains("Next: mlsd practice fraud-detection --step model\n"))
        #expect(
            Self.unwrapped(gaps.stdout).contains(
                "Baseline model and beyond is your weakest step; you have not answered it in fraud-detection yet."))
        // Once those are filled, metrics (20 in fraud-detection, 70 in the video case) is weakest.
        let fraud = zip(ProgressSeed.steps, [90.0, 20, 90, 90, 90, 90, 90]).map {
            ProgressSeed.Step(step: $0, score: $1, answer: "Again.")
        }
        _ = try mlsd.sql(
            ProgressSeed.session(id, caseID: "fraud-detection", startedDaysAgo: 0, overall: 80, steps: fraud))
        let text = try mlsd.run([])
        #expect(text.stdout.contains("Next: mlsd practice fraud-detection --step metrics\n"))
        #expect(
            Self.unwrapped(text.stdout).contains(
                "Frame the problem and choose metrics is your weakest step; your best on it in fraud-detection is 20."))
        #expect(text.stdout.components(separatedBy: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test func daysToTheInterview() throws {
        var mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        mlsd.environment["TZ"] = "UTC"
        defer { mlsd.remove() }
        let in12 = ProgressSeed.dayText(ProgressSeed.now + 12 * ProgressSeed.day)
        try mlsd.run(["config", "set", "interview_date", in12])
        let text = try mlsd.run([])
        let days = try Self.dashboard(mlsd)["days_to_interview"] as? Int
        #expect(days == 12 || days == 13, "13 between midnight and 04:00, when the study day is still yesterday's")
        #expect(text.stdout.contains("  Interview  in \(days ?? 0) days (\(in12))\n"))
        try mlsd.run(["config", "set", "interview_date", "2020-01-01"])
        #expect(
            try mlsd.run([]).stdout.contains(
                "  Interview  2020-01-01 has passed ('mlsd config set interview_date' sets a new one)\n"))
    }
}
