/// Building blocks for CommonMark that cannot be broken by what they quote.
///
/// Text from the user (answers, evidence) and from content packs goes through one of three
/// doors: `fenced` keeps it verbatim in a code block, `inline` and `paragraph` escape every
/// character CommonMark could read as markup. Control characters are made visible first
/// (`VisibleText`), so an exported file is safe to `cat` to a terminal.
public enum Markdown {
    /// A fenced code block holding `text` verbatim. The fence is a run of backticks longer than
    /// any run inside the text, so no line of it can close the block early.
    public static func fenced(_ text: String, info: String = "text") -> String {
        var block = ""
        fenced(text, info: info, into: &block)
        return block
    }

    /// The same block, written at the end of `block`: answers run to pages, and are copied once.
    public static func fenced(_ text: String, info: String = "text", into block: inout String) {
        let body = VisibleText.of(text)
        let fence = String(repeating: "`", count: max(3, longestRun(of: "`", in: body) + 1))
        block.reserveCapacity(block.utf8.count + body.utf8.count + 2 * fence.utf8.count + info.utf8.count + 3)
        block += fence
        block += info
        block += "\n"
        block += body
        if !body.hasSuffix("\n") { block += "\n" }
        block += fence
        block += "\n"
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

    /// One line of literal text for a heading, list item or sentence: whitespace runs (line
    /// breaks included) become one space and markup characters are backslash-escaped.
    public static func inline(_ text: String) -> String {
        let visible = VisibleText.of(text)
        if isOneLine(visible) { return escapeLine(visible) }
        let words = visible.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
        return escapeLine(words.joined(separator: " "))
    }

    /// Whether `text` is already words joined by single spaces, as most titles and evidence are.
    private static func isOneLine(_ text: String) -> Bool {
        // Over the contiguous bytes: this runs on every title, reason and question exported.
        text.utf8.withContiguousStorageIfAvailable(isOneLine) ?? isOneLine(Array(text.utf8))
    }

    private static func isOneLine<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        var previousSpace = true
        for byte in bytes {
            if byte == 0x0A || byte == 0x09 || byte == 0x0D { return false }
            if byte == 0x20, previousSpace { return false }
            previousSpace = byte == 0x20
        }
        return !previousSpace
    }

    /// Several lines of literal text; blank lines separate paragraphs, other line breaks are kept.
    public static func paragraph(_ text: String) -> String {
        let visible = VisibleText.of(text)
        // Most questions and scenarios are one line already: nothing to split or join.
        if isOneLine(visible) { return escapeLine(visible) }
        var result = ""
        var blankBefore = false
        for line in visible.split(separator: "\n", omittingEmptySubsequences: false) {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if words.isEmpty {
                blankBefore = !result.isEmpty
            } else {
                if !result.isEmpty { result += blankBefore ? "\n\n" : "\n" }
                result += escapeLine(words.joined(separator: " "))
                blankBefore = false
            }
        }
        return result
    }

    /// Escapes only the characters that could be read as markup where they stand, so prose keeps
    /// its `~150k`, `->` and `3.5`. The text may sit at the start of a block, inside `**…**` or
    /// before any punctuation, so an unknown neighbour counts as one that could complete markup.
    private static func escapeLine(_ line: String) -> String {
        if isPlain(line) { return line }
        let characters = Array(line)
        let blockMarker = blockMarker(characters)
        // A line that could be a GFM table's delimiter row ("|---|:--|") keeps its pipes as text.
        let delimiterRow = characters.contains("|") && characters.allSatisfy { "|-: ".contains($0) }
        var escaped = ""
        for index in characters.indices {
            let c = characters[index]
            let before = index > 0 ? characters[index - 1] : nil
            let after = index + 1 < characters.count ? characters[index + 1] : nil
            if index == blockMarker || (c == "|" && delimiterRow)
                || needsEscape(c, before: before, after: after, rest: characters[(index + 1)...], lineStart: index == 0)
            {
                escaped.append("\\")
            }
            escaped.append(c)
        }
        return escaped
    }

