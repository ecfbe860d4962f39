import Foundation
import Testing

@testable import MLSDTestSupport

/// `kill -9` at seeded random moments while practising, reviewing, rating and importing. After
/// every kill the database passes integrity_check and holds everything the user was told was
/// saved: an answer once its "Saved." line was printed, a rating once its "next in" line was.
@Suite struct KillNineTests {
    static let practiceKills = StressSize.pick(quick: 6, full: 30), reviewKills = StressSize.pick(quick: 5, full: 25)
    static let rateKills = StressSize.pick(quick: 6, full: 25), importKills = StressSize.pick(quick: 6, full: 25)

    /// Waits a seeded random time (where the kill lands, not a wait for anything), then kills;
    /// returns what the process printed.
    static func kill(
        _ running: StreamingProcess, withinMilliseconds limit: Int,
        _ random: inout SeededRandom
    ) -> StreamingProcess.Result {
        usleep(UInt32(Int.random(in: 0...limit, using: &random) * 1000))
        running.send(SIGKILL)
        return running.finish()
    }

    /// integrity_check and one or two counts (packed as first * 1e6 + second) in one sqlite3 call.
    static func check(_ mlsd: MLSDSandbox, _ counts: String) throws -> (String, Int) {
        let lines = try mlsd.sql("PRAGMA integrity_check; \(counts);").split(separator: "\n").map(String.init)
        let numbers = lines.dropFirst().compactMap { Int($0) }
        return (lines.first ?? "", numbers.count == 2 ? numbers[0] * 1_000_000 + numbers[1] : numbers.first ?? -1)
    }

