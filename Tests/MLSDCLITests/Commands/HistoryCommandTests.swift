import Foundation
import Testing

@testable import MLSDTestSupport

@Suite struct HistoryCommandTests {
    @Test func withoutSessions() throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        let result = try mlsd.run(["history"])
        #expect(result.status == 0)
        #expect(result.stdout == "No practice sessions yet. Start one with 'mlsd practice <id>' (see 'mlsd cases').\n")
        let json = try mlsd.run(["history", "--json"])
        #expect(json.status == 0)
        #expect((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [Any])?.isEmpty == true)
        let one = try mlsd.run(["history", "--case", "fraud-detection"])
        #expect(
            one.stdout
                == "No practice sessions of fraud-detection yet. Start one with 'mlsd practice fraud-detection'.\n")
    }

    @Test func sessionsGroupedByCaseWithStepScores() throws {
        let mlsd = try ProgressSeed.sandbox(.inProcess)
        defer { mlsd.remove() }
        let result = try mlsd.run(["history"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.components(separatedBy: "\n")
        let day = { (daysAgo: Double) in ProgressSeed.dayText(ProgressSeed.now - daysAgo * ProgressSeed.day) }
        #expect(lines[0] == "video-recommendation  Home-feed video recommendation")
        #expect(lines[1] == "     #  date       req met dat fea mod eva ser  overall   time  status")
        #expect(lines[2] == "     1  \(day(3))  65  40  50  45  30  55  35       48    29m  finished")
        #expect(lines[3] == "     3  \(day(1))  85  70  65  60  55  75  60       66    29m  finished")
        #expect(lines[4] == "     4  \(day(0))  90   -   -   -   -   -   -        -     5m  active")
        #expect(lines[6].hasPrefix("fraud-detection  "))
        #expect(lines[8] == "     2  \(day(2))  50  20 skp   -   -   -   -        -     8m  abandoned")
        #expect(result.stdout.contains("4 sessions, 2 finished."))
        #expect(lines.allSatisfy { $0.count <= 80 })
    }

    @Test func oneCaseAndJSON() throws {
        let mlsd = try ProgressSeed.sandbox(.inProcess)
        defer { mlsd.remove() }
        let text = try mlsd.run(["history", "--case", "fraud-detection"])
        #expect(text.status == 0)
        #expect(!text.stdout.contains("video-recommendation"))
        let json = try mlsd.run(["history", "--case", "video-recommendation", "--json"])
        let sessions = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [[String: Any]]
        #expect(sessions.map { $0["id"] as? Int } == [1, 3, 4])
        let second = sessions[1]
        #expect(second["status"] as? String == "finished")
        #expect(second["overall"] as? Double == 66)
        #expect(second["seconds"] as? Double == 1740)
        #expect(second["case_title"] as? String != nil)
        let steps = second["steps"] as! [[String: Any]]
        #expect(steps.map { $0["step"] as? String } == ProgressSeed.steps)
        // Requirements was scored again with its follow-up: 80, then 85.
        #expect(steps.map { $0["score"] as? Double } == [85, 70, 65, 60, 55, 75, 60])
        #expect((second["started_at"] as? String)?.hasSuffix("Z") == true)
    }

    /// A page of the latest sessions, with the totals of all of them.
    @Test func latestSessionsFirstPage() throws {
        let mlsd = try ProgressSeed.sandbox(.inProcess)
        defer { mlsd.remove() }
        let page = try mlsd.run(["history", "--limit", "2"])
        #expect(page.status == 0)
        let lines = page.stdout.components(separatedBy: "\n")
        #expect(lines[0].hasPrefix("video-recommendation  "))
        #expect(
            lines.filter { $0.hasPrefix("     ") }.map { $0.prefix(6).trimmingCharacters(in: .whitespaces) } == [
                "#", "3", "4",
            ])
        #expect(!page.stdout.contains("fraud-detection"))
        #expect(
            page.stdout.contains(
                "4 sessions, 2 finished. Write them up with 'mlsd export'.\nShowing the latest 2; see more with --limit N or --all.\n"
            ))
        let json = try mlsd.run(["history", "--limit", "1", "--json"])
        #expect(
            (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [[String: Any]]).map {
                $0["id"] as? Int
            } == [4])
        let all = try mlsd.run(["history", "--all"])
        #expect(all.stdout.contains("fraud-detection") && !all.stdout.contains("Showing the latest"))
        let both = try mlsd.run(["history", "--all", "--limit", "2"])
        #expect(both.status == 64)
        #expect(both.stderr.hasPrefix("mlsd: '--all' shows every session"))
    }

    @Test func unknownCaseGetsDidYouMean() throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        let result = try mlsd.run(["history", "--case", "video-recomendation"])
        #expect(result.status == 64)
        #expect(
            result.stderr.hasPrefix("mlsd: unknown case 'video-recomendation' (did you mean 'video-recommendation'"))
    }
}
