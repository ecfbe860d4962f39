import Foundation
import Testing

@testable import MLSDTestSupport

/// A real practice session, typed on standard input, then looked at through history, stats,
/// the dashboard and an export: the notes hold the user's words exactly as typed.
@Suite struct PracticeThenExportTests {
    static let tricky = """
        We would clarify scale first: **DAU**, _QPS_ and <b>latency</b> & budget.
        ```swift
        let p99 = 200 // ms
        ```
        ````
        a fence of four
        ````
        # not a heading, 1. not a list, > not a quote
        Emoji too 🚀 👩‍💻, and `inline code`.
        """

    @Test func sessionToNotes() throws {
        let fixture = try PracticeFixture(.inProcess)
        defer { fixture.remove() }
        let caseID = fixture.caseID
        let followup = "For the follow-up: <i>it depends</i> on ``traffic`` peaks."
        var lines = [try fixture.goodAnswer("requirements") + "\n" + Self.tricky, ".", followup, "."]
        // Each later step: the answer, then "." alone to pass on its follow-up.
        for step in PracticeFixture.steps.dropFirst() { lines += [try fixture.goodAnswer(step), ".", "."] }
        let practice = try fixture.run(["practice", caseID], lines: lines)
        #expect(practice.status == 0, "\(practice.stderr)")
        let mlsd = fixture.mlsd
        #expect(try mlsd.sql("SELECT status FROM sessions") == "finished")
        let typed = try fixture.goodAnswer("requirements") + "\n" + Self.tricky

        // History and stats report what practice stored.
        let history = try mlsd.run(["history", "--json"])
        let sessions = try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as! [[String: Any]]
        #expect(sessions.count == 1)
        let overall = try #require(Double(try mlsd.sql("SELECT overall FROM sessions")))
        // sqlite3 prints 15 significant digits, JSON 17.
        #expect(abs((sessions[0]["overall"] as? Double ?? -1) - overall) < 1e-9)
        #expect((sessions[0]["steps"] as! [Any]).count == 7)
        let requirements = try #require(
            Double(
                try mlsd.sql(
                    """
                    SELECT score FROM answers WHERE step = 'requirements' ORDER BY id DESC LIMIT 1
                    """)))
        #expect(
            (sessions[0]["steps"] as! [[String: Any]])[0]["score"] as? Double == requirements,
            "the step's score is the one scored with its follow-up")
        let stats = try mlsd.run(["stats"])
        #expect(stats.stdout.contains("\(caseID)"))
        #expect(stats.stdout.contains("Streak     1 day, done today"))
        // Practice queued cards for what was missed: the dashboard sends the user to review them.
        #expect(try mlsd.run([]).stdout.contains("Next: mlsd review\n"))

        let export = try mlsd.run(["export", "--case", caseID, "--out", "-"])
        #expect(export.status == 0, "\(export.stderr)")
        let html = try CommonMark.html(export.stdout)
        let blocks = CommonMark.codeBlocks(html)
        #expect(blocks.first == typed + "\n", "the first answer, exactly as typed")
        #expect(blocks.contains(followup + "\n"))
        #expect(blocks.count == 8, "seven answers and one follow-up")
        #expect(CommonMark.headings(html, level: 1).count == 1)
        #expect(
            CommonMark.headings(html, level: 3).prefix(7).map { String($0.prefix(2)) } == [
                "1.", "2.", "3.", "4.", "5.", "6.", "7.",
            ])
        let question = try mlsd.sql("SELECT question FROM answers WHERE kind = 'followup'")
        #expect(CommonMark.unescape(html).contains(question))
        let evidence = try mlsd.sql(
            "SELECT evidence FROM point_results WHERE outcome = 'covered' AND evidence <> '' LIMIT 1")
        #expect(export.stdout.contains("“"), "covered points quote the answer")
        #expect(!evidence.isEmpty)
        let cards = try mlsd.sql("SELECT COUNT(*) FROM cards WHERE case_id = '\(caseID)'")
        #expect(export.stdout.contains("\n\(cards) cards, \(cards) due now.\n"))
        #expect(export.stdout.contains("## Model outline"))
    }
}
