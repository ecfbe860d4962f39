import Foundation
import Testing

@testable import MLSDTestSupport

@Suite struct StatsCommandTests {
    @Test func withoutData() throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        let result = try mlsd.run(["stats"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("  1 requirements    -\n"))
        #expect(result.stdout.contains("  7 serving         -\n"))
        #expect(result.stdout.contains("None practised yet"))
        #expect(result.stdout.contains("Streak     0 days\n"))
        #expect(result.stdout.contains("Retention  no reviews of review cards yet, target 90%"))
        #expect(result.stdout.contains("Reviews due, next 30 days  none scheduled"))
        let json = try Self.json(mlsd)
        #expect((json["steps"] as! [[String: Any]]).count == 7)
        #expect((json["cases"] as! [Any]).isEmpty)
        #expect((json["streak"] as! [String: Any])["current"] as? Int == 0)
        let retention = json["retention"] as! [String: Any]
        #expect(retention["achieved"] is NSNull)
        #expect(retention["desired"] as? Double == 0.9)
        let forecast = json["forecast"] as! [[String: Any]]
        #expect(forecast.count == 30)
        #expect(forecast.allSatisfy { $0["due"] as? Int == 0 })
    }

    @Test func figuresFromHistoryAndReviewLog() throws {
        let mlsd = try ProgressSeed.sandbox(.inProcess)
        defer { mlsd.remove() }
        let result = try mlsd.run(["stats"])
        #expect(result.status == 0)
        let text = result.stdout
        // Best per step: video 90/70/65/60/55/75/60 (requirements with its follow-up), fraud 50/20/0 (skipped).
        #expect(text.contains("  1 requirements   70  2 cases\n"))
        #expect(text.contains("  2 metrics        45  2 cases\n"))
        #expect(text.contains("  3 data           33  2 cases\n"))
        #expect(text.contains("  6 evaluation     75  1 case\n"))
        #expect(text.contains("video-recommendation   66     66  48 66  3 attempts"))
        #expect(text.contains("fraud-detection         -      -    1 attempt"))
        #expect(text.contains("Streak     4 days, done today"))
        #expect(text.contains("Reviews    5 in all, 5 in the last 30 days, 2 today"))
        #expect(text.contains("Retention  75% recalled (3 of 4 reviews of review cards), target 90%"))
        #expect(text.contains("Reviews due, next 30 days  1 today, 3 in all"))
        #expect(!text.contains("█"), "no charts when not on a terminal")
        #expect(text.components(separatedBy: "\n").allSatisfy { $0.count <= 80 })

        let json = try Self.json(mlsd)
        let steps = json["steps"] as! [[String: Any]]
        #expect(steps[0]["average_best"] as? Double == 70)
        #expect(steps[2]["average_best"] as? Double == 32.5)
        #expect(steps[3]["cases"] as? Int == 1)
        let cases = json["cases"] as! [[String: Any]]
        #expect(cases.first { $0["case_id"] as? String == "video-recommendation" }?["scores"] as? [Double] == [48, 66])
        let streak = json["streak"] as! [String: Any]
        #expect(streak["current"] as? Int == 4 && streak["active_today"] as? Bool == true)
        #expect(json["reviews"] as? [String: Int] == ["total": 5, "today": 2, "last_30_days": 5])
        let retention = json["retention"] as! [String: Any]
        #expect(retention["reviews"] as? Int == 4 && retention["recalled"] as? Int == 3)
        #expect(retention["achieved"] as? Double == 0.75)
        let forecast = json["forecast"] as! [[String: Any]]
        #expect(forecast[0]["due"] as? Int == 1)
        #expect(forecast.map { $0["due"] as! Int }.reduce(0, +) == 3, "new and suspended cards are not forecast")
        #expect(forecast[0]["date"] as? String == ProgressSeed.dayText(ProgressSeed.now))
    }

    @Test func desiredRetentionComesFromSettings() throws {
        let mlsd = try ProgressSeed.sandbox(.inProcess)
        defer { mlsd.remove() }
        try mlsd.run(["config", "set", "desired_retention", "0.85"])
        #expect(try mlsd.run(["stats"]).stdout.contains("target 85%"))
    }

    /// On a terminal the figures are drawn; NO_COLOR asks for plain numbers again.
    static func json(_ mlsd: MLSDSandbox) throws -> [String: Any] {
        let result = try mlsd.run(["stats", "--json"])
        #expect(result.status == 0)
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
    }
}
