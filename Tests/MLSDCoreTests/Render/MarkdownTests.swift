import MLSDCore
import Testing

@Suite struct MarkdownTests {
    @Test func fenceIsLongerThanAnyBacktickRunInside() {
        #expect(Markdown.fenced("plain") == "```text\nplain\n```\n")
        #expect(Markdown.fenced("a ``` b") == "````text\na ``` b\n````\n")
        #expect(Markdown.fenced("````\nx\n````\n") == "`````text\n````\nx\n````\n`````\n")
        #expect(Markdown.fenced("~~~\n") == "```text\n~~~\n```\n", "tildes cannot close a backtick fence")
    }

    @Test func controlCharactersBecomeVisible() {
        #expect(VisibleText.of("a\u{1B}[0mb") == "a\u{241B}[0mb")
        #expect(VisibleText.of("\u{00}\u{07}\u{7F}\u{85}") == "\u{2400}\u{2407}\u{2421}\u{FFFD}")
        #expect(VisibleText.of("keep\ttab\nand newline") == "keep\ttab\nand newline")
        #expect(VisibleText.of("dos\r\nmac\rend") == "dos\nmac\nend")
        #expect(VisibleText.of("emoji 👩‍💻 é") == "emoji 👩‍💻 é")
        #expect(VisibleText.of("\u{202E}txt.exe\u{2066}\u{9B}2J") == "\u{FFFD}txt.exe\u{FFFD}\u{FFFD}2J")
        // Neighbours of what is replaced stay: no-break space (C2 A0), U+2029, U+2065, U+206A.
        #expect(
            VisibleText.of("\u{A0}\u{9F}\u{2029}\u{2065}\u{2069}\u{206A}\u{202F}\u{7}")
                == "\u{A0}\u{FFFD}\u{2029}\u{2065}\u{FFFD}\u{206A}\u{202F}\u{2407}")
        // mlsd's own colours pass when asked; anything else after an ESC is shown.
        let styles: Set<String> = ["0", "1"]
        #expect(VisibleText.of("\u{1B}[1mbold\u{1B}[0m", passing: styles) == "\u{1B}[1mbold\u{1B}[0m")
        #expect(
            VisibleText.of("\u{1B}[8mhidden\u{1B}[2J\u{1B}]0;t\u{07}\u{1B}[1", passing: styles)
                == "\u{241B}[8mhidden\u{241B}[2J\u{241B}]0;t\u{2407}\u{241B}[1")
    }

    @Test func inlineEscapesMarkupAndJoinsLines() {
        #expect(Markdown.inline("a *b* _c_ `d` [e](f) <g> &amp; h!") == #"a \*b\* \_c\_ \`d\` [e\](f) \<g> \&amp; h!"#)
        #expect(Markdown.inline("two\nlines  and\tspaces") == "two lines and spaces")
        #expect(Markdown.inline("# C# #1 #") == ##"\# C# #1 \#"##)
        #expect(Markdown.inline("- not a list") == #"\- not a list"#)
        #expect(Markdown.inline("+ nor this") == #"\+ nor this"#)
        #expect(Markdown.inline("12. not ordered") == #"12\. not ordered"#)
        #expect(Markdown.inline("3) nor this") == #"3\) nor this"#)
        #expect(Markdown.inline("> nor a quote") == #"\> nor a quote"#)
        #expect(Markdown.inline("[ ] nor a task [x]: /nor-a-definition") == #"\[ ] nor a task [x\]: /nor-a-definition"#)
        #expect(Markdown.inline("<a@b.co> <1@b.co>") == #"\<a@b.co> \<1@b.co>"#)
        #expect(Markdown.inline("back\\slash\\*and end\\") == #"back\slash\\\*and end\\"#)
        #expect(Markdown.inline("a~~b~~ and x ~y~") == #"a\~~b\~\~ and x ~y\~"#)
        // U+1FEF (Greek varia) is canonically a backtick, so it is escaped as one.
        #expect(Markdown.inline("a \u{1FEF}b\u{1FEF} c") == "a \\\u{1FEF}b\\\u{1FEF} c")
        #expect(Markdown.inline("plain words, “quoted” — and 3.5") == "plain words, “quoted” — and 3.5")
    }

    /// Prose reads as written: only what could turn into markup where it stands is escaped.
    @Test func proseKeepsItsPunctuation() {
        for prose in [
            "~150k QPS, ~5 ms", "fallback -> cache -> rules", "2026 is fine", "3.5 ms and 1.2x", "P(book | click)",
            "user_id and item_id", "x * y", "R&D, Q&A", "< 200 ms p99, >= 0.9", "-> first", "==> first", "--- x",
            "C# and F#1", "[0, 1] range", "see [1].", "wow! ![not an image] ok", "a = b + c",
        ] {
            #expect(Markdown.inline(prose) == prose, "\(prose)")
        }
    }

    @Test func paragraphKeepsLineBreaksAndNeutralisesBlockStarts() {
        #expect(Markdown.paragraph("first\n\n\nsecond\n===\n    code") == "first\n\nsecond\n\\===\ncode")
        #expect(Markdown.paragraph("> quote\n# heading\n---") == "\\> quote\n\\# heading\n\\---")
    }

    @Test func yamlStringsAreQuotedAndEscaped() {
        #expect(Markdown.yamlString("plain") == "\"plain\"")
        #expect(Markdown.yamlString("say \"hi\" \\ ok") == #""say \"hi\" \\ ok""#)
        #expect(Markdown.yamlString("two\nlines\tand\u{1B}") == #""two\nlines\tand␛""#)
        #expect(Markdown.yamlString("yes") == "\"yes\"", "never read as a boolean")
    }
}
