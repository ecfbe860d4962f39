import Foundation

/// Padding and truncation for fixed-width columns.
enum Columns {
    static func right(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }

    static func left(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    /// Cuts plain text to `width` columns with an ellipsis.
    static func truncate(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(max(width - 1, 0))) + "…"
    }

    /// Words laid out in lines of at most `width` columns (a longer word gets a line of its own).
    static func wrap(_ text: String, width: Int) -> [String] {
        guard text.contains(where: { $0 != " " }) else { return [] }
        return TerminalLayout.wrap(text, width: width)
    }

    /// A styled line whose visible length is `visible`: cut to `width` only when it is too long
    /// (styling is then dropped, which is rarer than a wide terminal).
    static func fit(_ styled: String, visible: Int, width: Int) -> String {
        guard visible > width else { return styled }
        let plain = styled.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        return truncate(plain, width)
    }
}
