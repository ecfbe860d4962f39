import Foundation
import Testing

@testable import MLSDTestSupport

/// Six kinds of writer, each in its own loop of real mlsd commands, for 30 seconds (3 outside
/// `make stress`) on one
/// database. Checkpoints run all the time under this load, so the file on disk is often shorter
/// than its header says while the database is consistent: no command may call it damaged (exit
/// 65), report it busy (exit 75), or fail in any other way, and no acknowledged rating is lost.
/// Bounded: no command starts after that time and each is killed after 10 s.
@Suite struct ConcurrentWritersTests {
    static let seconds = StressSize.pick(quick: 3.0, full: 30.0), commandLimit = 10.0

    struct Writer: Sendable {
        var kind: String
        var command: @Sendable (Int) -> (arguments: [String], input: String)
    }

    final class Log: @unchecked Sendable {  // guarded by lock
        let lock = NSLock()
        var runs: [String: Int] = [:], failures: [String] = [], ratings = 0
        func record(_ kind: String, _ arguments: [String], _ result: StreamingProcess.Result) {
            lock.lock(); defer { lock.unlock() }
            runs[kind, default: 0] += 1
            if result.status != 0 || result.timedOut || !result.stderr.isEmpty {
                failures.append(
                    "\(arguments.joined(separator: " ")): exit \(result.status)\(result.timedOut ? " (timed out)" : "") \(result.stderr)"
                )
            }
            ratings += acknowledgements(
                in: result.stdout, ["Card ", "Again: next", "Hard: next", "Good: next", "Easy: next"])
        }
    }

    static func writers(caseID: String) -> [Writer] {
        let steps = PracticeFixture.steps
        // Three steps, then end of input: the session is saved and left to resume, as a user would.
        let session = steps.prefix(3).flatMap {
            ["On \($0) we would weigh scale and latency, since they shape the design.", ".", "."]
        }
        return [
            Writer(kind: "practice") { _ in (["practice", caseID], session.joined(separator: "\n") + "\n") },
            Writer(kind: "rate") { (["rate", String($0 % 9 + 1), ["good", "hard", "easy"][$0 % 3]], "") },
            Writer(kind: "review") { _ in (["review"], String(repeating: "\n3\n", count: 3)) },
            Writer(kind: "config") { (["config", "set", "desired_retention", $0 % 2 == 0 ? "0.85" : "0.9"], "") },
            Writer(kind: "backup") { _ in (["backup"], "") },
            Writer(kind: "cards") {
                (["cards", "add", "--case", caseID, "--step", steps[$0 % steps.count], "--all-points"], "")
            },
        ]
    }

    @Test func sixWriterKindsForThirtySeconds() throws {
        let mlsd = MLSDSandbox()
        defer { mlsd.remove() }
        let seed = try mlsd.run(["cards", "add", "--case", "ad-click-prediction", "--step", "metrics", "--all-points"])
        #expect(seed.status == 0, "\(seed.stderr)")
        let log = Log()
        let group = DispatchGroup()
        let end = Date().addingTimeInterval(Self.seconds)
        for writer in Self.writers(caseID: "ad-click-prediction") {
            blockingQueue().async(group: group) {
                var round = 0
                while Date() < end {
                    let (arguments, input) = writer.command(round)
                    round += 1
                    guard
                        let result = try? mlsd.runProgram(
                            MLSDSandbox.binary, arguments, input: Data(input.utf8),
                            killAfter: Self.commandLimit)
                    else {
                        return log.record(
                            writer.kind, arguments,
                            .init(status: -1, stdout: "", stderr: "could not start", signalled: false))
                    }
                    log.record(writer.kind, arguments, result)
                }
            }
        }
        group.wait()
        print(
            "concurrent writers: \(log.runs.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")), \(log.failures.count) failed"
        )
        #expect(
            log.failures.isEmpty,
            "\(log.failures.count) of \(log.runs.values.reduce(0, +)) failed: \(log.failures.prefix(5))")
        #expect(log.runs.count == 6 && log.runs.values.allSatisfy { $0 > 0 }, "every kind of writer ran: \(log.runs)")
        #expect(try mlsd.integrity() == "ok")
        #expect(try mlsd.count("SELECT COUNT(*) FROM review_log") == log.ratings, "every acknowledged rating kept")
    }
}
