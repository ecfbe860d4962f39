/// Practice's prose: one paragraph wrapped with a hanging indent (through TerminalLayout), capped
/// at a readable width, and the score bar and quotes feedback uses.
enum ProseLayout {
    /// The widest text worth reading: long lines on a wide terminal are hard to follow.
    static let maximumWidth = TerminalLayout.readableWidth

    /// `text` as one paragraph (its line breaks are spaces), at most `maximumWidth` wide.
    static func wrap(_ text: String, width: Int, first: String = "", rest: String? = nil) -> String {
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return TerminalLayout.wrap(flat, width: min(width, maximumWidth), first: first, rest: rest).joined(
            separator: "\n")
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
