import Foundation
import MLSDCore
import Testing

@testable import MLSDTestSupport

@Suite struct ReviewSessionTests {
    let start = ReviewFixture.start
    let scheduler = try! Scheduler(settings: SchedulerSettings(enableFuzz: false))

    func ratings(_ f: ReviewFixture) throws -> String {
        try f.mlsd.sql("SELECT card_id || ':' || rating FROM review_log ORDER BY id").replacingOccurrences(
            of: "\n", with: " ")
    }

    @Test("piped session: answers, reveal, invalid input, undo, then end of input keeps every rating")
    func pipedSession() throws {
        let f = ReviewFixture(.inProcess)
        defer { f.remove() }
        try f.run(["cards", "add", "--case", "ad-click-prediction", "--step", "metrics", "--all-points"])
        try f.run(["config", "set", "fuzz", "off"])
        let input =
            [
                "Business: revenue. Model: log loss", "and calibration.", ".", "g",  // card 1: typed answer, Good
                "", "1",  // card 2: reveal, Again
                "", "u",  // card 3: undo card 2's Again
                "", "x", "2",  // card 2 again: bad input, Hard
                "", "e",  // card 3: Easy
                "",  // card 4: reveal, then end of input
            ].joined(separator: "\n") + "\n"
        let result = try f.run(["review"], input: input)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let out = result.stdout
        #expect(out.hasPrefix("Review: 0 due, 9 new.\n"))
        #expect(out.contains("── 1/9 · new step card ─"))
        #expect(out.contains("  How do you define success, for the business and for the model?"))
        #expect(out.contains("  • Business objective: long-term ad revenue"))
        #expect(out.contains("  1 Again · 1m   2 Hard · 5.5m   3 Good · 10m   4 Easy · 8d"))
        #expect(out.contains("Rate 1-4 (a/h/g/e), u undo, q quit: g\nGood: next in 10m (09:10)"))
        #expect(out.contains("Undid Again on the previous card; here it is again."))
        #expect(out.contains("'x' is not a rating"))
        #expect(out.contains("── 4/9 · new point card ─"))
        #expect(out.hasSuffix("Reviewed 3 cards (0 Again); end of input.\nNext due: 2026-03-01 09:05 (in 5.5m).\n"))
        // The undone Again is gone; card 4 was shown but not rated.
        #expect(try ratings(f) == "1:3 2:2 3:4")
        #expect(
            try f.mlsd.sql("SELECT answer FROM review_log WHERE card_id = 1")
                == "Business: revenue. Model: log loss\nand calibration.")
        #expect(try f.mlsd.sql("SELECT answer IS NULL FROM review_log WHERE card_id = 3") == "1")
        for (id, rating) in [(1, Rating.good), (2, .hard), (3, .easy)] {
            let expected = scheduler.review(
                card: .new(due: start), rating: rating, now: start,
                seed: FuzzSeed(cardID: Int64(id), reviewCount: 0)
            ).card
            let card = try f.card(id)
            #expect(card["stability"] as? Double == expected.stability)
            #expect(card["due"] as? String == ReviewFixture.iso(expected.due))
        }
        #expect(try f.card(4)["reps"] as? Int == 0)
    }

    @Test("a later session shows due cards first, lowest recall first, then new ones; q quits")
    func dueBeforeNewAndQuit() throws {
        let f = ReviewFixture(.inProcess)
        defer { f.remove() }
        try f.run(["cards", "add", "--case", "ad-click-prediction", "--step", "metrics", "--all-points"])
        try f.run(["config", "set", "fuzz", "off"])
        try f.run(["rate", "5", "easy"])  // S 8.3, due in 8 d
        try f.run(["rate", "6", "hard"])  // learning
        try f.run(["rate", "6", "easy"])  // S 1.29 → due in 1 d
        // Ten days on: card 6 (R ≈ 0.79) is further gone than card 5 (R ≈ 0.88).
        let later = start.addingTimeInterval(10 * Scheduler.secondsPerDay)
        let result = try f.run(["review", "--new", "1"], at: later, input: "\n3\n\n3\n\nq\n")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Review: 2 due, 1 new.\n"))
        #expect(result.stdout.contains("── 1/3 · review point card ─"))
        #expect(result.stdout.contains("── 3/3 · new step card ─"))
        #expect(result.stdout.contains("Reviewed 2 cards (0 Again); stopped."))
        #expect(try ratings(f) == "5:4 6:2 6:4 6:3 5:3")
    }

    @Test("--limit stops after that many ratings; --case keeps to one case")
    func limitAndCase() throws {
        let f = ReviewFixture(.inProcess)
        defer { f.remove() }
        try f.run(["cards", "add", "--case", "ad-click-prediction"])
        try f.run(["cards", "add", "--case", "fraud-detection"])
        let limited = try f.run(["review", "--limit", "2", "--case", "fraud-detection"], input: "\n3\n\n3\n\n3\n")
        #expect(limited.stdout.hasPrefix("Review: 0 due, 7 new; stopping after 2.\n"))
        #expect(limited.stdout.contains("Reviewed 2 cards (0 Again); limit reached."))
        #expect(
            try f.mlsd.sql("SELECT DISTINCT c.case_id FROM review_log r JOIN cards c ON c.id = r.card_id")
                == "fraud-detection")
        #expect(try f.mlsd.sql("SELECT COUNT(*) FROM review_log") == "2")
        // The count runs to the limit: 8 of 15 new cards reads 1/8 … 8/8.
        try f.run(["cards", "add", "--case", "ad-click-prediction", "--step", "metrics", "--all-points"])
        let eight = try f.run(
            ["review", "--limit", "8", "--case", "ad-click-prediction", "--new", "20"],
            input: String(repeating: "\n3\n", count: 9))
        #expect(eight.stdout.contains("── 1/8 · new "))
        #expect(eight.stdout.contains("── 8/8 · new "))
        #expect(!eight.stdout.contains("/15 ·") && !eight.stdout.contains("9/"))
        #expect(eight.stdout.contains("Reviewed 8 cards (0 Again); limit reached."))
    }

    @Test("new cards stop at new_cards_per_day for the study day, and come back the next day")
    func dailyNewLimit() throws {
        let f = ReviewFixture(.inProcess, timeZone: "Europe/Berlin")
        defer { f.remove() }
        try f.run(["cards", "add", "--case", "ad-click-prediction"])
        try f.run(["config", "set", "new_cards_per_day", "2"])
        let first = try f.run(["review"], input: "\n4\n\n4\n\n4\n")
        #expect(first.stdout.hasPrefix("Review: 0 due, 2 new.\n"))
        #expect(first.stdout.contains("Reviewed 2 cards (0 Again); nothing left for now."))
        // 02:30 in Berlin the next night is still the same study day (day_start_hour 4).
        let night = ISO8601DateFormatter().date(from: "2026-03-02T01:30:00Z")!
        #expect(try f.run(["review"], at: night).stdout.hasPrefix("Nothing to review now."))
        #expect(try (f.json(["due"], at: night) as! [String: Any])["new_available_today"] as? Int == 0)
        // 04:30 in Berlin: a new study day, a new allowance.
        let morning = ISO8601DateFormatter().date(from: "2026-03-02T03:30:00Z")!
        #expect(try (f.json(["due"], at: morning) as! [String: Any])["new_available_today"] as? Int == 2)
        #expect(
            try f.run(["review", "--limit", "1"], at: morning, input: "\n4\n").stdout.hasPrefix("Review: 0 due, 2 new"))
        // --new overrides the allowance for one session.
        #expect(try f.run(["review", "--new", "5"], at: morning, input: "").stdout.hasPrefix("Review: 0 due, 4 new"))
    }

    @Test("learning cards coming due within 20 minutes come back in the same sitting")
    func learnAhead() throws {
        let f = ReviewFixture(.inProcess)
        defer { f.remove() }
        try f.run(["cards", "add", "--case", "ad-click-prediction", "--step", "metrics"])
        let result = try f.run(["review"], input: "\n1\n\n3\n\n3\n\n3\n")
        #expect(result.stdout.contains("Reviewed 3 cards (1 Again); nothing left for now."))
        #expect(try ratings(f) == "1:1 1:3 1:3")
        #expect(try f.card(1)["state"] as? String == "review")
    }

    @Test func nothingToReview() throws {
        let f = ReviewFixture(.inProcess)
        defer { f.remove() }
        let empty = try f.run(["review"])
        #expect(empty.status == 0)
        // Wrapped at the width of the output (80 when piped), between words.
        #expect(
            empty.stdout.replacingOccurrences(of: "\n", with: " ")
                == "No cards yet. Practise a case ('mlsd practice ID') or add cards with 'mlsd cards add --case ID'. ")
        #expect(empty.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
        try f.run(["cards", "add", "--case", "ad-click-prediction", "--step", "metrics"])
        try f.run(["rate", "1", "easy"])
        let none = try f.run(["review"])
        #expect(none.stdout.hasPrefix("Nothing to review now. Next due: 2026-03-"))
    }
}
