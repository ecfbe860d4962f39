import Foundation
import Testing

@testable import MLSDTestSupport

@Suite struct InterruptTests {
    /// Ctrl-C in the middle of a session: the process ends at once with 130, and the ratings
    /// already given are in the database.
    @Test func ctrlCKeepsEarlierRatings() throws {
        let f = ReviewFixture()
        defer { f.remove() }
        try f.run(["cards", "add", "--case", "ad-click-prediction", "--step", "metrics", "--all-points"])
        let process = Process()
        process.executableURL = URL(fileURLWithPath: MLSDSandbox.binary)
        process.arguments = ["review"]
        process.environment = f.mlsd.environment.merging(["MLSD_NOW": ReviewFixture.iso(ReviewFixture.start)]) { $1 }
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("\n3\n\n1\n\n".utf8))
        // Wait (without a clock) until the third card's rating prompt is on screen.
        var seen = ""
        while seen.components(separatedBy: "Rate 1-4").count < 4 {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += String(decoding: chunk, as: UTF8.self)
        }
        #expect(seen.contains("── 3/9 ·"))
        process.interrupt()
        process.waitUntilExit()
        try? input.fileHandleForWriting.close()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 130)
        #expect(
            try f.mlsd.sql("SELECT card_id || ':' || rating FROM review_log ORDER BY id")
                .replacingOccurrences(of: "\n", with: " ") == "1:3 2:1")
    }
}
