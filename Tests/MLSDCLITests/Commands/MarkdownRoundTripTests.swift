import Foundation
import MLSDCore
import Testing

@testable import MLSDTestSupport

/// Text escaped for markdown must read back, through the reference CommonMark parser, as exactly
/// the text it was: every built-in title, reason, outline line, prompt and pitfall, and text
/// built to look like markup.
@Suite struct MarkdownRoundTripTests {
    static let hostile = [
        "# heading", "## C# #", "- item", "+ item", "* item", "1. item", "2) item", "> quote", "---", "***", "___",
        "===",
        "- - -", "[ ] task", "[x] done", "[link](http://example.com)", "[ref][x]", "[def]: /url", "![img](x.png)",
        "*em* **strong** _em_ __strong__", "a*b*c", "a_b_c", "snake_case_", "*", "_", "~~gone~~", "~one~", "x~y~",
        "`code` ``two``", "<div>", "</p>", "<!-- c -->", "<?php ?>", "<!DOCTYPE>", "<a@b.co>", "<http://x.y>",
        "<1@b.co>",
        "&amp; &#65; &#x41; &copy;", "&", "back\\slash \\* \\", "\\", "trailing \\", "| a | b |", "|---|---|",
        ":--|--:",
        "    indented", "~150k QPS", "-> arrow", "3.5 ms", "P(book | click)", "1.2x", "R&D", "<5 ms", "x < y > z",
        "**", "**bold", "bold**", "a ** b", "*a **b** c*", "](", "[", "]", "[]", "[](", "`", "``", "\\`",
    ]

    /// HTML text as cmark writes it.
    static func html(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static func builtinTexts() throws -> [String] {
        let mlsd = MLSDSandbox(.inProcess)
        defer { mlsd.remove() }
        try mlsd.run(["cases"])
        let flat = "replace(replace(x, char(13), ' '), char(10), ' ')"
        return try mlsd.sql(
            """
            SELECT \(flat) FROM (
                SELECT title AS x FROM points UNION ALL SELECT why FROM points
                UNION ALL SELECT prompt FROM steps UNION ALL SELECT o.value FROM steps, json_each(steps.outline) o
                UNION ALL SELECT title FROM cases UNION ALL SELECT scenario FROM cases
                UNION ALL SELECT title FROM pitfalls UNION ALL SELECT why FROM pitfalls)
            """
        ).components(separatedBy: "\n").filter { !$0.isEmpty }
    }

    @Test func inlineTextReadsBackAsWritten() throws {
        let texts = try Self.builtinTexts() + Self.hostile
        #expect(texts.count > 1000)
        // Each text as a list item's bold title and as its plain text, the places exports use.
        let markdown = texts.map { "- **\(Markdown.inline($0))**: \(Markdown.inline($0))" }.joined(separator: "\n")
        let items = try CommonMark.html(markdown).components(separatedBy: "\n").filter { $0.hasPrefix("<li>") }
        #expect(items.count == texts.count)
        for (text, item) in zip(texts, items) {
            let expected = Self.html(text.split(separator: " ").joined(separator: " "))
            #expect(item == "<li><strong>\(expected)</strong>: \(expected)</li>", "\(text)")
        }
    }

    @Test func paragraphLinesReadBackAsWritten() throws {
        let text = Self.hostile.joined(separator: "\n")
        let html = try CommonMark.html(Markdown.paragraph(text))
        #expect(
            html == "<p>"
                + Self.hostile.map { Self.html($0.split(separator: " ").joined(separator: " ")) }
                .joined(separator: "\n") + "</p>\n")
    }

    /// The built-in content needs few escapes: its `~`, `->`, `|`, `&` and decimals stay as written.
    @Test func builtinProseIsNotEscapedNeedlessly() throws {
        let escaped = try Self.builtinTexts().filter { Markdown.inline($0).contains("\\") }
        #expect(escaped.isEmpty, "\(escaped.prefix(5))")
    }
}
