/// Word wrapping for prose printed to the terminal: scenarios, prompts, bullets.
enum TextWrap {
    /// Wraps `text` to `width` columns. The first line starts with `first`, the following ones
    /// with `rest` (a bullet's hanging indent); line breaks in the text are kept.
    static func wrap(_ text: String, width: Int, first: String = "", rest: String? = nil) -> String {
        TerminalLayout.wrap(text, width: width, first: first, rest: rest).joined(separator: "\n")
    }

    /// "1 hint", "3 hints".
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : (plural ?? singular + "s"))"
    }
}
