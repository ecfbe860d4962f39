import Foundation
import Testing

@testable import MLSDTestSupport

/// The user's words must come through an export intact, whatever they contain: each answer is
/// one code block in the CommonMark the reference parser reads, and nothing in it leaks out.
@Suite struct ExportFidelityTests {
    static let markdown = """
        # Not a heading
        Some *emphasis*, __strong__, a [link](http://example.com) and ![img](x.png).
        - a list item
        1. a numbered item
        > a quote
        ---
        Setext underline
        ===
            indented code
        | a | table |
        <https://autolink.example>
        """
    static let backticks = """
        Inline `code`, a fence:
        ```swift
        let x = 1
        ```
        and a longer one:
        ````
        ```
        ````
        and a run of five ````` in the middle
        """
    static let html = """
        <div class="x">raw <b>html</b></div>
        <script>alert("hi")</script>
        &amp; &lt;not a tag&gt; &copy; &#x41;
        <!-- a comment -->
        """
    static let emoji = "Latency 🚀 p99 < 200 ms, team 👩‍💻👨🏽‍🔬, flags 🇫🇷, é and e\u{301}, 中文, עברית, زمینه"
    static let controls = "bell\u{07} esc\u{1B}[31mred\u{1B}[0m nul\u{00} del\u{7F} c1\u{85} tab\tend\r\nwindows\rmac"

    static let answers = [markdown, backticks, html, emoji, controls]

    /// What an answer must read as in the code block: only the documented control characters change.
    static func expected(_ answer: String) -> String {
        answer.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .replacingOccurrences(of: "\u{07}", with: "\u{2407}").replacingOccurrences(of: "\u{1B}", with: "\u{241B}")
            .replacingOccurrences(of: "\u{00}", with: "\u{2400}").replacingOccurrences(of: "\u{7F}", with: "\u{2421}")
            .replacingOccurrences(of: "\u{85}", with: "\u{FFFD}") + "\n"
    }

    @Test func answersSurviveCommonMark() throws {
        let mlsd = try ProgressSeed.sandbox(.inProcess)
        defer { mlsd.remove() }
        let steps = zip(ProgressSeed.steps, Self.answers).map { step, answer in
            var seeded = ProgressSeed.Step(step: step, score: 50, answer: answer)
            seeded.covered = [("p", "A *title* with <b>html</b>", "evidence with `ticks` and\nnewline")]
            seeded.followup = ("Follow-up with <i>html</i>?", answer)
            return seeded
        }
        _ = try mlsd.sql(
            ProgressSeed.session(30, caseID: "people-you-may-know", startedDaysAgo: 0, overall: 50, steps: steps))
        #expect(
            try mlsd.sql(
                "SELECT length(CAST(text AS BLOB)) FROM answers WHERE session_id = 30 AND step = 'model' AND kind = 'answer'"
            )
                == String(Self.controls.utf8.count), "stored with the NUL and everything after it")
        let result = try mlsd.run(["export", "--case", "people-you-may-know", "--out", "-"])
        #expect(result.status == 0)
        let html = try CommonMark.html(result.stdout)
        let blocks = CommonMark.codeBlocks(html)
        #expect(blocks.count == Self.answers.count * 2, "one block per answer and per follow-up answer, no more")
        for (index, answer) in Self.answers.enumerated() {
            #expect(blocks[index * 2] == Self.expected(answer))
            #expect(blocks[index * 2 + 1] == Self.expected(answer))
        }
        // Nothing from the answers leaked into the document's structure.
        #expect(CommonMark.headings(html, level: 1).count == 1)
        #expect(!html.contains("<script>") && !html.contains("<div") && !html.contains("<img"))
        #expect(!html.contains("<blockquote>\n<p>a quote"))
        let h3 = CommonMark.headings(html, level: 3)
        #expect(
            Array(h3.prefix(5)) == [
                "1. Clarify requirements", "2. Frame the problem and choose metrics", "3. Data pipeline",
                "4. Features", "5. Baseline model and beyond",
            ])
        // Inline text is escaped rather than interpreted.
        #expect(
            html.contains(
                "<strong>A *title* with &lt;b&gt;html&lt;/b&gt;</strong>: “evidence with `ticks` and newline”"))
        #expect(html.contains("Follow-up with &lt;i&gt;html&lt;/i&gt;?"))
        #expect(
            !result.stdout.contains("\u{1B}") && !result.stdout.contains("\u{00}"),
            "no raw control characters in the file")
    }
}
