/// Word wrapping for prose printed to the terminal: scenarios, prompts, bullets.
enum TextWrap {
    /// Wraps `text` to `width` columns. The first line starts with `first`, the following ones
    /// with `rest` (a bullet's hanging indent); line breaks in the text are kept.
    static func wrap(_ text: String, width: Int, first: String = "", rest: String? = nil) -> String {
        let rest = rest ?? String(repeating: " ", count: first.count)
        var lines: [String] = []
        var prefix = first
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = prefix
            var lineHasWords = false
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                // A word longer than the line (a URL) stays whole on a line of its own.
                if lineHasWords, line.count + 1 + word.count > width {
                    lines.append(line)
                    line = rest
                    lineHasWords = false
                }
                line += (lineHasWords ? " " : "") + word
                lineHasWords = true
            }
            lines.append(lineHasWords ? line : String(line.reversed().drop(while: { $0 == " " }).reversed()))
            prefix = rest
        }
        return lines.joined(separator: "\n")
    }

    /// "1 hint", "3 hints".
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : (plural ?? singular + "s"))"
    }
}
