import Foundation
import Testing

@testable import MLSDTestSupport

/// A whole session of each of the newer cases, answered with the case's own outline, runs end to
/// end: every step comes out strong, everything typed is stored, and review cards are made.
@Suite struct NewCasesSessionTests {
    static let cases = [
        "rag-assistant", "llm-safety", "eta-prediction", "notification-ranking",
        "product-search-ranking", "spam-account-detection", "dynamic-pricing",
    ]

    @Test(arguments: cases)
    func aSessionAnsweredFromTheOutlineRunsEndToEnd(_ caseID: String) throws {
        let fixture = try PracticeFixture(.inProcess, caseID: caseID)
        defer { fixture.remove() }
        let lines = try fixture.outlineSession()
        let result = try fixture.run(["practice", caseID], lines: lines)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let title = try fixture.mlsd.sql("SELECT title FROM cases WHERE id = '\(caseID)'")
        #expect(result.stdout.contains("Session summary: \(title)"))
        #expect(result.stdout.contains("Interview signals"))

        // The standing score of each step is strong, and the summary prints the overall.
        let scores = try fixture.mlsd.sql(
            """
            SELECT step, MAX(score) FROM answers GROUP BY step ORDER BY MIN(id)
            """
        ).split(separator: "\n").map { $0.split(separator: "|") }
        #expect(scores.map { String($0[0]) } == PracticeFixture.steps)
        for score in scores {
            #expect((Double(score[1]) ?? 0) >= 75, "\(caseID) \(score[0]) scored \(score[1])")
        }
        let overall = try #require(
            Double(try fixture.mlsd.sql("SELECT overall FROM sessions WHERE status = 'finished'")))
        #expect(result.stdout.contains("Overall  ") && result.stdout.contains("] \(Int(overall.rounded()))/100"))

        // Every answer and follow-up answer is stored as typed, in order, and scored.
        let typed = lines.split(separator: ".", omittingEmptySubsequences: false).dropLast().map {
            $0.joined(separator: "\n")
        }
        let stored = try fixture.mlsd.sql(
            "SELECT kind || ':' || hex(text) FROM answers WHERE score IS NOT NULL ORDER BY id")
        #expect(
            stored.split(separator: "\n").map(String.init)
                == typed.enumerated().map { ($0.offset % 2 == 0 ? "answer:" : "followup:") + Self.hex($0.element) })

        // Cards: one per step, and one per point still missed, as the summary says.
        #expect(try fixture.count("SELECT COUNT(*) FROM cards WHERE kind = 'step'") == 7)
        let pointCards = try fixture.count("SELECT COUNT(*) FROM cards WHERE kind = 'point'")
        #expect(result.stdout.contains("Review: added \(pointCards) point card"))
        #expect(
            try fixture.count(
                """
                SELECT COUNT(*) FROM cards c WHERE c.kind = 'point' AND NOT EXISTS (
                    SELECT 1 FROM point_results r WHERE r.point_id = c.point_id AND r.outcome = 'missed')
                """) == 0)
    }

    static func hex(_ text: String) -> String { text.utf8.map { String(format: "%02X", $0) }.joined() }
}
