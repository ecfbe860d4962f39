import Foundation

/// Folds one written word to the form rubric phrasings are compared in: lower case, no
/// diacritics, compatibility forms unified ("ﬁ" → "fi", full-width letters → ASCII), curly
/// apostrophes straightened, and the dots of "e.g." or "node.js" dropped.
public enum WordNormalizer {
    public static func normalize(_ word: Substring) -> String {
        // Most words are written in lower-case ASCII without dots or commas: they stay as they are.
        var plain = true
        for byte in word.utf8 {
            if byte >= 0x80 { return unicodeFold(String(word)) }
            if (byte >= 0x41 && byte <= 0x5A) || byte == 0x2E || byte == 0x2C { plain = false }
        }
        return plain ? String(word) : asciiFold(word.utf8)
    }

    public static func normalize(_ word: String) -> String { normalize(word[...]) }

    private static func asciiFold<C: Collection<UInt8>>(_ bytes: C) -> String {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var digitBefore = false
        var iterator = bytes.makeIterator()
        var pending: UInt8? = iterator.next()
        while let b = pending {
            pending = iterator.next()
            switch b {
            case 0x41...0x5A: out.append(b + 32); digitBefore = false
            case 0x30...0x39: out.append(b); digitBefore = true
            case 0x2E:  // keep the point of "1.5", drop the dots of "e.g"
                if digitBefore, let n = pending, n >= 0x30, n <= 0x39 { out.append(b) }
            case 0x2C: break  // thousands separator
            default: out.append(b); digitBefore = false
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func unicodeFold(_ word: String) -> String {
        var scalars = String.UnicodeScalarView()
        for c in word.decomposedStringWithCompatibilityMapping.unicodeScalars {
            if CharClass.isMark(c) { continue }
            switch c {
            case "\u{2019}", "\u{02BC}": scalars.append("'")
            case "ß": scalars.append(contentsOf: "ss".unicodeScalars)
            case "æ", "Æ": scalars.append(contentsOf: "ae".unicodeScalars)
            case "œ", "Œ": scalars.append(contentsOf: "oe".unicodeScalars)
            case "ø", "Ø": scalars.append("o")
            case "ł", "Ł": scalars.append("l")
            case "đ", "Đ": scalars.append("d")
            case "ı": scalars.append("i")
            case "þ", "Þ": scalars.append(contentsOf: "th".unicodeScalars)
            default: scalars.append(c)
            }
        }
        let folded = String(scalars).lowercased()
        if folded.utf8.allSatisfy({ $0 < 0x80 }) { return asciiFold(folded.utf8) }
        return folded
    }
}
