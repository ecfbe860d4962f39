import Foundation
import Testing

@testable import MLSDTestSupport

/// Hostile input at the entry points that read free text: answers to `mlsd practice` and packs
/// to `mlsd validate` / `mlsd import`. Seeded, bounded: no exit by signal, a documented exit
/// code, a message on error, and peak memory under 500 MB (measured by /usr/bin/time).
@Suite struct InputFuzzTests {
    static let memoryLimitKB = 500 * 1024

    /// Runs mlsd under /usr/bin/time; returns the result and the peak resident set in KB.
    static func measured(_ mlsd: MLSDSandbox, _ arguments: [String], input: [UInt8]) throws -> (
        StreamingProcess.Result, Int
    ) {
        let report = mlsd.folder + "/time-\(UUID().uuidString)"
        let result = try mlsd.runProgram(
            "/usr/bin/time", ["-f", "%M", "-o", report, MLSDSandbox.binary] + arguments, input: Data(input))
        let text = (try? String(contentsOfFile: report, encoding: .utf8)) ?? ""
        // time(1) writes "Command terminated by signal N" before the figure when the child is killed.
        #expect(!text.contains("signal"), "\(arguments): \(text)")
        return (result, Int(text.split(separator: "\n").last.map(String.init) ?? "") ?? -1)
    }

    static func check(_ label: String, _ run: (StreamingProcess.Result, Int)) {
        let (result, peak) = run
        #expect(!result.signalled, "\(label): ended by a signal")
        #expect(MLSDSandbox.documentedExitCodes.contains(result.status), "\(label): exit \(result.status)")
        // validate reports problems on stdout; every other failure ends with an "mlsd: " line.
        if result.status != 0 {
            let message = label.hasPrefix("validate") ? !result.stdout.isEmpty : result.stderr.contains("mlsd: ")
            #expect(message, "\(label): \(result.stderr.prefix(300))")
        }
        #expect(peak > 0 && peak < memoryLimitKB, "\(label): peak \(peak) KB")
    }

    static func answers(_ random: inout SeededRandom) -> [(String, [UInt8])] {
        let line = { (bytes: [UInt8]) in bytes + Array("\n.\n".utf8) }
        var cases: [(String, [UInt8])] = [
            ("random bytes", random.bytes(8 * 1024)),
            (
                "invalid UTF-8",
                line(
                    [0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x28, 0x8C, 0xBC, 0xFF, 0xFE]
                        + Array("we need scale".utf8))
            ),
            ("a 1 MB line", line(Array(String(repeating: "latency budget and ctr ", count: 46_000).utf8))),
            ("a 1 MB line without spaces", line(Array(repeating: UInt8(ascii: "x"), count: 1 << 20))),
            ("NUL bytes", line(Array("we need\0 scale\0\0 and latency".utf8) + [0, 0, 0])),
            (
                "control characters",
                line(
                    (1...31).filter { $0 != 10 }.map { UInt8($0) } + Array("\u{1B}[2J\u{1B}]0;title\u{07}ranking".utf8))
            ),
            ("emoji", line(Array("👩🏽‍💻 we need 📈 click-through rate 🇫🇷 and latency ⏱️ \u{FE0F}\u{200D}".utf8))),
            ("right-to-left text", line(Array("\u{202E}نحتاج إلى زمن استجابة منخفض \u{05D0}\u{05D1} latency".utf8))),
            ("only commands", Array(":hint\n:hint\n:back\n:skip\n:nonsense\n:\n::\n".utf8)),
            ("many short lines", Array(String(repeating: "a\n", count: 100_000).utf8)),
        ]
        for n in 0..<StressSize.pick(quick: 2, full: 6) {
            let length = Int.random(in: 1...4096, using: &random)
            cases.append(("random line \(n)", line(random.bytes(length).map { $0 == 10 ? 32 : $0 })))
        }
        return cases
    }

    static let answerInputs: [(String, [UInt8])] = {
        var random = SeededRandom(seed: 0xF0_22)
        return answers(&random)
    }()

    /// Each answer is a case of its own, so that they run in parallel.
    @Test(arguments: answerInputs.map(\.0))
    func practiceAnswers(_ label: String) throws {
        let bytes = try #require(Self.answerInputs.first { $0.0 == label }).1
        let fixture = try PracticeFixture()
        defer { fixture.remove() }
        Self.check(
            label,
            try Self.measured(fixture.mlsd, ["practice", fixture.caseID, "--step", "requirements"], input: bytes))
        #expect(try fixture.mlsd.integrity() == "ok")
    }

    static func packs(_ random: inout SeededRandom) -> [(String, [UInt8])] {
        let example = PackFiles.serialise(PackFiles.example())
        var cases: [(String, [UInt8])] = [
            ("random bytes", random.bytes(16 * 1024)),
            ("empty", []),
            ("a very long line", Array(("{\"id\": \"" + String(repeating: "a", count: 2_000_000) + "\"}").utf8)),
            (
                "deeply nested arrays",
                Array((String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000)).utf8)
            ),
            (
                "deeply nested objects",
                Array(
                    (String(repeating: "{\"a\":", count: 100_000) + "1" + String(repeating: "}", count: 100_000)).utf8)
            ),
            ("an unclosed nest", Array(String(repeating: "[{\"x\":", count: 50_000).utf8)),
            (
                "huge numbers",
                Array(
                    "{\"id\": \"n\", \"minutes\": 1e999999, \"weight\": 123456789012345678901234567890123456789}".utf8)
            ),
            ("NaN and Infinity", Array("{\"id\": NaN, \"title\": Infinity, \"steps\": [-Infinity]}".utf8)),
            ("invalid UTF-8 in a string", Array("{\"id\": \"".utf8) + [0xFF, 0xFE, 0xC3] + Array("\"}".utf8)),
            ("NUL in a string", Array("{\"id\": \"a\u{0}b\"}".utf8)),
            ("a huge escape run", Array(("[\"" + String(repeating: "\\u0000", count: 300_000) + "\"]").utf8)),
        ]
        // The example pack with seeded damage: bytes flipped, or cut short.
        for n in 0..<StressSize.pick(quick: 3, full: 10) {
            var bytes = example
            for _ in 0..<Int.random(in: 1...8, using: &random) {
                bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
            cases.append(("flipped bytes \(n)", bytes))
            cases.append(("cut short \(n)", Array(example.prefix(Int.random(in: 0..<example.count, using: &random)))))
        }
        return cases
    }

    static let packInputs: [(String, [UInt8])] = {
        var random = SeededRandom(seed: 0xBAC_C)
        return packs(&random)
    }()

    /// Each pack is a case of its own, so that they run in parallel.
    @Test(arguments: packInputs.map(\.0))
    func packsToValidateAndImport(_ label: String) throws {
        let bytes = try #require(Self.packInputs.first { $0.0 == label }).1
        let mlsd = MLSDSandbox.afterFirstRun()
        defer { mlsd.remove() }
        let path = PackFiles.write(bytes, named: "fuzz.json", in: mlsd)
        Self.check("validate \(label)", try Self.measured(mlsd, ["validate", path], input: []))
        Self.check("import \(label)", try Self.measured(mlsd, ["import", path], input: []))
        Self.check("import - \(label)", try Self.measured(mlsd, ["import", "-"], input: bytes))
        #expect(try mlsd.integrity() == "ok")
    }
}
