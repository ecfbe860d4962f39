import Foundation
import Testing

@testable import MLSDTestSupport

/// A full disk, simulated with a file size limit (ulimit -f) and SIGXFSZ ignored, so that
/// SQLite's write fails with EFBIG as it would with ENOSPC: a clear message, exit 74, no crash,
/// and the database intact with everything saved before.
@Suite struct DiskFullTests {
    /// Runs mlsd under a file size limit of `kilobytes`.
    static func limited(_ mlsd: MLSDSandbox, kilobytes: Int, _ arguments: [String], input: String = "") throws
        -> StreamingProcess.Result
    {
        // dash counts ulimit -f in 512-byte blocks.
        let script = "trap '' XFSZ; ulimit -f \(kilobytes * 2); exec \"$0\" \"$@\""
        return try mlsd.runProgram("/bin/sh", ["-c", script, MLSDSandbox.binary] + arguments, input: Data(input.utf8))
    }

    static func history(_ mlsd: MLSDSandbox) throws -> String {
        try mlsd.sql("SELECT id, step, text, score FROM answers ORDER BY id; SELECT id, source FROM cases ORDER BY id;")
    }

    @Test(arguments: ["import", "practice"])
    func aFullDiskIsAClearErrorAndLosesNothingSaved(command: String) throws {
        let fixture = try PracticeFixture()
        defer { fixture.remove() }
        let mlsd = fixture.mlsd
        _ = try fixture.run(["practice", fixture.caseID], lines: [try fixture.goodAnswer("requirements"), ".", "."])
        // Start from an empty write-ahead log, so the limit bites on the next writes.
        _ = try mlsd.sql("PRAGMA wal_checkpoint(TRUNCATE)")
        let before = try Self.history(mlsd)
        #expect(before.contains("requirements"))
        let result: StreamingProcess.Result
        if command == "import" {
            let cases: [[String: Any]] = (0..<4).map { n in
                var pack = PackFiles.example(); pack["id"] = "full-\(n)"; pack["title"] = "Full \(n)"; return pack
            }
            let path = PackFiles.write(PackFiles.serialise(["cases": cases]), in: mlsd)
            result = try Self.limited(mlsd, kilobytes: 64, ["import", path])
        } else {
            let lines = try fixture.wholeSession { "On \($0) we would monitor drift and retrain weekly." }
            result = try Self.limited(
                mlsd, kilobytes: 96, ["practice", fixture.caseID], input: lines.joined(separator: "\n") + "\n")
        }
        #expect(!result.signalled, "ended by a signal")
        #expect(result.status == 74, "\(result.status): \(result.stderr)")
        #expect(result.stderr.hasPrefix("mlsd: could not write \(mlsd.database): the disk is full"), "\(result.stderr)")
        #expect(try mlsd.integrity() == "ok")
        if command == "import" {
            #expect(result.stderr.contains("nothing from this command was saved"))
        } else {
            // Practice commits answer by answer: the message counts what the session kept.
            let saved = try mlsd.count("SELECT COUNT(*) FROM answers WHERE session_id = (SELECT MAX(id) FROM sessions)")
            let count = "\(saved) answer\(saved == 1 ? " of this session was" : "s of this session were") saved"
            #expect(saved > 0 && result.stderr.contains("; \(count); the "), "\(saved) saved: \(result.stderr)")
            #expect(
                result.stderr.hasSuffix("free some space and continue with 'mlsd practice --resume'\n"),
                "\(result.stderr)")
        }
        let after = try Self.history(mlsd)
        #expect(after.hasPrefix(before.components(separatedBy: "\n").first!), "earlier answers intact")
        #expect(try mlsd.count("SELECT COUNT(*) FROM cases WHERE id LIKE 'full-%'") == 0)
        // With room again, the same command works.
        #expect(try mlsd.run(["cases"]).status == 0)
    }

    /// Review commits rating by rating: a full disk keeps those before it and says how many.
    @Test func aFullDiskDuringReviewSaysWhichRatingsWereSaved() throws {
        let fixture = try PracticeFixture()
        defer { fixture.remove() }
        let mlsd = fixture.mlsd
        _ = try fixture.run(["practice", fixture.caseID], lines: try fixture.wholeSession())
        _ = try mlsd.sql("PRAGMA wal_checkpoint(TRUNCATE)")
        let ratings = String(repeating: "\n3\n", count: 40)
        let result = try Self.limited(mlsd, kilobytes: 48, ["review", "--new", "40"], input: ratings)
        #expect(!result.signalled && result.status == 74, "\(result.status): \(result.stderr)")
        #expect(try mlsd.integrity() == "ok")
        let saved = try mlsd.count("SELECT COUNT(*) FROM review_log")
        let count = "\(saved) rating\(saved == 1 ? " of this session was" : "s of this session were") saved"
        #expect(
            saved > 0
                && result.stderr.contains(
                    "; \(count); the last one was not: free some space and run 'mlsd review' again\n"),
            "\(saved) saved: \(result.stderr)")
    }
}
