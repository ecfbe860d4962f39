import Foundation
import Testing

@testable import MLSDTestSupport

/// Input far larger than any answer: read in time proportional to its size, and cut at the
/// answer limit wherever an answer is typed (practice and review alike).
@Suite struct HugeInputTests {
    /// Seconds `mlsd practice` takes to read and answer one line of `megabytes` MB.
    static func secondsForOneLine(_ fixture: PracticeFixture, megabytes: Int) throws -> Double {
        let line = Data(repeating: UInt8(ascii: "x"), count: megabytes << 20) + Data("\n.\n".utf8)
        let started = Date()
        // timeout(1) ends a quadratic reader that would otherwise run for many minutes.
        let result = try fixture.mlsd.runProgram(
            "/usr/bin/timeout",
            [
                "120", MLSDSandbox.binary, "practice", fixture.caseID,
                "--step", "requirements",
            ], input: line)
        #expect(result.status == 0, "\(megabytes) MB: exit \(result.status) \(result.stderr.suffix(200))")
        return Date().timeIntervalSince(started)
    }

    @Test func oneHugeLineIsReadInLinearTime() throws {
        let fixture = try PracticeFixture()
        defer { fixture.remove() }
        let small = try Self.secondsForOneLine(fixture, megabytes: 1)
        let large = try Self.secondsForOneLine(fixture, megabytes: 8)
        print("huge line: 1 MB in \(small) s, 8 MB in \(large) s")
        // Linear reading makes 8 times the input cost at most 8 times as long; quadratic, 64 times.
        #expect(large < small * 16, "1 MB in \(small) s, 8 MB in \(large) s")
    }

    @Test func aReviewAnswerIsCutAtTheAnswerLimit() throws {
        let fixture = try PracticeFixture()
        defer { fixture.remove() }
        try fixture.mlsd.run(["cards", "add", "--case", fixture.caseID, "--step", "data"])
        let lines = String(repeating: String(repeating: "latency ", count: 12) + "\n", count: 40_000)
        let result = try fixture.mlsd.runProgram(
            "/usr/bin/timeout", ["120", MLSDSandbox.binary, "review", "--limit", "1"],
            input: Data((lines + ".\n3\n").utf8))
        #expect(result.status == 0, "\(result.status): \(result.stderr.suffix(300))")
        #expect(result.stdout.contains("Your answer reached the 1 MB limit; the rest is left out."))
        #expect(try fixture.count("SELECT COUNT(*) FROM review_log") == 1)
        let stored = try fixture.count("SELECT length(CAST(answer AS BLOB)) FROM review_log")
        #expect(stored > 900_000 && stored <= 1_000_000, "stored \(stored) bytes")
    }
}
