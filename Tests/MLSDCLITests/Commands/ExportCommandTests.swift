import Foundation
import Testing

@testable import MLSDTestSupport

@Suite struct ExportCommandTests {
    static func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    @Test func nothingToExport() throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        let all = try mlsd.run(["export", "--out", mlsd.folder + "/notes"])
        #expect(all.status == 66)
        #expect(
            all.stderr
                == "mlsd: nothing to export yet: practise a case first with 'mlsd practice <id>' (see 'mlsd cases')\n")
        let one = try mlsd.run(["export", "--case", "fraud-detection", "--out", "-"])
        #expect(one.status == 66)
        #expect(
            one.stderr
                == "mlsd: no attempts at 'fraud-detection' to export yet; practise it first with 'mlsd practice fraud-detection'\n"
        )
        #expect(one.stdout.isEmpty)
        let unknown = try mlsd.run(["export", "--case", "fraud-detect"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.hasPrefix("mlsd: unknown case 'fraud-detect' (did you mean 'fraud-detection'?"))
        #expect(!FileManager.default.fileExists(atPath: mlsd.folder + "/notes"))
    }

    @Test func everyPractisedCaseToItsOwnFile() throws {
        let mlsd = try ProgressSeed.sandbox(.inProcess)
        defer { mlsd.remove() }
        let notes = mlsd.folder + "/notes"
        let cases = Int(try mlsd.sql("SELECT COUNT(*) FROM cases WHERE retired = 0"))!
        let result = try mlsd.run(["export", "--out", notes])
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                Wrote \(notes)/fraud-detection.md (1 attempt).
                Wrote \(notes)/video-recommendation.md (3 attempts).
                Skipped \(cases - 2) cases with no attempts yet.

                """)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: notes).sorted() == [
                "fraud-detection.md", "video-recommendation.md",
            ])
        let video = try Self.read(notes + "/video-recommendation.md")
        let lines = video.components(separatedBy: "\n")
        #expect(
            Array(lines[0..<6]) == [
                "---", "case: \"video-recommendation\"", lines[2], lines[3], "best_score: 66", "attempts: 3",
            ])
        #expect(lines[2].hasPrefix("title: \""))
        #expect(lines[3].hasPrefix("tags: [\""))
        #expect(
            lines[6].range(of: #"^exported_at: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$"#, options: .regularExpression) != nil)
        #expect(lines[7] == "---")
        let scenario = try mlsd.sql("SELECT scenario FROM cases WHERE id = 'video-recommendation'")
        #expect(video.contains(String(scenario.prefix(40))))
        #expect(video.contains("Second try at serving: 500M DAU, 100k QPS, 200 ms p99."))
        #expect(video.contains("Score: 85/100 (strong) · 80 before the follow-up · 5m\n"))
        #expect(video.contains("- **Traffic: DAU and peak QPS**: “about 500M DAU and 100k QPS at peak”"))
        #expect(video.contains("- **Cold start for viewers and videos**: New uploads and new viewers have no history"))
        #expect(
            video.contains(
                "- **Complex model first**: Opening with a deep architecture leaves nothing to compare against. (you said “a deep two-tower model”)"
            ))
        #expect(video.contains("> How many new videos are uploaded per minute?"))
        #expect(video.contains("Around 500 hours of video per minute."))
        #expect(video.contains("## Model outline"))
        #expect(
            video.contains(
                "- **Cold start for viewers and videos**: Clarify requirements · review · due now · 3 reviews"))
        #expect(video.contains("- **Serving and monitoring**: step card · learning · due "))

        let html = try CommonMark.html(video)
        let h2 = CommonMark.headings(html, level: 2).filter { !$0.hasPrefix("case:") }
        #expect(h2.count == 5)
        #expect(h2[0].hasPrefix("Attempt 1 of 3 — \(ProgressSeed.dayText(ProgressSeed.now - 3 * ProgressSeed.day))"))
        #expect(h2[3] == "Model outline" && h2[4] == "Review cards")
        let h3 = CommonMark.headings(html, level: 3)
        #expect(
            Array(h3.prefix(7)) == [
                "1. Clarify requirements", "2. Frame the problem and choose metrics", "3. Data pipeline",
                "4. Features", "5. Baseline model and beyond", "6. Evaluation", "7. Serving and monitoring",
            ])
        #expect(CommonMark.headings(html, level: 1).count == 1)
        #expect(CommonMark.codeBlocks(html).contains("First try at data: users, scale, latency.\n"))

        let fraud = try Self.read(notes + "/fraud-detection.md")
        #expect(fraud.contains("best_score: null"))
        #expect(fraud.contains("Skipped"))
        #expect(fraud.contains("_Skipped without an answer._"))
    }

    @Test func neverOverwritesWithoutForce() throws {
        let mlsd = try ProgressSeed.sandbox(.inProcess)
        defer { mlsd.remove() }
        let notes = mlsd.folder + "/notes"
        #expect(try mlsd.run(["export", "--out", notes]).status == 0)
        try "my own edits\n".write(toFile: notes + "/video-recommendation.md", atomically: true, encoding: .utf8)
        let again = try mlsd.run(["export", "--out", notes])
        #expect(again.status == 1)
        #expect(
            again.stderr
                == "mlsd: \(notes)/fraud-detection.md and 1 more file already exist; pass --force to overwrite\n")
        let one = try mlsd.run(["export", "--case", "video-recommendation", "--out", notes])
        #expect(one.status == 1)
        #expect(one.stderr == "mlsd: \(notes)/video-recommendation.md already exists; pass --force to overwrite\n")
        #expect(try Self.read(notes + "/video-recommendation.md") == "my own edits\n")
        let forced = try mlsd.run(["export", "--case", "video-recommendation", "--out", notes, "--force"])
        #expect(forced.status == 0)
        #expect(try Self.read(notes + "/video-recommendation.md").hasPrefix("---\ncase: \"video-recommendation\""))
    }

    @Test func standardOutput() throws {
        let mlsd = try ProgressSeed.sandbox(.inProcess)
        defer { mlsd.remove() }
        let one = try mlsd.run(["export", "--case", "fraud-detection", "--out", "-"])
        #expect(one.status == 0)
        #expect(one.stdout.hasPrefix("---\ncase: \"fraud-detection\"\n"))
        #expect(one.stderr.isEmpty)
        let all = try mlsd.run(["export", "--out", "-"])
        #expect(all.status == 64)
        #expect(
            all.stderr.hasPrefix(
                "mlsd: 2 cases to export: choose one with '--case <case>' to print it, or write files with '--out <dir>'"
            ))
        #expect(try mlsd.run(["export", "--out", "-", "--json"]).status == 64)
    }

    @Test func unwritableFolder() throws {
        let mlsd = try ProgressSeed.sandbox(.inProcess)
        defer { mlsd.remove() }
        let file = mlsd.folder + "/a-file"
        try "x".write(toFile: file, atomically: true, encoding: .utf8)
        let onFile = try mlsd.run(["export", "--out", file])
        #expect(onFile.status == 74)
        #expect(
            onFile.stderr
                == "mlsd: cannot write to \(file): it is a file, not a folder; choose a folder with --out DIR\n")
        let under = try mlsd.run(["export", "--out", file + "/notes"])
        #expect(under.status == 74)
        #expect(under.stderr.hasPrefix("mlsd: cannot create the folder \(file)/notes ("))
        if getuid() != 0 {
            let locked = mlsd.folder + "/locked"
            try FileManager.default.createDirectory(
                atPath: locked, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o500])
            let refused = try mlsd.run(["export", "--out", locked])
            #expect(refused.status == 74)
            #expect(refused.stderr.contains(locked))
        }
    }

    @Test func oneSession() throws {
        let mlsd = try ProgressSeed.sandbox(.inProcess)
        defer { mlsd.remove() }
        let notes = mlsd.folder + "/notes"
        let result = try mlsd.run(["export", "--session", "3", "--out", notes, "--json"])
        #expect(result.status == 0)
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        let files = report["files"] as! [[String: Any]]
        #expect(files.count == 1)
        #expect(files[0]["path"] as? String == notes + "/video-recommendation-session-3.md")
        #expect(files[0]["case_id"] as? String == "video-recommendation")
        let text = try Self.read(notes + "/video-recommendation-session-3.md")
        #expect(text.contains("session: 3\n"))
        #expect(text.contains("## Session 3 — "))
        #expect(!text.contains("First try"))
        let unknown = try mlsd.run(["export", "--session", "99"])
        #expect(unknown.status == 66)
        #expect(unknown.stderr == "mlsd: no session 99; see 'mlsd history' for session numbers\n")
        #expect(try mlsd.run(["export", "--session", "3", "--case", "fraud-detection"]).status == 64)
        #expect(try mlsd.run(["export", "--session", "three"]).status == 64)
    }

    @Test func cheatsheet() throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        let result = try mlsd.run(["export", "--cheatsheet", "--out", "-"])
        #expect(result.status == 0)
        let html = try CommonMark.html(result.stdout)
        #expect(CommonMark.headings(html, level: 1) == ["Machine-learning system design: interview checklist"])
        let h2 = CommonMark.headings(html, level: 2)
        #expect(h2.count == 9)
        #expect(h2[0].hasPrefix("1. Clarify requirements (about "))
        #expect(Array(h2.suffix(2)) == ["Your weak spots", "Pitfalls"])
        #expect(result.stdout.contains("- [ ] **Training/serving consistency** ("))
        #expect(result.stdout.contains("- **Complex model first**: "))
        #expect(result.stdout.contains("No practice yet. Run `mlsd practice --random`"))
        // Only points that recur across cases are on the generic checklist.
        let cases = try mlsd.sql("SELECT COUNT(*) FROM cases WHERE retired = 0")
        let items = result.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("- [ ] ") }
        #expect(items.count >= 20)
        for item in items {
            let count = item.range(of: #"\((\d+) of \#(cases) cases\)$"#, options: .regularExpression)
                .flatMap { Int(item[$0].dropFirst().prefix { $0.isNumber }) }
            #expect((count ?? 0) >= 2, "\(item)")
        }
        #expect(result.stdout.components(separatedBy: "\n").count < 120, "about one page")
        #expect(try mlsd.run(["export", "--cheatsheet", "--case", "fraud-detection"]).status == 64)
        let written = try mlsd.run(["export", "--cheatsheet", "--out", mlsd.folder + "/notes"])
        #expect(written.stdout == "Wrote \(mlsd.folder)/notes/mlsd-cheatsheet.md.\n")
    }

    /// After practice the cheatsheet names the user's weakest steps and the points they missed.
    @Test func cheatsheetShowsTheUsersWeakSpots() throws {
        let fixture = try PracticeFixture(.inProcess)
        defer { fixture.remove() }
        let answer = ["We should ask how many users there are.", ".", ".", ":quit"]
        #expect(try fixture.run(["practice", fixture.caseID], lines: answer).status == 0)
        let result = try fixture.mlsd.run(["export", "--cheatsheet", "--out", "-"])
        #expect(result.status == 0)
        let score = try fixture.mlsd.sql("SELECT CAST(ROUND(MAX(score)) AS INTEGER) FROM answers")
        #expect(
            result.stdout.contains(
                """
                Weakest steps (your best score on each, in the cases you practised):

                - **1. Clarify requirements**: \(score)/100 in 1 case
                - Not practised yet: 2. Frame the problem and choose metrics, 3. Data pipeline, 4. Features, \
                5. Baseline model and beyond, 6. Evaluation, 7. Serving and monitoring
                """))
        // The points missed, each in the one session (up to five; named as the checklist names them).
        let title = try fixture.mlsd.sql("SELECT title FROM cases WHERE id = '\(fixture.caseID)'")
        let missed = result.stdout.components(separatedBy: "\n").filter { $0.contains(": missed in ") }
        #expect((1...5).contains(missed.count))
        #expect(missed.allSatisfy { $0.hasSuffix(" (1. Clarify requirements): missed in 1 of 1 session of \(title)") })
        #expect(!result.stdout.contains("No practice yet"))
    }

    /// A point counts as missed in a session only when no answer in it covered the point, a
    /// follow-up answer included.
    @Test func aPointCoveredByAFollowUpIsNotMissed() throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        try mlsd.run(["cases"])
        let ids = try mlsd.sql(
            """
            SELECT point_id FROM points WHERE case_id = 'fraud-detection' AND step = 'requirements' ORDER BY position LIMIT 3
            """
        ).split(separator: "\n").map(String.init)
        func step(missed: [String], covered: [String]) -> ProgressSeed.Step {
            var step = ProgressSeed.Step(step: "requirements", score: 40, answer: "An answer.")
            step.missed = missed.map { ($0, $0, "") }
            step.covered = covered.map { ($0, $0, "evidence") }
            step.followup = ("A follow-up?", "Its answer.")
            return step
        }
        // Session 1 misses the first two points; session 2 misses the first, covers the second,
        // and misses the third in its answer but covers it in the follow-up answer.
        _ = try mlsd.sql(
            ProgressSeed.session(
                1, caseID: "fraud-detection", startedDaysAgo: 2, overall: 40,
                steps: [step(missed: [ids[0], ids[1]], covered: [ids[2]])])
                + ProgressSeed.session(
                    2, caseID: "fraud-detection", startedDaysAgo: 1, overall: 40,
                    steps: [step(missed: [ids[0], ids[2]], covered: [ids[1]])])
                + "UPDATE point_results SET outcome = 'covered' WHERE answer_id = 201 AND point_id = '\(ids[2])';")
        let result = try mlsd.run(["export", "--cheatsheet", "--out", "-"])
        #expect(result.status == 0)
        let missed = result.stdout.components(separatedBy: "\n").filter { $0.contains(": missed in ") }
        #expect(missed.count == 2)
        #expect(missed.first?.hasSuffix("missed in 2 of 2 sessions of Payment fraud detection") == true)
        #expect(missed.last?.hasSuffix("missed in 1 of 2 sessions of Payment fraud detection") == true)
    }

    /// A case id from a user pack cannot steer the file outside the export folder.
    @Test func hostileCaseIDStaysInsideTheFolder() throws {
        let mlsd = try ProgressSeed.sandbox(.inProcess)
        defer { mlsd.remove() }
        _ = try mlsd.sql(
            """
            INSERT INTO cases (id, title, scenario, difficulty, tags, source, position, retired, updated_at)
            VALUES ('../../Escape Me', 'Escape', 'Try to escape.', 'easy', '["x"]', 'user', 0, 0, 0);
            """
                + ProgressSeed.session(
                    20, caseID: "../../Escape Me", startedDaysAgo: 0, overall: 10,
                    steps: [ProgressSeed.Step(step: "requirements", score: 10, answer: "Out!")]))
        let notes = mlsd.folder + "/deep/notes"
        let result = try mlsd.run(["export", "--out", notes])
        #expect(result.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: notes).contains("escape-me.md"))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: mlsd.folder).sorted().filter { $0.hasSuffix(".md") }
                .isEmpty)
        #expect(try Self.read(notes + "/escape-me.md").contains("case: \"../../Escape Me\""))
    }
}
