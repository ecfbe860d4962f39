/// Building blocks for CommonMark that cannot be broken by what they quote.
///
/// Text from the user (answers, evidence) and from content packs goes through one of three
/// doors: `fenced` keeps it verbatim in a code block, `inline` and `paragraph` escape every
/// character CommonMark could read as markup. Control characters are made visible first
/// (`visibleControls`), so an exported file is safe to `cat` to a terminal.
public enum Markdown {
    /// Replaces control characters other than tab and line feed:
    /// - carriage returns are line endings: CR LF and a lone CR become LF (CommonMark would
    ///   read a lone CR as a line break anyway);
    /// - other C0 controls (U+0000–U+001F) and DEL become their Control Pictures (U+2400–U+241F,
    ///   U+2421: NUL → ␀, ESC → ␛), so they stay visible and cannot drive a terminal;
    /// - C1 controls (U+0080–U+009F) become U+FFFD.
    public static func visibleControls(_ text: String) -> String {
        // Nearly all text has nothing to replace, which its bytes tell at once (0xC2 leads every
        // C1 control, and a few printable characters that then take the long way).
        guard text.utf8.contains(where: { ($0 < 0x20 && $0 != 0x0A && $0 != 0x09) || $0 == 0x7F || $0 == 0xC2 }) else {
            return text
        }
        var result = String.UnicodeScalarView()
        var afterCR = false
        for scalar in text.unicodeScalars {
            defer { afterCR = scalar.value == 0x0D }
            switch scalar.value {
            case 0x0A where afterCR: continue
            case 0x0A, 0x09: result.append(scalar)
            case 0x0D: result.append("\n")
            case 0x00...0x1F: result.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: result.append("\u{2421}")
            case 0x80...0x9F: result.append("\u{FFFD}")
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// A fenced code block holding `text` verbatim. The fence is a run of backticks longer than
    /// any run inside the text, so no line of it can close the block early.
    public static func fenced(_ text: String, info: String = "text") -> String {
        var body = visibleControls(text)
        if !body.hasSuffix("\n") { body += "\n" }
        let fence = String(repeating: "`", count: max(3, longestRun(of: "`", in: body) + 1))
        return fence + info + "\n" + body + fence + "\n"
    }

    static func longestRun(of character: Character, in text: String) -> Int {
        if let byte = character.asciiValue, !text.utf8.contains(byte) { return 0 }
        var longest = 0
        var run = 0
        for c in text {
            run = c == character ? run + 1 : 0
            longest = max(longest, run)
        }
        return longest
    }

    /// Characters that can open or close inline markup, entities, HTML or (GFM) tables.
    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "&", "!", "#", "|", "~"]

    /// One line of literal text for a heading, list item or sentence: whitespace runs (line
    /// breaks included) become one space and markup characters are backslash-escaped.
    public static func inline(_ text: String) -> String {
        let visible = visibleControls(text)
        if isOneLine(visible) { return escapeLine(visible) }
        let words = visible.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
        return escapeLine(words.joined(separator: " "))
    }

    /// Whether `text` is already words joined by single spaces, as most titles and evidence are.
    private static func isOneLine(_ text: String) -> Bool {
        var previousSpace = true
        for byte in text.utf8 {
            if byte == 0x0A || byte == 0x09 || byte == 0x0D { return false }
            if byte == 0x20, previousSpace { return false }
            previousSpace = byte == 0x20
        }
        return !previousSpace
    }

    /// Several lines of literal text; blank lines separate paragraphs, other line breaks are kept.
    public static func paragraph(_ text: String) -> String {
        let lines = visibleControls(text).split(separator: "\n", omittingEmptySubsequences: false)
        var result: [String] = []
        for line in lines {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if words.isEmpty {
                if result.last?.isEmpty == false { result.append("") }
            } else {
                result.append(escapeLine(words.joined(separator: " ")))
            }
        }
        while result.last?.isEmpty == true { result.removeLast() }
        return result.joined(separator: "\n")
    }

    /// `special` as a table of bytes: a line without any of them has nothing to escape inside it.
    private static let specialBytes: [Bool] = (0..<256).map { byte in special.contains { $0.asciiValue == UInt8(byte) } }

    private static func escapeLine(_ line: String) -> String {
        var escaped = ""
        if line.utf8.contains(where: { specialBytes[Int($0)] }) {
            for c in line {
                if special.contains(c) { escaped.append("\\") }
                escaped.append(c)
            }
        } else {
            escaped = line
        }
        // What would start a list, a block quote, a heading underline or a thematic break.
        if let first = escaped.first, "-+=".contains(first) { return "\\" + escaped }
        let digits = escaped.prefix(while: \.isASCII).prefix(while: \.isNumber)
        if !digits.isEmpty, digits.count <= 9 {
            let after = escaped.index(escaped.startIndex, offsetBy: digits.count)
            if after < escaped.endIndex, ".)".contains(escaped[after]) {
                return String(digits) + "\\" + escaped[after...]
            }
        }
        return escaped
    }

    /// A YAML double-quoted scalar: safe for any text, on one line.
    public static func yamlString(_ text: String) -> String {
        var result = "\""
        for scalar in visibleControls(text).unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{85}":
                result += String(format: "\\u%04X", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
