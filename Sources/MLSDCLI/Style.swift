/// ANSI styling, enabled only on a terminal and never with NO_COLOR, TERM=dumb or --no-color.
struct Style: Sendable {
    let enabled: Bool

    static func decide(isTerminal: Bool, environment: [String: String], noColorFlag: Bool) -> Style {
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let dumb = environment["TERM"] == "dumb"
        return Style(enabled: isTerminal && !noColor && !dumb && !noColorFlag)
    }

    /// Every SGR code `wrap` writes, the only escape sequences the console lets through.
    static let codes: Set<String> = ["0", "1", "2", "31", "32", "33", "36"]

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func red(_ text: String) -> String { wrap(text, "31") }
    func green(_ text: String) -> String { wrap(text, "32") }
    func yellow(_ text: String) -> String { wrap(text, "33") }
    func cyan(_ text: String) -> String { wrap(text, "36") }
}
