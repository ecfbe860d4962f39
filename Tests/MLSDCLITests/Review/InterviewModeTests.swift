import Foundation
import MLSDCore
import Testing

@testable import MLSDTestSupport

@Suite struct InterviewModeTests {
    let start = ReviewFixture.start
    /// 2026-03-11 at day_start_hour (4:00) UTC: the instant the scheduler aims at.
    let interview = ISO8601DateFormatter().date(from: "2026-03-11T04:00:00Z")!
    let eve = "2026-03-10T04:00:00Z"

    /// Every card of a case answered Easy in one piped session (S = 8.3 d, interval 8 d, fuzzed
    /// to 6-10 d): with the interview 9 d 19 h away, the 10-day draws would pass it at R ≈ 0.89.
    func easySession(_ f: ReviewFixture) throws -> [[String: Any]] {
        try f.run(["cards", "add", "--case", "ad-click-prediction", "--all-points"])
        let count = try f.cards().count
        let result = try f.run(["review", "--new", "1000"], input: String(repeating: "\n4\n", count: count))
        #expect(result.status == 0)
        #expect(result.stdout.contains("Reviewed \(count) cards (0 Again)"))
        return try f.cards()
    }

    @Test("with interview_date set, no card is left to pass the interview below desired retention")
    func interviewCapsReviews() throws {
        let scheduler = try Scheduler(settings: SchedulerSettings())
        let plain = ReviewFixture(.inProcess)
        defer { plain.remove() }
        let withInterview = ReviewFixture(.inProcess)
        defer { withInterview.remove() }
        try withInterview.run(["config", "set", "interview_date", "2026-03-11"])

        let free = try easySession(plain)
        let capped = try easySession(withInterview)
        #expect(free.count == capped.count)

        // Without the interview, some cards come due after it with recall below 90% on the day.
        func recallAtInterview(_ card: [String: Any]) -> Double {
            let memory = MemoryCard(
                state: .review, step: nil, stability: card["stability"] as? Double, difficulty: 5,
                due: Date(), lastReview: start, reps: 1)
            return scheduler.retrievability(of: memory, at: interview)
        }
        let late = free.filter { ($0["due"] as! String) >= "2026-03-11T04:00:00Z" && recallAtInterview($0) < 0.9 }
        #expect(!late.isEmpty)

        // With it, those same cards come due on the eve of the interview instead; the rest are unchanged.
        let lateIDs = Set(late.map { $0["id"] as! Int })
        for (a, b) in zip(free, capped) {
            #expect(a["id"] as? Int == b["id"] as? Int)
            #expect(a["stability"] as? Double == b["stability"] as? Double)
            let due = b["due"] as! String
            #expect(due < "2026-03-11T04:00:00Z" || recallAtInterview(b) >= 0.9)
            if lateIDs.contains(a["id"] as! Int) {
                #expect(due == eve)
            } else {
                #expect(due == a["due"] as? String)
            }
        }

        // The card says why.
        let id = try #require(late.first?["id"] as? Int)
        let show = try withInterview.json(["cards", "show", String(id)]) as! [String: Any]
        #expect((show["explanation"] as? [String: Any])?["capped_by_interview"] as? Bool == true)
        #expect(show["explanation_matches_schedule"] as? Bool == true)
        let text = try withInterview.run(["cards", "show", String(id)]).stdout
        #expect(
            text.contains(
                "Interview cap: R at the interview would be below target, so it is due the day\n  before, 2026-03-10 04:00."
            ))

        // `due` counts the days and predicts recall on the day.
        let due = try withInterview.json(["due"]) as! [String: Any]
        let info = try #require(due["interview"] as? [String: Any])
        #expect(info["date"] as? String == "2026-03-11")
        #expect(info["starts_at"] as? String == "2026-03-11T04:00:00Z")
        #expect(info["days_left"] as? Int == 10)
        let forecast = try #require(info["forecast"] as? [String: Any])
        #expect(forecast["card_count"] as? Int == capped.count)
        #expect((forecast["average_retrievability"] as? Double ?? 0) > 0.85)
        let human = try withInterview.run(["due"]).stdout
        #expect(human.contains("Interview 2026-03-11: 10 days left."))
        #expect(human.contains("Predicted recall on the day, with no more reviews:"))
    }

    @Test("after the interview has begun, scheduling is normal again")
    func afterTheInterview() throws {
        let f = ReviewFixture(.inProcess)
        defer { f.remove() }
        try f.run(["config", "set", "interview_date", "2026-03-01"])
        try f.run(["config", "set", "fuzz", "off"])
        try f.run(["cards", "add", "--case", "ad-click-prediction", "--step", "metrics"])
        let rated = try f.json(["rate", "1", "easy"]) as! [String: Any]
        #expect((rated["card"] as? [String: Any])?["due"] as? String == "2026-03-09T09:00:00Z")
        #expect(try f.run(["due"]).stdout.contains("Interview 2026-03-01: today."))
    }

    @Test func reviewHelpDocumentsTheRule() throws {
        let f = ReviewFixture(.inProcess)
        defer { f.remove() }
        let help = try f.run(["review", "--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("interview is taken to start at day_start_hour local time on that day"))
        #expect(help.contains("brought forward to the same time the day before"))
    }
}
