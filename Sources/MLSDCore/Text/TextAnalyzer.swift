/// Turns free text into tokens with stems, positions, sentences, clauses and dismissal scopes.
///
/// The same analysis runs on rubric phrasings and on answers, so both sides agree on what a word
/// is: "A/B test", "AB testing" and "a/b-tests" all contain the token "ab"; "click-through rate"
/// yields "click", "through", "rate" and the alias "clickthrough" so that "clickthrough rate"
/// matches too. Cost is linear in the length of the text.
public enum TextAnalyzer {
    /// Stem and word class per distinct word, so that each is looked up once: within one text, or
    /// across the many texts of a rubric (see `TextCache`).
    typealias Words = [String: (stem: String, wordClass: WordClass)]

    public static func analyze(_ text: String) -> AnalyzedText {
        var words = Words(minimumCapacity: min(4096, text.utf8.count / 8))
        return analyze(text, words: &words)
    }

    static func analyze(_ text: String, words: inout Words) -> AnalyzedText {
        let builder = tokenize(text, words: &words)
        var tokens = builder.tokens
        for i in tokens.indices where builder.breaks[i] == .comma { tokens[i].followsComma = true }
        let (sentences, clauses) = Segmenter.segment(&tokens, breaks: builder.breaks)
        NegationMarker.mark(&tokens, clauses: clauses)
        return AnalyzedText(text: text, tokens: tokens, sentences: sentences, clauses: clauses)
    }

    /// The tokens alone, without sentences, clauses or negations: enough for a vocabulary.
    static func tokens(_ text: String, words: inout Words) -> [Token] {
        tokenize(text, words: &words).tokens
    }

    private static func tokenize(_ text: String, words: inout Words) -> TokenBuilder {
        let raw = Scanner.scan(text)
        var builder = TokenBuilder(text: text)
        var i = 0
        while i < raw.count {
            var end = i
            while end < raw.count - 1, raw[end].joiner == .compound { end += 1 }
            builder.addGroup(raw[i...end], words: &words)
            i = end + 1
        }
        return builder
    }
}

/// Accumulates tokens for `TextAnalyzer`, one compound group of raw words at a time.
private struct TokenBuilder {
    let text: String
    var tokens: [Token] = []
    var breaks: [Break] = []
    private var position = 0
    private var previousJoiner = Joiner.none

    init(text: String) {
        self.text = text
        tokens.reserveCapacity(text.utf8.count / 5)
        breaks.reserveCapacity(text.utf8.count / 5)
    }

    private static let unitAliases: [String: String] = [
        "k": "thousand", "m": "million", "mn": "million", "b": "billion", "bn": "billion",
        "ms": "millisecond", "msec": "millisecond", "millis": "millisecond",
    ]
    private static let wordAliases: [String: String] = ["millisecond": "ms", "milliseconds": "ms", "msec": "ms"]

    mutating func addGroup(_ group: ArraySlice<RawWord>, words: inout TextAnalyzer.Words) {
        // Parts of the compound, with single letters glued to what follows: "A/B" → "ab", "k-NN" → "knn".
        var parts: [(word: String, range: Range<String.Index>)] = []
        var carry: (word: String, range: Range<String.Index>)?
        for (offset, rawWord) in group.enumerated() {
            let word = rawWord.isPercent ? "percent" : WordNormalizer.normalize(text[rawWord.range])
            guard !word.isEmpty else { continue }
            var part = (word: word, range: rawWord.range)
            if let c = carry { part = (c.word + part.word, c.range.lowerBound..<part.range.upperBound); carry = nil }
            let isLast = offset == group.count - 1
            if !isLast, part.word.unicodeScalars.count == 1, CharClass.isLetter(part.word.unicodeScalars.first!) {
                carry = part
            } else {
                parts.append(part)
            }
        }
        if let c = carry { parts.append(c) }
        guard !parts.isEmpty else { return }

        let groupBreak = group.first!.breakBefore
        let firstPosition = position
        let afterAt = previousJoiner == .at
        let afterNumber = previousJoiner == .unit
        for (n, part) in parts.enumerated() {
            add(part.word, part.range, breakBefore: n == 0 ? groupBreak : .none, words: &words)
            let token = tokens[tokens.count - 1]
            if afterAt, n == 0, token.kind == .number { addAlias("k", part.range, at: token.position, words: &words) }
            if afterNumber, n == 0, let unit = Self.unitAliases[part.word] {
                addAlias(unit, part.range, at: token.position, words: &words)
            }
            if let alias = Self.wordAliases[part.word] {
                addAlias(alias, part.range, at: token.position, words: &words)
            }
        }
        if parts.count > 1 {
            let joined = parts.map(\.word).joined()
            addAlias(
                joined, parts.first!.range.lowerBound..<parts.last!.range.upperBound, at: firstPosition, words: &words)
        }
        previousJoiner = group.last!.joiner
    }

    private mutating func add(
        _ word: String, _ range: Range<String.Index>, breakBefore: Break, words: inout TextAnalyzer.Words
    ) {
        let isNumber =
            word.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } ?? false
            && word.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E }
        let (stem, wordClass) = isNumber ? (word, []) : Self.lookup(word, &words)
        let isStop = wordClass.contains(.stop)
        var token = Token(
            range: range, word: word, stem: stem, kind: isNumber ? .number : .word,
            isStopWord: isStop, position: position)
        token.wordClass = wordClass
        tokens.append(token)
        breaks.append(breakBefore)
        if !isStop { position += 1 }
    }

    private mutating func addAlias(
        _ word: String, _ range: Range<String.Index>, at position: Int, words: inout TextAnalyzer.Words
    ) {
        tokens.append(
            Token(
                range: range, word: word, stem: Self.lookup(word, &words).stem, kind: .alias, isStopWord: false,
                position: position))
        breaks.append(.none)
    }

    private static func lookup(_ word: String, _ words: inout TextAnalyzer.Words) -> (
        stem: String, wordClass: WordClass
    ) {
        if let k = words[word] { return k }
        let wordClass = WordClass.of(word)
        let stem = wordClass.contains(.stop) || word.utf8.count > 40 ? word : PorterStemmer.stem(word)
        words[word] = (stem, wordClass)
        return (stem, wordClass)
    }
}
