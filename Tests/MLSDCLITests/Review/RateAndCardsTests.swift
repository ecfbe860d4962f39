import Foundation
import MLSDCore
import Testing

@testable import MLSDTestSupport

@Suite struct RateAndCardsTests {
    let start = ReviewFixture.start
    let day = Scheduler.secondsPerDay

    /// Checks a card as `--json` prints it against the core scheduler's card, exactly.
    func expectSame(_ row: CardRow, _ card: MemoryCard, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(row.state == card.state.name, sourceLocation: sourceLocation)
        #expect(row.stepIndex == card.step, sourceLocation: sourceLocation)
        #expect(row.stability == card.stability, sourceLocation: sourceLocation)
        #expect(row.difficulty == card.difficulty, sourceLocation: sourceLocation)
        #expect(row.due == ReviewFixture.iso(card.due), sourceLocation: sourceLocation)
        #expect(row.lastReview == card.lastReview.map(ReviewFixture.iso), sourceLocation: sourceLocation)
        #expect(row.reps == card.reps, sourceLocation: sourceLocation)
        #expect(row.lapses == card.lapses, sourceLocation: sourceLocation)
    }

    struct Rated: Decodable {
        var card: CardRow
        var rating: String
    }

    @Test("rate and cards --json give exactly the core scheduler's state for the same history")
    func rateMatchesTheScheduler() throws {
        let f = ReviewFixture(.inProcess)
        defer { f.remove() }
        #expect(
            try f.run(["cards", "add", "--case", "ad-click-prediction", "--step", "metrics", "--all-points"]).status
                == 0)
        #expect(try f.run(["config", "set", "fuzz", "off"]).status == 0)
        let scheduler = try Scheduler(settings: SchedulerSettings(enableFuzz: false))
        // Learning, graduation, an on-time review, a late lapse, relearning, then Hard and Easy.
        let history: [(after: TimeInterval, typed: String, rating: Rating)] = [
            (0, "good", .good), (600, "3", .good), (2 * day + 600, "g", .good), (20 * day, "again", .again),
            (20 * day + 900, "G", .good), (27 * day, "2", .hard), (45 * day, "easy", .easy),
            (45 * day + 3600, "1", .again),
        ]
        var expected = MemoryCard.new(due: start)
        for step in history {
            let at = start.addingTimeInterval(step.after)
            let output = try f.decode(Rated.self, ["rate", "3", step.typed], at: at)
            expected =
                scheduler.review(
                    card: expected, rating: step.rating, now: at,
                    seed: FuzzSeed(cardID: 3, reviewCount: expected.reps)
                ).card
            #expect(output.rating == step.rating.name)
            expectSame(output.card, expected)
            let listed = try #require(try f.decode([CardRow].self, ["cards"], at: at).first { $0.id == 3 })
            expectSame(listed, expected)
        }
        #expect(expected.lapses == 2 && expected.state == .relearning)
        #expect(try f.mlsd.sql("SELECT COUNT(*) FROM review_log WHERE card_id = 3") == "8")
        // The other cards are untouched.
        #expect(try f.mlsd.sql("SELECT COUNT(*) FROM cards WHERE reps > 0") == "1")
    }

    @Test func humanRateOutputAndShow() throws {
        let f = ReviewFixture(.inProcess)
        defer { f.remove() }
        try f.run(["cards", "add", "--case", "ad-click-prediction", "--step", "metrics"])
        try f.run(["config", "set", "fuzz", "off"])
        let first = try f.run(["rate", "1", "good"])
        #expect(first.status == 0)
        #expect(
            first.stdout == """
                Card 1 (step ad-click-prediction/metrics): Good
                  learning step 2 · due 2026-03-01 09:10 (in 10m) · interval 10m · S 2.31 · D 2.12

                """)
        try f.run(["rate", "1", "good"], at: start.addingTimeInterval(600))
        let show = try f.run(["cards", "show", "1"], at: start.addingTimeInterval(600))
        #expect(show.status == 0)
        #expect(show.stdout.contains("Q: How do you define success, for the business and for the model?"))
        #expect(show.stdout.contains("Target retention 90%: R falls to it after 2.31 d, rounded to 2 d."))
        #expect(show.stdout.contains("If answered now: 1 Again · 10m  2 Hard · 2d  3 Good · 2d  4 Easy · 4d"))
        #expect(show.stdout.contains("2026-03-01 09:10  Good   → review, next in 2d (S 2.31, D 2.11)"))
        let json = try f.json(["cards", "show", "1"], at: start.addingTimeInterval(600)) as! [String: Any]
        #expect((json["history"] as? [Any])?.count == 2)
        #expect(json["explanation_matches_schedule"] as? Bool == true)
        let why = json["explanation"] as! [String: Any]
        #expect(why["raw_interval_days"] as? Double == 2.3065)
        #expect(why["rounded_interval_days"] as? Int == 2)
        #expect(why["capped_by_interview"] as? Bool == false)
        // Changing the target retention changes the replay, and show says so.
        try f.run(["config", "set", "desired_retention", "0.8"])
        let changed = try f.json(["cards", "show", "1"], at: start.addingTimeInterval(600)) as! [String: Any]
        #expect(changed["explanation_matches_schedule"] as? Bool == false)
    }

    @Test("bad input gets a clear error and changes nothing")
    func badInputChangesNothing() throws {
        let f = ReviewFixture(.inProcess)
        defer { f.remove() }
        try f.run(["cards", "add", "--case", "ad-click-prediction", "--step", "metrics"])
        try f.run(["rate", "1", "good"])
        let before = try f.snapshot()
        let cases: [(args: [String], status: Int32, message: String)] = [
            (["rate", "99", "good"], 64, "mlsd: unknown card 99 (see 'mlsd cards' for card ids)\n"),
            (
                ["rate", "1", "5"], 64,
                "mlsd: The value '5' is invalid for '<rating>': expected 1-4, again/hard/good/easy or a/h/g/e\n"
            ),
            (["rate", "1", "great"], 64, "mlsd: The value 'great' is invalid for '<rating>'"),
            (["rate", "one", "good"], 64, "mlsd: The value 'one' is invalid for '<card-id>'"),
            (["cards", "show", "42"], 64, "mlsd: unknown card 42"),
            (["cards", "undo", "42"], 64, "mlsd: unknown card 42"),
            (["cards", "reset", "42"], 64, "mlsd: unknown card 42"),
            (["cards", "add", "--case", "ad-click"], 64, "mlsd: unknown case 'ad-click'"),
            (
                ["cards", "add", "--case", "ad-click-prediction", "--step", "metric"], 64,
                "mlsd: unknown step 'metric' (did you mean 'metrics'?"
            ),
            (["cards", "add"], 64, "mlsd: Missing expected option '--case <case>'"),
            (["review", "--limit", "0"], 64, "mlsd: The value '0' is invalid for '--limit <limit>'"),
        ]
        for bad in cases {
            let result = try f.run(bad.args)
            #expect(result.status == bad.status, "\(bad.args)")
            #expect(result.stderr.hasPrefix(bad.message), "\(bad.args): \(result.stderr)")
            #expect(result.stdout.isEmpty, "\(bad.args)")
        }
        #expect(try f.snapshot() == before)
    }

    @Test("a suspended card is refused until unsuspended")
    func suspendedCard() throws {
        let f = ReviewFixture(.inProcess)
        defer { f.remove() }
        try f.run(["cards", "add", "--case", "ad-click-prediction", "--step", "metrics"])
        #expect(try f.run(["cards", "suspend", "1"]).stdout.contains("suspended"))
        let before = try f.snapshot()
        let refused = try f.run(["rate", "1", "good"])
        #expect(refused.status == 1)
        #expect(
            refused.stderr
                == "mlsd: card 1 is suspended; nothing was recorded (resume it with 'mlsd cards unsuspend 1')\n")
        #expect(try f.snapshot() == before)
        #expect(try f.run(["review"]).stdout.contains("Nothing to review now."))
        #expect(try f.card(1)["suspended"] as? Bool == true)
        #expect(try f.run(["cards", "unsuspend", "1"]).status == 0)
        #expect(try f.run(["rate", "1", "good"]).status == 0)
    }

    @Test("a corrupted scheduling setting stops every review command, naming the fix")
    func corruptedSetting() throws {
        let f = ReviewFixture(.inProcess)
        defer { f.remove() }
        try f.run(["cards", "add", "--case", "ad-click-prediction", "--step", "metrics"])
        try f.run(["rate", "1", "good"])
        _ = try f.mlsd.sql("INSERT INTO settings (key, value) VALUES ('maximum_interval', 'forever')")
        let before = try f.snapshot()
        for args in [
            ["rate", "1", "good"], ["review"], ["due"], ["cards"], ["cards", "show", "1"], ["cards", "undo", "1"],
        ] {
            let result = try f.run(args, input: "\n3\n")
            #expect(result.status == 65, "\(args)")
            #expect(
                result.stderr
                    == "mlsd: the stored setting maximum_interval = 'forever' is invalid (expected a whole number of days from 1 to 36500); fix it with 'mlsd config set maximum_interval VALUE' or 'mlsd config unset maximum_interval'\n",
                "\(args)")
        }
        #expect(try f.snapshot() == before)
        #expect(try f.run(["config", "unset", "maximum_interval"]).status == 0)
        #expect(try f.run(["rate", "1", "good"]).status == 0)
    }

    @Test func addSuspendResetUndoAndList() throws {
        let f = ReviewFixture(.inProcess)
        defer { f.remove() }
        #expect(
            try f.run(["cards", "add", "--case", "fraud-detection"]).stdout
                == "fraud-detection: added 7 step cards. New cards are introduced by 'mlsd review'.\n")
        #expect(
            try f.run(["cards", "add", "--case", "fraud-detection", "--step", "data", "--all-points"]).stdout
                .hasPrefix("fraud-detection: added 0 step cards and "))
        _ = try f.mlsd.sql("DELETE FROM cards")
        let added = try f.json(["cards", "add", "--case", "ad-click-prediction"]) as! [String: Any]
        #expect((added["created"] as? [Int])?.count == 7)
        let again = try f.json(["cards", "add", "--case", "ad-click-prediction", "--all-points"]) as! [String: Any]
        #expect(again["existing"] as? Int == 7)
        let all = try f.cards()
        #expect(all.count == 7 + ((again["created"] as? [Int])?.count ?? 0))
        #expect(all.filter { $0["kind"] as? String == "step" }.count == 7)
        #expect(all.allSatisfy { $0["state"] as? String == "new" && $0["reps"] as? Int == 0 })
        try f.run(["rate", "2", "easy"])
        #expect(try f.cards(["--due"]).isEmpty)
        #expect(try f.cards(["--due"], at: start.addingTimeInterval(30 * day)).map { $0["id"] as? Int } == [2])
        #expect(try f.cards(["--case", "video-recommendation"]).isEmpty)
        let undo = try f.run(["cards", "undo", "2"])
        #expect(undo.stdout.hasPrefix("Undid the Easy of 2026-03-01 09:00 on card 2: back to new"))
        #expect(try f.card(2)["reps"] as? Int == 0)
        #expect(try f.run(["cards", "undo", "2"]).status == 1)
        try f.run(["rate", "2", "easy"])
        let reset = try f.run(["cards", "reset", "2"], at: start.addingTimeInterval(day))
        #expect(reset.stdout.contains("is new again (was review after 1 review; its history is kept)"))
        #expect(try f.card(2)["due"] as? String == "2026-03-02T09:00:00Z")
        #expect(try f.mlsd.sql("SELECT COUNT(*) FROM review_log WHERE card_id = 2") == "1")
        let list = try f.run(["cards", "--case", "ad-click-prediction"])
        #expect(list.stdout.hasPrefix("ad-click-prediction\n"))
        #expect(list.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }
}
