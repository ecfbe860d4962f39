/// Text from a user, a content pack or the database, made safe to show: nothing in it can move
/// the cursor, clear the screen, retitle the window, write to the clipboard or reorder what
/// follows it. One rule for every way out of mlsd: the terminal and exported markdown alike.
public enum VisibleText {
    /// Replaces control characters other than tab and line feed:
    /// - carriage returns are line endings: CR LF and a lone CR become LF;
    /// - other C0 controls (U+0000–U+001F) and DEL become their Control Pictures (U+2400–U+241F,
    ///   U+2421: NUL → ␀, ESC → ␛), so they stay visible and cannot drive a terminal;
    /// - C1 controls (U+0080–U+009F) and the bidirectional embeddings, overrides and isolates
    ///   (U+202A–U+202E, U+2066–U+2069), which would make a line read differently from what it
    ///   holds, become U+FFFD.
    ///
    /// Select Graphic Rendition sequences (ESC [ code m) whose code is in `styles` pass unchanged:
    /// mlsd's own colours, which can only colour text.
    public static func of(_ text: String, passing styles: Set<String> = []) -> String {
        guard needsWork(text.utf8) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            switch scalar.value {
            case 0x0A, 0x09: result.append(scalar)
            case 0x0D:
                if index < scalars.count, scalars[index] == "\n" { continue }
                result.append("\n")
            case 0x1B where !styles.isEmpty:
                if let length = styleLength(scalars, from: index, styles) {
                    result.append(scalar)
                    result.append(contentsOf: scalars[index..<index + length])
                    index += length
                } else {
                    result.append("\u{241B}")
                }
            case 0x00...0x1F: result.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: result.append("\u{2421}")
            case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069: result.append("\u{FFFD}")
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether any byte could start something to replace. Nearly all text has none, and exports
    /// and every console line pass through here, so the bytes are checked before any scalar is
    /// built: C0 controls but tab and line feed, DEL, 0xC2 (which leads every C1 control) and
    /// the UTF-8 of U+202A–U+202E (E2 80 AA–AE) and U+2066–U+2069 (E2 81 A6–A9).
    private static func needsWork(_ bytes: String.UTF8View) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in bytes {
            if (byte < 0x20 && byte != 0x0A && byte != 0x09) || byte == 0x7F || byte == 0xC2 { return true }
            if beforePrevious == 0xE2,
               (previous == 0x80 && (0xAA...0xAE).contains(byte)) || (previous == 0x81 && (0xA6...0xA9).contains(byte)) {
                return true
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// The length of "[code m" at `start` when the code is one of `styles`.
    private static func styleLength(_ scalars: [Unicode.Scalar], from start: Int, _ styles: Set<String>) -> Int? {
        guard start < scalars.count, scalars[start] == "[" else { return nil }
        var code = ""
        var index = start + 1
        while index < scalars.count, index - start <= 4, ("0"..."9").contains(scalars[index]) {
            code.unicodeScalars.append(scalars[index])
            index += 1
        }
        guard index < scalars.count, scalars[index] == "m", styles.contains(code) else { return nil }
        return index + 1 - start
    }
}
