import Foundation
import Testing

@testable import MLSDTestSupport

/// Random command lines, run in process: whatever the words, mlsd must answer with a documented
/// exit code and a message, never a crash or a hang.
@Suite struct ArgumentFuzzTests {
    static let vocabulary = [
        "cases", "config", "list", "get", "set", "unset", "doctor", "backup", "restore", "help", "practice",
        "review", "rate", "cards", "due", "show", "score", "export", "stats", "history", "import", "validate",
        "remove", "pitfalls", "--json", "--help", "-h", "--db", "--tag", "--step", "--case", "--limit", "--out",
        "--no-color", "--version", "--repair", "--", "-", "=", "--json=1", "--limit=-5", "0", "-1",
        "99999999999999999999",
        "desired_retention", "fuzz", "video-recommendation", "nan", "1e308", "", " ", "über", "😀", "\u{7}",
        "'; DROP TABLE cards; --",
    ]

    static func randomWord(_ random: inout SeededRandom) -> String {
        switch Int.random(in: 0..<10, using: &random) {
        case 0: return String(repeating: "x", count: Int.random(in: 1_000...100_000, using: &random))
        case 1:
            return String(
                (0..<Int.random(in: 1...12, using: &random)).map { _ in
                    Character(Unicode.Scalar(UInt8.random(in: 33...126, using: &random)))
                })
        default: return vocabulary.randomElement(using: &random)!
        }
    }

    @Test func randomCommandLinesNeverCrash() throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        var random = SeededRandom(seed: 20_261_121)
        var failures: [String] = []
        for _ in 0..<StressSize.pick(quick: 50, full: 150) {
            let words = (0..<Int.random(in: 0...5, using: &random)).map { _ in Self.randomWord(&random) }
            // Keep the database where the test can clean it up.
            let arguments = words.map { $0 == "--db" ? "--db=\(mlsd.folder)/other.sqlite3" : $0 }
            let result = try mlsd.run(arguments, input: "")
            let shown = arguments.map { $0.count > 40 ? "<\($0.count) chars>" : $0 }
            if result.signalled || !MLSDSandbox.documentedExitCodes.contains(result.status) {
                failures.append("\(shown) → status \(result.status), signalled \(result.signalled)")
            } else if result.status != 0, result.stderr.isEmpty {
                failures.append("\(shown) → status \(result.status) with no message")
            } else if result.stderr.contains("Fatal error") || result.stderr.contains("Stack dump") {
                failures.append("\(shown) → crash report")
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10).joined(separator: "\n"))")
        #expect(try mlsd.run(["doctor"]).status == 0)
    }
}
