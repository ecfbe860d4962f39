/// The one place text is laid out for the terminal: visible width (colour codes take no room)
/// and word wrapping that never breaks a word. Help, practice feedback, review cards and tables
/// all go through it (TextWrap, ProseLayout and Columns keep their names as thin doors to it).
enum TerminalLayout {
    /// The widest prose worth reading: long lines on a wide terminal are hard to follow.
    static let readableWidth = 100

    /// Columns a terminal uses for `text`: ANSI escape sequences (ESC [ … letter) take none.
    static func visibleWidth<S: StringProtocol>(_ text: S) -> Int {
        var count = 0
        var inEscape = false
        for character in text {
            if inEscape {
                if character.isLetter { inEscape = false }
            } else if character == "\u{1B}" {
                inEscape = true
            } else {
                count += 1
            }
        }
        return count
    }

    /// Pads with spaces to `width` visible columns.
    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - visibleWidth(text)))
    }

    /// Pads or truncates (with an ellipsis) to exactly `width` characters, for table cells.
    static func fit(_ text: String, _ width: Int, right: Bool = false) -> String {
        if text.count > width { return String(text.prefix(max(width - 1, 0))) + "…" }
        let fill = String(repeating: " ", count: width - text.count)
        return right ? fill + text : text + fill
    }

    /// Words of `text` in lines of at most `width` visible columns. The first line starts with
    /// `first`, the others with `rest` (a hanging indent; by default as wide as `first`). A line
    /// break in the text starts a new paragraph (with `rest`); a word longer than a line stays
    /// whole on a line of its own rather than being cut.
    static func wrap(_ text: String, width: Int, first: String = "", rest: String? = nil) -> [String] {
        let rest = rest ?? String(repeating: " ", count: visibleWidth(first))
        var lines: [String] = []
        var prefix = first
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = prefix
            var visible = visibleWidth(prefix)
            var hasWords = false
            for word in paragraph.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                let length = visibleWidth(word)
                if hasWords, visible + 1 + length > width {
                    lines.append(line)
                    line = rest
                    visible = visibleWidth(rest)
                    hasWords = false
                }
                line += (hasWords ? " " : "") + word
                visible += (hasWords ? 1 : 0) + length
                hasWords = true
            }
            lines.append(hasWords ? line : String(line.reversed().drop(while: { $0 == " " }).reversed()))
            prefix = rest
        }
        return lines
    }

    /// Hand-broken text (help discussions) reflowed to `width`: runs of lines that start at the
    /// margin are one paragraph; indented lines (examples, tables) keep their own line, wrapped
    /// under their indent only when too long; blank lines stay.
    static func reflow(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var paragraph: [Substring] = []
        func flush() {
            guard !paragraph.isEmpty else { return }
            lines += wrap(paragraph.joined(separator: " "), width: width)
            paragraph = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                flush()
                lines.append("")
            } else if line.first == " " {
                flush()
                let indent = String(line.prefix { $0 == " " })
                lines += wrap(String(line.dropFirst(indent.count)), width: width, first: indent, rest: indent + "  ")
            } else {
                paragraph.append(line)
            }
        }
        flush()
        return lines
    }
}
