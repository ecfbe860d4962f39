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
        guard needsWork(text) else { return text }
        // Every byte to replace is ASCII or part of a scalar recognised by its lead bytes, so the
        // work is done on UTF-8 and the runs in between are copied whole.
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + bytes.count / 8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case 0x0D:
                if index < bytes.count, bytes[index] == 0x0A { continue }
                result.append(0x0A)
            case 0x1B where !styles.isEmpty:
                if let length = styleLength(bytes, from: index, styles) {
                    result.append(contentsOf: bytes[(index - 1)..<(index + length)])
                    index += length
                } else {
                    result += [0xE2, 0x90, 0x9B]
                }
            case 0x0A, 0x09: result.append(byte)
            // U+2400–U+241F (E2 90 80–9F) and U+2421 (E2 90 A1).
            case 0x00...0x1F: result += [0xE2, 0x90, 0x80 + byte]
            case 0x7F: result += [0xE2, 0x90, 0xA1]
            case 0xC2 where index < bytes.count && (0x80...0x9F).contains(bytes[index]):
                result += replacement
                index += 1
            case 0xE2 where index + 1 < bytes.count && isBidiControl(bytes[index], bytes[index + 1]):
                result += replacement
                index += 2
            default: result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// U+FFFD in UTF-8.
    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// Whether E2 followed by these two bytes is U+202A–U+202E or U+2066–U+2069.
    private static func isBidiControl(_ second: UInt8, _ third: UInt8) -> Bool {
        (second == 0x80 && (0xAA...0xAE).contains(third)) || (second == 0x81 && (0xA6...0xA9).contains(third))
    }

    /// Whether any byte could start something to replace. Nearly all text has none, and exports
    /// and every console line pass through here, so the bytes are checked before any scalar is
    /// built: C0 controls but tab and line feed, DEL, the C1 controls (C2 80–9F; not the rest
    /// of C2, which holds "·", "°" and "£") and the UTF-8 of U+202A–U+202E (E2 80 AA–AE) and
    /// U+2066–U+2069 (E2 81 A6–A9).
    private static func needsWork(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(needsWork) ?? needsWork(Array(text.utf8))
    }

    private static func needsWork<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> Bool
    where Bytes.Index == Int {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            index += 1
            if byte >= 0x20 && byte < 0x7F { continue }
            if (byte < 0x20 && byte != 0x0A && byte != 0x09) || byte == 0x7F { return true }
            if byte == 0xC2, index < bytes.endIndex, bytes[index] <= 0x9F { return true }
            if byte == 0xE2, index + 1 < bytes.endIndex, isBidiControl(bytes[index], bytes[index + 1]) { return true }
        }
        return false
    }

    /// The length of "[code m" at `start` when the code is one of `styles`.
    private static func styleLength(_ bytes: [UInt8], from start: Int, _ styles: Set<String>) -> Int? {
        guard start < bytes.count, bytes[start] == UInt8(ascii: "[") else { return nil }
        var index = start + 1
        while index < bytes.count, index - start <= 4, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
            index += 1
        }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "m"),
            styles.contains(String(decoding: bytes[(start + 1)..<index], as: UTF8.self))
        else { return nil }
        return index + 1 - start
    }
}
