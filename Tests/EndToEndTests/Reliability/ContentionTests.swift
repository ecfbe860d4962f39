import Foundation
import Testing

@testable import MLSDTestSupport

/// Several mlsd processes on one database at once: two practice sessions, a rating loop and
/// readers. SQLite's busy timeout must absorb every conflict: no "database is locked" reaches
/// the user and no write is lost. The longest single command is reported, not asserted.
@Suite struct ContentionTests {
    final class Log: @unchecked Sendable {  // guarded by lock
        let lock = NSLock()
        var longest = 0.0, failures: [String] = [], rated = 0
        func record(_ seconds: Double, _ label: String, _ result: StreamingProcess.Result) {
            lock.lock(); defer { lock.unlock() }
            longest = max(longest, seconds)
            if result.status != 0 || result.stderr.lowercased().contains("locked")
                || result.stderr.lowercased().contains("busy")
            {
                failures.append("\(label): \(result.status) \(result.stderr)")
            } else if label.hasPrefix("rate") {
                rated += 1
            }
        }
    }

    @Test func practiceRateAndReadersTogether() throws {
        let fixture = ReviewFixture()
        defer { fixture.remove() }
        let mlsd = fixture.mlsd
        try fixture.run(["cards", "add", "--case", "ad-click-prediction", "--step", "metrics", "--all-points"])
        let cases = try mlsd.sql("SELECT id FROM cases ORDER BY id LIMIT 2").split(separator: "\n").map(String.init)
        let log = Log()
        let group = DispatchGroup()
        @Sendable func timed(_ label: String, _ body: () throws -> StreamingProcess.Result) {
            let start = Date()
            guard let result = try? body() else {
                return log.record(0, label, .init(status: -1, stdout: "", stderr: "could not start", signalled: false))
            }
            log.record(Date().timeIntervalSince(start), label, result)
        }
        for caseID in cases {
            blockingQueue().async(group: group) {
                let lines = PracticeFixture.steps.flatMap {
                    ["On \($0) we would weigh scale and latency, since they shape the design.", ".", "."]
                }
                timed("practice \(caseID)") {
                    let running = try mlsd.start(["practice", caseID])
                    running.typeSlowly(lines, pauseMicroseconds: 5_000)
                    return running.finish()
                }
            }
        }
        blockingQueue().async(group: group) {
            for round in 0..<16 {
                timed("rate \(round)") {
                    try mlsd.runProgram(MLSDSandbox.binary, ["rate", String(round % 9 + 1), "good"])
                }
            }
        }
        blockingQueue().async(group: group) {
            for round in 0..<16 {
                timed("reader \(round)") { try mlsd.runProgram(MLSDSandbox.binary, [round % 2 == 0 ? "cards" : "due"]) }
            }
        }
        group.wait()
        #expect(log.failures.isEmpty, "\(log.failures)")
        #expect(try mlsd.sql("PRAGMA integrity_check") == "ok")
        #expect(try mlsd.count("SELECT COUNT(*) FROM review_log") == log.rated, "every rating kept")
        #expect(try mlsd.count("SELECT COUNT(*) FROM sessions WHERE status = 'finished'") == 2)
        #expect(try mlsd.count("SELECT COUNT(*) FROM answers WHERE kind = 'answer'") == 14, "every answer kept")
        print("contention: longest single command \(String(format: "%.2f", log.longest)) s")
    }
}