    /// Whether nothing in `line` can need a backslash: no byte of a character that is ever
    /// escaped, and no start that could be a block marker. Most lines are plain, and checking
    /// bytes spares building their characters. E1 leads U+1FEF, which compares equal to "`".
    private static func isPlain(_ line: String) -> Bool {
        guard let first = line.utf8.first else { return true }
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "=")
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
        {
            return false
        }
        let markup = markupBytes
        let plain = { (bytes: UnsafeBufferPointer<UInt8>) in !bytes.contains { markup[Int($0)] } }
        return line.utf8.withContiguousStorageIfAvailable(plain) ?? Array(line.utf8).withUnsafeBufferPointer(plain)
    }

    /// The bytes of every character that is ever escaped.
    private static let markupBytes: [Bool] = (0...255).map { byte in
        "`\\*_~[]<&>#|".utf8.contains(UInt8(byte)) || byte == 0xE1
    }

    /// Where a line's start would read as a list item ("- ", "+ ", "1. ", "2) "), a thematic
    /// break or a heading underline ("---", "==="): the character to escape, else nil.
    private static func blockMarker(_ characters: [Character]) -> Int? {
        guard let first = characters.first else { return nil }
        let spaced = { (index: Int) in index >= characters.count || characters[index] == " " }
        if "-+=".contains(first) {
            let marker = (first != "=" && spaced(1)) || characters.allSatisfy { $0 == first || $0 == " " }
            return marker ? 0 : nil
        }
        let digits = characters.prefix { $0.isASCII && $0.isNumber }.count
        guard (1...9).contains(digits), digits < characters.count, ".)".contains(characters[digits]), spaced(digits + 1)
        else { return nil }
        return digits
    }

    private static func needsEscape(
        _ c: Character, before: Character?, after: Character?,
        rest: ArraySlice<Character>, lineStart: Bool
    ) -> Bool {
        switch c {
        case "`": return true
        // Before punctuation a backslash escapes it; at the end it could escape what follows.
        case "\\": return after.map { $0.isASCII && isPunctuation($0) } ?? true
        // Emphasis: a run between two spaces can neither open nor close, nor can `_` inside a word.
        case "*": return !(isSpace(before) && isSpace(after))
        case "_": return !(isSpace(before) && isSpace(after)) && !(isAlphanumeric(before) && isAlphanumeric(after))
        // GFM strikethrough needs a closing tilde, which must follow a non-space.
        case "~":
            if isSpace(before) { return false }
            if let before, !isPunctuation(before) { return true }
            return after.map { $0 == " " || isPunctuation($0) } ?? true
        // Links and images need `](`, `][` or a definition's `]:`; task lists start `[ ]`.
        case "]": return after.map { "([:".contains($0) } ?? true
        case "[":
            return lineStart && rest.count >= 2 && " xX".contains(rest[rest.startIndex])
                && rest.dropFirst().first == "]"
        // Raw HTML and autolinks start `<` and a letter, `/`, `!` or `?`.
        case "<":
            guard let after, after.isASCII else { return false }
            return after.isLetter || "/!?".contains(after) || (rest.contains("@") && rest.contains(">"))
        // Entities: `&name;`, `&#123;`, `&#x1F;`.
        case "&":
            if rest.first == "#" { return true }
            let name = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
            return !name.isEmpty && rest.dropFirst(name.count).first == ";"
        // Block quotes and headings open a line; trailing `#`s would close a heading.
        case ">": return lineStart
        case "#": return lineStart || after == nil
        default: return false
        }
    }

    private static func isSpace(_ c: Character?) -> Bool { c.map { $0 == " " } ?? false }
    private static func isAlphanumeric(_ c: Character?) -> Bool { c.map { $0.isLetter || $0.isNumber } ?? false }
    private static func isPunctuation(_ c: Character) -> Bool { c.isPunctuation || c.isSymbol }

    /// A YAML double-quoted scalar: safe for any text, on one line.
    public static func yamlString(_ text: String) -> String {
        var result = "\""
        for scalar in VisibleText.of(text).unicodeScalars {
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