    @Test func practiceKeepsEveryAcknowledgedAnswer() throws {
        let fixture = try PracticeFixture()
        defer { fixture.remove() }
        let mlsd = fixture.mlsd
        var random = SeededRandom(seed: 0x9_1A)
        var acknowledged: [String] = []
        for run in 0..<Self.practiceKills {
            let lines = PracticeFixture.steps.enumerated().flatMap { index, step in
                [
                    "Answer r\(run)s\(index): we need to define \(step) clearly, with scale and latency in mind.", ".",
                    "Followup r\(run)s\(index): we would monitor \(step) and alert on drift.", ".",
                ]
            }
            let running = try mlsd.start(["practice", fixture.caseID])
            running.typeSlowly(lines, pauseMicroseconds: 15_000)
            // The kill lands after a seeded number of acknowledged answers, then within a moment,
            // so how far a session gets does not depend on how fast a debug binary runs on a busy
            // machine.
            let target = Int.random(in: 1...3, using: &random)
            let reached = running.waitForOutput { $0.components(separatedBy: "Saved.").count - 1 >= target }
            let result = Self.kill(running, withinMilliseconds: 100, &random)
            #expect(
                reached,
                "run \(run): \(target) answers not acknowledged in time: \(result.stdout.suffix(300)) \(result.stderr)")
            #expect(
                !result.stdout.contains("mlsd:") && !result.stderr.contains("mlsd:"), "run \(run): \(result.stderr)")
            #expect(try mlsd.integrity() == "ok", "run \(run)")
            // Acknowledgements come in input order: an answer, then its follow-up, per step.
            var answers = 0, followups = 0
            for line in result.stdout.split(separator: "\n") {
                if line.hasPrefix("Saved.") { answers += 1; acknowledged.append("Answer r\(run)s\(answers - 1):") }
                if line.hasPrefix("With the follow-up") {
                    followups += 1; acknowledged.append("Followup r\(run)s\(followups - 1):")
                }
            }
        }
        let stored = try mlsd.sql("SELECT text FROM answers")
        let missing = acknowledged.filter { !stored.contains($0) }
        #expect(missing.isEmpty, "acknowledged but lost: \(missing)")
        #expect(acknowledged.count > Self.practiceKills, "the kills landed mid-session, after some answers")
        print("practice: \(Self.practiceKills) kills, \(acknowledged.count) acknowledged answers all present")
    }

    @Test func reviewKeepsEveryAcknowledgedRating() throws {
        let fixture = ReviewFixture()
        defer { fixture.remove() }
        for step in PracticeFixture.steps {
            try fixture.run(["cards", "add", "--case", "ad-click-prediction", "--step", step, "--all-points"])
        }
        var random = SeededRandom(seed: 0x7E_71)
        var acknowledgedTotal = 0
        var before = 0
        let prefixes = ["Again: next", "Hard: next", "Good: next", "Easy: next"]
        for run in 0..<Self.reviewKills {
            let day = ReviewFixture.start.addingTimeInterval(Double(run) * 86_400)
            let running = try fixture.mlsd.start(["review"], environment: ["MLSD_NOW": ReviewFixture.iso(day)])
            let ratings = ["3", "1", "4", "2"]
            running.typeSlowly((0..<40).flatMap { ["", ratings[$0 % 4]] }, pauseMicroseconds: 10_000)
            // As in practice: a seeded number of ratings acknowledged first (none for some runs,
            // so a kill may land during start-up), then the kill within a moment; how many ratings
            // are acknowledged does not depend on how fast a debug binary starts.
            let target = Int.random(in: 0...3, using: &random)
            let reached = running.waitForOutput { acknowledgements(in: $0, prefixes) >= target }
            let result = Self.kill(running, withinMilliseconds: 100, &random)
            #expect(
                reached,
                "run \(run): \(target) ratings not acknowledged in time: \(result.stdout.suffix(300)) \(result.stderr)")
            let (integrity, total) = try Self.check(fixture.mlsd, "SELECT COUNT(*) FROM review_log")
            #expect(integrity == "ok", "run \(run)")
            let acknowledged = acknowledgements(in: result.stdout, prefixes)
            let saved = total - before
            before = total
            #expect(
                saved >= acknowledged && saved <= acknowledged + 1, "run \(run): \(acknowledged) shown, \(saved) saved")
            acknowledgedTotal += acknowledged
        }
        #expect(acknowledgedTotal > 0)
        print("review: \(Self.reviewKills) kills, \(acknowledgedTotal) acknowledged ratings all present")
    }

    @Test func rateKeepsEveryAcknowledgedRating() throws {
        let fixture = ReviewFixture()
        defer { fixture.remove() }
        try fixture.run(["cards", "add", "--case", "ad-click-prediction", "--step", "metrics", "--all-points"])
        let cards = try fixture.mlsd.count("SELECT COUNT(*) FROM cards")
        var random = SeededRandom(seed: 0x4A7E)
        var acknowledgedTotal = 0, before = 0
        for run in 0..<Self.rateKills {
            let day = ReviewFixture.start.addingTimeInterval(Double(run) * 3_600)
            let running = try fixture.mlsd.start(
                ["rate", String(run % cards + 1), "good"],
                environment: ["MLSD_NOW": ReviewFixture.iso(day)])
            running.closeInput()
            let result = Self.kill(running, withinMilliseconds: 200, &random)
            let (integrity, total) = try Self.check(fixture.mlsd, "SELECT COUNT(*) FROM review_log")
            #expect(integrity == "ok", "run \(run)")
            let acknowledged = result.stdout.hasPrefix("Card ") ? 1 : 0
            let saved = total - before
            before = total
            #expect(saved >= acknowledged && saved <= 1, "run \(run): \(acknowledged) shown, \(saved) saved")
            acknowledgedTotal += acknowledged
        }
        print("rate: \(Self.rateKills) kills, \(acknowledgedTotal) acknowledged ratings all present")
    }

    @Test func importIsAllOrNothing() throws {
        let mlsd = MLSDSandbox()
        defer { mlsd.remove() }
        var random = SeededRandom(seed: 0x1_4B0)
        let pointsPerCase =
            ((PackFiles.example()["steps"] as! [[String: Any]])
            .map { ($0["points"] as! [Any]).count }).reduce(0, +)
        var imported = 0
        for run in 0..<Self.importKills {
            // Three cases under fresh ids; the first runs also land in the first-run setup.
            let cases: [[String: Any]] = ["a", "b", "c"].map { letter in
                var pack = PackFiles.example()
                pack["id"] = "kill\(run)-\(letter)"
                pack["title"] = "Kill \(run) \(letter)"
                return pack
            }
            let path = PackFiles.write(PackFiles.serialise(["cases": cases]), named: "pack\(run).json", in: mlsd)
            let running = try mlsd.start(["import", path])
            running.closeInput()
            let result = Self.kill(running, withinMilliseconds: 300, &random)
            // A kill during the first run's setup leaves no schema at all (it is created in one
            // transaction): then nothing of the pack can be there either.
            let hasSchema =
                try mlsd.sql("SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name = 'points'") == "1"
            let (integrity, counts) =
                hasSchema
                ? try Self.check(
                    mlsd,
                    "SELECT COUNT(*) FROM cases WHERE id LIKE 'kill\(run)-%'"
                        + " UNION ALL SELECT COUNT(*) FROM points WHERE case_id LIKE 'kill\(run)-%'")
                : (try mlsd.integrity(), 0)
            #expect(integrity == "ok", "run \(run)")
            let present = counts / 1_000_000, points = counts % 1_000_000
            #expect(present == 0 || present == 3, "run \(run): a half-imported pack")
            #expect(points == present * pointsPerCase, "run \(run): \(points) points for \(present) cases")
            if result.stdout.contains("added kill\(run)-") {
                #expect(present == 3, "run \(run): acknowledged but missing")
            }
            imported += present / 3
        }
        #expect(try mlsd.run(["cases"]).status == 0, "the database works after all the kills")
        print("import: \(Self.importKills) kills, \(imported) packs imported whole, none in part")
    }
}
