/// How a raw word hangs on to the next one without a space between them.
enum Joiner: UInt8 {
    case none
    /// "click-through", "A/B", "training/serving", "R&D", "watch_time": parts of one compound.
    case compound
    /// "recall@10": the number is a cut-off, not a word of its own.
    case at
    /// "50ms", "10k": a number and its unit, split where digits turn into letters.
    case unit
}

/// What separates a raw word from the one before it; later breaks win over earlier ones.
enum Break: UInt8, Comparable {
    case none, comma, clause, sentence
    static func < (a: Break, b: Break) -> Bool { a.rawValue < b.rawValue }
}

extension Unicode.Scalar {
    /// White space, with an ASCII fast path: the property lookup is the scanner's hot spot.
    var isSpace: Bool {
        value < 0x80 ? (value == 0x20 || (value >= 0x09 && value <= 0x0D)) : properties.isWhitespace
    }
}

/// A run of letters and digits as written, before normalisation.
struct RawWord {
    var range: Range<String.Index>
    var joiner: Joiner
    var breakBefore: Break
    var isPercent = false
}

/// Splits text into raw words and the punctuation that separates them, in one pass over the
/// Unicode scalars. Anything that is neither a word character nor known punctuation (emoji,
/// symbols, U+FFFD from bad UTF-8, control characters) is a plain separator.
enum Scanner {
    static func scan(_ text: String) -> [RawWord] {
        let s = text.unicodeScalars
        var words: [RawWord] = []
        words.reserveCapacity(text.utf8.count / 5)
        var pending = Break.none
        var newlines = 0
        var atLineStart = true
        var lastPunct: Unicode.Scalar = " "
        var i = s.startIndex

        func peek(_ j: String.Index) -> Unicode.Scalar? { j < s.endIndex ? s[j] : nil }

        while i < s.endIndex {
            let c = s[i]
            if c == "\n" || c == "\r" || c == "\u{2028}" || c == "\u{2029}" {
                if c != "\r" { newlines += 1 }
                atLineStart = true
                i = s.index(after: i)
                continue
            }
            if c.isSpace { i = s.index(after: i); continue }

            if atLineStart {
                // A blank line, a bullet, or a line after a colon starts a new sentence; a single
                // line break inside wrapped prose does not.
                if newlines >= 2 || (newlines == 1 && lastPunct == ":") { pending = .sentence }
                if let after = bulletEnd(s, i) {
                    if !words.isEmpty { pending = .sentence }
                    atLineStart = false
                    newlines = 0
                    i = after
                    continue
                }
                atLineStart = false
                newlines = 0
            }

            if CharClass.isWordStart(c) {
                let (word, next) = scanWord(s, from: i, breakBefore: pending)
                words.append(word)
                pending = .none
                lastPunct = " "
                i = next
                continue
            }

            let next = s.index(after: i)
            var brk = Break.none
            switch c {
            case ".":
                if peek(next) == "." {
                    brk = .clause
                } else if isAbbreviation(text, words.last), let n = firstNonSpace(s, next), n.properties.isLowercase {
                    brk = .none
                } else {
                    brk = .sentence
                }
            case "!", "?": brk = .sentence
            case ";", ":", "(", ")", "[", "]", "{", "}", "\u{2026}", "\u{2014}", "\u{2013}", "\u{2015}": brk = .clause
            case ",": brk = .comma
            case "-": brk = .clause
            case "%":
                words.append(RawWord(range: i..<next, joiner: .none, breakBefore: pending, isPercent: true))
                pending = .none
            default: break
            }
            pending = max(pending, brk)
            lastPunct = c
            i = next
        }
        return words
    }

    /// Scans one raw word starting at `start`, and the joiner after it.
    private static func scanWord(
        _ s: String.UnicodeScalarView, from start: String.Index,
        breakBefore: Break
    ) -> (RawWord, String.Index) {
        var j = s.index(after: start)
        var prev = s[start]
        var joiner = Joiner.none
        while j < s.endIndex {
            let d = s[j]
            if CharClass.isLetter(d) || CharClass.isMark(d) {
                if CharClass.isDigit(prev), CharClass.isLetter(d) { joiner = .unit; break }
            } else if CharClass.isDigit(d) {
                // digits after letters stay in the word: "p99", "top10"
            } else if let n = s.index(j, offsetBy: 1, limitedBy: s.endIndex), n < s.endIndex,
                isInnerPunctuation(d, prev: prev, next: s[n], s, n)
            {
                // "don't", "e.g", "1.5", "10,000"
            } else {
                break
            }
            prev = d
            j = s.index(after: j)
        }
        var word = RawWord(range: start..<j, joiner: joiner, breakBefore: breakBefore)
        if joiner == .none, j < s.endIndex, let n = s.index(j, offsetBy: 1, limitedBy: s.endIndex), n < s.endIndex,
            CharClass.isWordStart(s[n])
        {
            switch s[j] {
            case "-", "\u{2010}", "\u{2011}", "/", "_", "&": word.joiner = .compound; j = n
            case "@": word.joiner = .at; j = n
            default: break
            }
        }
        return (word, j)
    }

    private static func isInnerPunctuation(
        _ d: Unicode.Scalar, prev: Unicode.Scalar, next: Unicode.Scalar,
        _ s: String.UnicodeScalarView, _ n: String.Index
    ) -> Bool {
        switch d {
        case "'", "\u{2019}", "\u{02BC}":
            return CharClass.isLetter(prev) && CharClass.isLetter(next)
        case ".":
            return (CharClass.isDigit(prev) && CharClass.isDigit(next))
                || (CharClass.isLetter(prev) && CharClass.isLetter(next))
        case ",":
            // A thousands separator: exactly three digits follow.
            guard CharClass.isDigit(prev) else { return false }
            var k = n
            for _ in 0..<3 {
                guard k < s.endIndex, CharClass.isDigit(s[k]) else { return false }
                k = s.index(after: k)
            }
            return k == s.endIndex || !CharClass.isDigit(s[k])
        default:
            return false
        }
    }

    /// If a list bullet ("-", "*", "•", "1.", "2)") starts at `i`, the index after it.
    private static func bulletEnd(_ s: String.UnicodeScalarView, _ i: String.Index) -> String.Index? {
        var j = i
        switch s[i] {
        case "-", "*", "+", ">", "\u{2022}", "\u{00B7}", "\u{2023}", "\u{25E6}", "\u{2013}", "\u{2014}":
            j = s.index(after: i)
        default:
            var digits = 0
            while j < s.endIndex, CharClass.isDigit(s[j]), digits < 3 { j = s.index(after: j); digits += 1 }
            guard digits > 0, j < s.endIndex, s[j] == "." || s[j] == ")" else { return nil }
            j = s.index(after: j)
        }
        guard j == s.endIndex || s[j].isSpace else { return nil }
        return j
    }

    private static func firstNonSpace(_ s: String.UnicodeScalarView, _ from: String.Index) -> Unicode.Scalar? {
        var j = from
        while j < s.endIndex {
            if !s[j].isSpace { return s[j] }
            j = s.index(after: j)
        }
        return nil
    }

    private static let abbreviations: Set<String> = [
        "e.g", "i.e", "eg", "ie", "etc", "vs", "approx", "incl", "cf", "al", "resp", "esp",
    ]

    private static func isAbbreviation(_ text: String, _ word: RawWord?) -> Bool {
        guard let word, text.utf8.distance(from: word.range.lowerBound, to: word.range.upperBound) <= 6 else {
            return false
        }
        return abbreviations.contains(text[word.range].lowercased())
    }
}
