import Foundation
import MLSDCore
import Testing

@testable import MLSDTestSupport

@Suite struct DueCommandTests {
    let start = ReviewFixture.start
    let day = Scheduler.secondsPerDay

    @Test("due now, today and this week follow the study day in the local time zone")
    func counts() throws {
        let f = ReviewFixture(.inProcess, timeZone: "Europe/Berlin")
        defer { f.remove() }
        try f.run(["config", "set", "fuzz", "off"])
        try f.run(["cards", "add", "--case", "ad-click-prediction", "--step", "metrics", "--all-points"])
        try f.run(["rate", "1", "good"])
        try f.run(["rate", "1", "good"])  // review, due 2026-03-03 09:00 UTC
        try f.run(["rate", "2", "again"])  // learning, due 09:01
        try f.run(["rate", "3", "easy"])  // review, due 2026-03-09 09:00 UTC
        let hourLater = try f.json(["due"], at: start.addingTimeInterval(3600)) as! [String: Any]
        #expect(hourLater["due_now"] as? Int == 1)
        #expect(hourLater["due_today"] as? Int == 1)
        #expect(hourLater["due_this_week"] as? Int == 2)
        #expect(hourLater["today_ends_at"] as? String == "2026-03-02T03:00:00Z")
        #expect(hourLater["week_ends_at"] as? String == "2026-03-08T03:00:00Z")
        #expect(hourLater["new_introduced_today"] as? Int == 3)
        #expect(hourLater["new_available_today"] as? Int == 6)
        #expect(hourLater["interview"] == nil)
        // 02:00 in Berlin on 3 March is still 2 March's study day, which ends before card 1 is due...
        let night = ISO8601DateFormatter().date(from: "2026-03-03T01:00:00Z")!
        #expect((try f.json(["due"], at: night) as! [String: Any])["due_today"] as? Int == 1)
        // ...unless the day starts at noon.
        try f.run(["config", "set", "day_start_hour", "12"])
        let noon = try f.json(["due"], at: night) as! [String: Any]
        #expect(noon["due_today"] as? Int == 2)
        #expect(noon["today_ends_at"] as? String == "2026-03-03T11:00:00Z")
        let text = try f.run(["due"], at: night).stdout
        #expect(text.hasPrefix("Due now:        1\nDue today:      2  (until 2026-03-03 12:00)\n"))
    }
}
