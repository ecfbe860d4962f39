import Foundation
import Testing

@testable import MLSDTestSupport

/// Progress figures from a review log written by the real 'mlsd rate', at instants fixed with MLSD_NOW.
@Suite struct ProgressWithReviewsTests {
    static let start = Date(timeIntervalSince1970: 1_772_445_600)  // 2026-03-02T10:00:00Z

    static func at(_ seconds: Double) -> [String: String] {
        ["MLSD_NOW": ISO8601DateFormatter().string(from: start.addingTimeInterval(seconds))]
    }

    static func json(_ mlsd: MLSDSandbox, _ arguments: [String], at seconds: Double) throws -> [String: Any] {
        let result = try mlsd.run(arguments + ["--json"], environment: at(seconds))
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
    }

    /// The dashboard counts what 'mlsd review' would show now as 'mlsd due' does: due reviewed
    /// cards, and today's new ones apart.
    static func expectDashboardAgreesWithDue(_ mlsd: MLSDSandbox, at seconds: Double) throws {
        let due = try json(mlsd, ["due"], at: seconds)
        let dashboard = try json(mlsd, [], at: seconds)
        #expect(dashboard["due_reviews"] as? Int == due["due_now"] as? Int)
        #expect(dashboard["new_cards"] as? Int == due["new_available_today"] as? Int)
    }

    @Test func retentionStreakAndDueFromRealReviews() throws {
        var mlsd = MLSDSandbox(.inProcess)
        mlsd.environment["TZ"] = "UTC"
        defer { mlsd.remove() }
        try mlsd.run(["cases"], environment: Self.at(0))
        let created = Self.start.timeIntervalSince1970 - 3600
        var insert = ""
        for (id, point) in ["cold-start", "latency-target", "traffic-scale", "freshness"].enumerated() {
            insert += """
                INSERT INTO cards (id, kind, case_id, step, point_id, due, created_at)
                VALUES (\(id + 1), 'point', 'video-recommendation', 'requirements', '\(point)', \(created), \(created));

                """
        }
        _ = try mlsd.sql(insert)
        try Self.expectDashboardAgreesWithDue(mlsd, at: 0)

        // Day 0: three new cards through both learning steps into the review state.
        for card in ["1", "2", "3"] {
            #expect(try mlsd.run(["rate", card, "good"], environment: Self.at(0)).status == 0)
        }
        try Self.expectDashboardAgreesWithDue(mlsd, at: 60)
        for card in ["1", "2", "3"] {
            #expect(try mlsd.run(["rate", card, "good"], environment: Self.at(1200)).status == 0)
        }
        #expect(try mlsd.sql("SELECT group_concat(state) FROM cards WHERE id <= 3") == "2,2,2")
        let early = try Self.json(mlsd, ["stats"], at: 1300)
        #expect((early["retention"] as! [String: Any])["reviews"] as? Int == 0, "learning reviews do not count")

        // Day 20: each is due; one forgotten, one hard, one good.
        let day20 = 20.0 * 86_400
        try Self.expectDashboardAgreesWithDue(mlsd, at: day20)
        #expect(try mlsd.run(["rate", "1", "good"], environment: Self.at(day20)).status == 0)
        #expect(try mlsd.run(["rate", "2", "again"], environment: Self.at(day20)).status == 0)
        #expect(try mlsd.run(["rate", "3", "hard"], environment: Self.at(day20)).status == 0)
        try Self.expectDashboardAgreesWithDue(mlsd, at: day20 + 60)

        let stats = try Self.json(mlsd, ["stats"], at: day20 + 60)
        let retention = stats["retention"] as! [String: Any]
        #expect(retention["reviews"] as? Int == 3)
        #expect(retention["recalled"] as? Int == 2)
        #expect(stats["reviews"] as? [String: Int] == ["total": 9, "today": 3, "last_30_days": 9])
        let streak = stats["streak"] as! [String: Any]
        #expect(streak["current"] as? Int == 1 && streak["longest"] as? Int == 1 && streak["active_days"] as? Int == 2)
        // Cards 1 and 3 are scheduled days ahead; card 2 relearns within minutes; card 4 is new.
        let forecast = (stats["forecast"] as! [[String: Any]]).map { $0["due"] as! Int }
        #expect(forecast[0] == 1)
        let scheduled = try mlsd.sql(
            "SELECT COUNT(*) FROM cards WHERE reps > 0 AND due < \(Self.start.timeIntervalSince1970 + 50 * 86_400)")
        #expect(forecast.reduce(0, +) <= Int(scheduled)!)
        let text = try mlsd.run(["stats"], environment: Self.at(day20 + 60))
        #expect(text.stdout.contains("Retention  67% recalled (2 of 3 reviews of review cards), target 90%"))
    }
}
