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
        let hang = String(repeating: " ", count: indent + paragraph.hang)
        var lines: [String] = []
        var line = lead
        var visible = indent
        var empty = true
        for word in paragraph.text.split(separator: " ", omittingEmptySubsequences: true) {
            let length = visibleLength(word)
            if !empty, visible + 1 + length > width {
                lines.append(line)
                line = hang
                visible = hang.count
                empty = true
            }
            line += (empty ? "" : " ") + word
            visible += (empty ? 0 : 1) + length
            empty = false
        }
        lines.append(line)
        return lines
    }

    static func visibleLength(_ text: Substring) -> Int {
        var count = 0
        var inEscape = false
        for character in text {
            if character == "\u{1B}" { inEscape = true; continue }
            if inEscape { if character == "m" { inEscape = false }; continue }
            count += 1
        }
        return count
    }
}
