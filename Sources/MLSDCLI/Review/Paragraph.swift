import Foundation

/// A paragraph to wrap, with the width of its hanging indent (the bullet or label).
struct Paragraph {
    var text: String
    var hang: Int = 0

    init(_ text: String, hang: Int = 0) {
        self.text = text
        self.hang = hang
    }
}

extension TextWrap {
    /// Words wrapped at `width` columns, each line after the first indented by `indent + hang`.
    /// Colour codes are not counted, so styled words wrap like plain ones.
    static func wrap(_ paragraph: Paragraph, width: Int, indent: Int = 0) -> [String] {
        let lead = String(repeating: " ", count: indent)
        let flat = paragraph.text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        let lines = TerminalLayout.wrap(
            flat, width: width, first: lead, rest: lead + String(repeating: " ", count: paragraph.hang))
        return lines.count == 1 && flat.isEmpty ? [lead] : lines
    }
}
