import Foundation
import Testing

@testable import MLSDTestSupport

/// Text that fits: a practice session fits 80 columns; usage marks required options; errors
/// share one prefix; the main help lists commands in the order a user meets them; the cards
/// table shows R whole. Help on a terminal is in EndToEndTests' HelpOnATerminalTests.
@Suite struct TextFitsTests {
    @Test("a whole practice session fits 80 columns: the prompt help, feedback, follow-up verdicts and the summary")
    func practiceFitsEightyColumns() throws {
        let fixture = try PracticeFixture(.inProcess, caseID: "fraud-detection")
        defer { fixture.remove() }
        // Short answers, so no line quotes more of the user's words than fits; a follow-up answer
        // that adds no point brings the "No new rubric points" line.
        let lines = PracticeFixture.steps.flatMap { step in
            [":help", "We would look at \(step) first, with numbers.", ".", "Not sure yet.", "."]
        }
        let result = try fixture.run(["practice", fixture.caseID], lines: lines)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("No new rubric points"))
        let long = result.stdout.split(separator: "\n").filter { $0.count > 80 }
        #expect(long.isEmpty, "\(long)")
    }

    @Test("the main help lists commands in the order a user meets them")
    func mainHelpOrder() throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        let names = try MLSDSandbox.commandPaths().filter { $0.count == 1 }.map { $0[0] }
        #expect(Array(names.prefix(4)) == ["practice", "review", "due", "export"])
        #expect(names.last == "help")
    }

    @Test("usage lines mark required options; every error starts with 'mlsd: '")
    func requiredOptionsAndErrorPrefix() throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        let score = try mlsd.run(["score", "--help"]).stdout
        #expect(score.contains("USAGE: mlsd score --case <case> --step <step> [--file <file>]"))
        let add = try mlsd.run(["cards", "add", "--help"]).stdout
        #expect(add.contains("USAGE: mlsd cards add --case <case> [--step <step>]"))
        let missing = try mlsd.run(["score", "--step", "data"], input: "text\n")
        #expect(missing.status == 64)
        #expect(
            missing.stderr.hasPrefix("mlsd: Missing expected option '--case <case>'\nUsage: mlsd score --case <case>"))
        for failure in [
            ["casse"], ["cases", "--jsn"], ["show", "no-such-case"], ["cards", "show", "999"], ["restore"],
        ] {
            let result = try mlsd.run(failure)
            #expect(result.status != 0)
            #expect(result.stderr.hasPrefix("mlsd: "), "\(failure): \(result.stderr)")
        }
    }

    @Test("the R column shows its whole value, and cards --json calls a never-reviewed card new, as the table does")
    func cardsTableAndJSON() throws {
        let f = ReviewFixture(.inProcess)
        defer { f.remove() }
        try f.run(["cards", "add", "--case", "fraud-detection", "--step", "data", "--all-points"])
        try f.run(["config", "set", "fuzz", "off"])
        try f.run(["rate", "2", "easy"])
        let later = ReviewFixture.start.addingTimeInterval(3 * 86_400)
        let table = try f.run(["cards"], at: later).stdout.split(separator: "\n").map(String.init)
        let header = try #require(table.first { $0.hasPrefix("id ") })
        let row = try #require(table.first { $0.hasPrefix(" 2 ") })
        // R sits under its heading, whole: "97.3%", not cut or shifted.
        let rEnd = header.distance(from: header.startIndex, to: try #require(header.range(of: "R  due")).lowerBound) + 1
        let value = String(row.prefix(rEnd).split(separator: " ").last ?? "")
        #expect(value.hasSuffix("%") && value.count >= 4, "\(row)")
        let json = try f.cards(at: later)
        #expect(json.first { $0["id"] as? Int == 1 }?["state"] as? String == "new")
        #expect(table.first { $0.hasPrefix(" 1 ") }?.contains(" new ") == true)
        #expect(json.first { $0["id"] as? Int == 2 }?["state"] as? String == "review")
    }
}
