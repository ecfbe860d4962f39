/// One word of an analysed text, normalised and stemmed, remembering where it came from.
public struct Token: Sendable, Equatable {
    public enum Kind: UInt8, Sendable {
        /// A word as written: letters, possibly with digits after them ("p99").
        case word
        /// Digits, possibly with a decimal point ("1.5", "10000").
        case number
        /// Not written as such: the joined form of a compound ("click-through" → "clickthrough") or the
        /// spelled-out unit of a quantity ("10k" → "thousand"). It shares its position with the words it
        /// stands for, so it never widens a match window.
        case alias
    }

    /// Where the word sits in the original text, so evidence quotes the candidate's own words.
    public var range: Range<String.Index>
    /// Case-folded, diacritics removed, ASCII where the script allows.
    public var word: String
    /// The Porter2 stem of `word` (the word itself for numbers, stop words and other scripts).
    public var stem: String
    public var kind: Kind
    public var isStopWord: Bool
    /// Counts content words only, so "generate a few hundred candidates" has "generate" and
    /// "candidates" three apart, not five.
    public var position: Int
    public var sentence: Int
    public var clause: Int
    /// Inside the scope of a negation or dismissal ("we don't need …", "… is overkill").
    public var dismissed: Bool
    /// A comma separates it from the previous word: lists show up as many short comma runs.
    public var followsComma = false
    /// Closed-class roles (stop word, negator, pronoun…), filled in by the analyser.
    var wordClass: WordClass = []

    public init(
        range: Range<String.Index>, word: String, stem: String, kind: Kind, isStopWord: Bool,
        position: Int = 0, sentence: Int = 0, clause: Int = 0, dismissed: Bool = false
    ) {
        self.range = range
        self.word = word
        self.stem = stem
        self.kind = kind
        self.isStopWord = isStopWord
        self.position = position
        self.sentence = sentence
        self.clause = clause
        self.dismissed = dismissed
    }

    /// A word that carries meaning of its own (not a stop word, not an alias).
    public var isContent: Bool { !isStopWord && kind != .alias }
}

/// A text split into tokens, sentences and clauses.
public struct AnalyzedText: Sendable {
    public let text: String
    public let tokens: [Token]
    /// Token index ranges, in order; together they cover every token.
    public let sentences: [Range<Int>]
    public let clauses: [Range<Int>]

    public init(text: String, tokens: [Token], sentences: [Range<Int>], clauses: [Range<Int>]) {
        self.text = text
        self.tokens = tokens
        self.sentences = sentences
        self.clauses = clauses
    }

    /// True when there is nothing to score: no letters or digits at all.
    public var isEmpty: Bool { !tokens.contains { $0.isContent } }

    /// False for text that is not language: random bytes decode to scattered one- and two-letter
    /// "words", while prose and even keyword lists are mostly words of three letters or more.
    public var looksLikeLanguage: Bool {
        var words = 0, long = 0
        for t in tokens where t.kind == .word {
            words += 1
            if t.word.unicodeScalars.count >= 3 { long += 1 }
        }
        return words > 0 && 5 * long >= 2 * words
    }

    /// Share of the written words that are stop words: around 0.4 for English prose, near 0 for a
    /// keyword list.
    public var stopWordShare: Double {
        var words = 0, stops = 0
        for t in tokens where t.kind != .alias {
            words += 1
            if t.isStopWord { stops += 1 }
        }
        return words == 0 ? 0 : Double(stops) / Double(words)
    }

    /// The original text from the first to the last of the given tokens.
    public func quote(_ tokenRange: ClosedRange<Int>) -> String {
        let lower = tokens[tokenRange.lowerBound].range.lowerBound
        let upper = tokens[tokenRange].reduce(tokens[tokenRange.lowerBound].range.upperBound) {
            max($0, $1.range.upperBound)
        }
        return String(text[lower..<upper])
    }
}
