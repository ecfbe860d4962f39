/// Wraps prose to the terminal's width with a hanging indent, so feedback stays readable in an
/// 80-column window. Colour codes must be added after wrapping, not before.
enum ProseLayout {
    /// The widest text worth reading: long lines on a wide terminal are hard to follow.
    static let maximumWidth = 100

    static func wrap(_ text: String, width: Int, first: String = "", rest: String? = nil) -> String {
        let rest = rest ?? String(repeating: " ", count: visibleCount(first))
        let limit = min(width, maximumWidth)
        var lines: [String] = []
        var line = first
        var lineHasWords = false
        for word in text.split(whereSeparator: \.isWhitespace) {
            if lineHasWords, visibleCount(line) + 1 + word.count > limit {
                lines.append(line)
                line = rest
                lineHasWords = false
            }
            line += (lineHasWords ? " " : "") + word
            lineHasWords = true
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    /// Characters a terminal shows: ANSI colour sequences take no room.
    static func visibleCount(_ text: String) -> Int {
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

    /// Pads to `width` visible characters.
    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - visibleCount(text)))
    }

    /// A score as a bar of `cells` cells: blocks on a styled terminal, plain characters elsewhere
    /// so that a transcript reads in any font.
    static func bar(_ score: Double, cells: Int = 20, fancy: Bool) -> String {
        let filled = Int((max(0, min(100, score)) / 100 * Double(cells)).rounded())
        let (full, empty) = fancy ? ("█", "░") : ("#", "-")
        return "[" + String(repeating: full, count: filled) + String(repeating: empty, count: cells - filled) + "]"
    }

    /// "the words", shortened with "…" when long, for quoting evidence.
    static func quote(_ text: String, limit: Int = 160) -> String {
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let short = flat.count > limit ? String(flat.prefix(limit - 1)) + "…" : flat
        return "\u{201C}" + short + "\u{201D}"
    }
}
