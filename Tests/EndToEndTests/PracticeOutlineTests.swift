import Foundation
import Testing

@testable import MLSDTestSupport

/// `:outline` after a step's feedback, and the interview signals in the session summary.
@Suite struct PracticeOutlineTests {
    /// Step 1 answered well, `:outline` at the follow-up prompt, step 2 answered thinly, the rest skipped.
    func session(_ f: PracticeFixture) throws -> [String] {
        [try f.goodAnswer("requirements"), ".", ":outline", ".", "We would track a metric.", ".", "."]
            + Array(repeating: ":skip", count: 5)
    }

    @Test("piped at 80 columns: the prompt offers :outline, which shows your answer then the model answer")
    func outlineOneAfterTheOther() throws {
        let f = try PracticeFixture()
        defer { f.remove() }
        let result = try f.run(["practice", f.caseID], lines: try session(f))
        #expect(result.status == 0)
        let out = result.stdout
        #expect(out.contains("Type :outline (here or at the next prompt) to see the model answer beside yours."))
        let bullet = try f.mlsd.sql(
            "SELECT json_extract(outline, '$[0]') FROM steps WHERE case_id = '\(f.caseID)' AND step = 'requirements'")
        let view = try #require(
            out.components(separatedBy: "Step 1, Clarify requirements: your answer and the model answer\n").dropFirst()
                .first)
        #expect(view.hasPrefix("Your answer\n  We need to account for "))
        let model = try #require(view.components(separatedBy: "Model answer\n").dropFirst().first)
        let firstWords = bullet.split(separator: " ").prefix(4).joined(separator: " ")
        #expect(model.hasPrefix("  • " + firstWords))
        #expect(out.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test(":outline before any step was answered says when it is available")
    func outlineBeforeAnyAnswer() throws {
        let f = try PracticeFixture()
        defer { f.remove() }
        let result = try f.run(
            ["practice", f.caseID, "--step", "requirements"], lines: [":outline", "Some words.", ".", "."])
        #expect(result.stdout.contains("':outline' comes after a step's feedback: answer a step first."))
        #expect(try f.mlsd.sql("SELECT text FROM answers WHERE kind = 'answer'") == "Some words.")
    }

    @Test("on a 120-column terminal the two answers stand side by side")
    func outlineSideBySide() throws {
        let f = try PracticeFixture()
        defer { f.remove() }
        let term = try PseudoTerminal(f.mlsd, #""$MLSD" practice \#(f.caseID) --step requirements"#, columns: 120)
        #expect(term.waitFor("End with a line holding only '.'"))
        term.type(try f.goodAnswer("requirements") + "\n.\n")
        #expect(term.waitFor("Type :outline"))
        term.type(":outline\n")
        // Typing before the view has ended would echo into it: wait for the prompt after its blank line.
        #expect(term.waitUntil { $0.components(separatedBy: "│ Model answer").last?.contains("\n\n> ") == true })
        term.type(".\n")
        let (status, screen) = term.finish()
        #expect(status == 0)
        let lines = screen.components(separatedBy: "\n")
        let head = try #require(lines.first { $0.hasPrefix("Your answer") })
        #expect(head.contains(" │ Model answer"))
        let rows = lines.drop { !$0.hasPrefix("Your answer") }.prefix { $0.contains(" │ ") }
        #expect(rows.count > 5)
        #expect(rows.allSatisfy { $0.count <= 120 })
        let gutter = head.distance(from: head.startIndex, to: try #require(head.range(of: " │ ")).lowerBound)
        #expect(rows.allSatisfy { $0.distance(from: $0.startIndex, to: $0.range(of: " │ ")!.lowerBound) == gutter })
    }

    @Test(
        "the summary estimates the five interview signals, each with the step that pulls it down, and says it is an estimate"
    )
    func summarySignals() throws {
        let f = try PracticeFixture()
        defer { f.remove() }
        let result = try f.run(["practice", f.caseID], lines: try session(f))
        let out = result.stdout
        let signals = try #require(out.components(separatedBy: "Interview signals\n").dropFirst().first)
        #expect(signals.hasPrefix("  An estimate from your step scores, not an interviewer's verdict.\n"))
        // A note that does not fit beside its bar goes on the next line, under the bar.
        var rows: [String] = []
        for line in signals.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().prefix(while: {
            !$0.isEmpty
        }) {
            if line.hasPrefix("   ") {
                rows[rows.count - 1] += " " + line.trimmingCharacters(in: .whitespaces)
            } else {
                rows.append(String(line))
            }
        }
        #expect(rows.count == 5)
        let names = ["Problem navigation", "Data and features", "Modelling", "Evaluation", "Deployment and monitoring"]
        for (row, name) in zip(rows, names) { #expect(row.hasPrefix("  " + name), "\(row)") }
        // Requirements answered well, metrics thinly: navigation is pulled down by metrics.
        #expect(rows[0].contains("pulled down by metrics ("))
        #expect(rows[1].hasSuffix("0  skipped"))
        #expect(rows[2].hasSuffix("0  skipped"))
        #expect(out.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }
}
