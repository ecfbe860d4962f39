/// Quotes the words of an answer that earned (or lost) a point.
enum Evidence {
    /// Clauses shorter than this are quoted with the rest of their sentence, so "For retrieval,"
    /// does not stand alone.
    private static let shortClause = 5
    /// Longer quotes are cut to this many words either side of the match.
    private static let context = 8
    private static let longQuote = 30

    /// - Parameter listed: the hit sits in a keyword list: the quote is the matched words only.
    static func quote(_ hit: Hit, in text: AnalyzedText, listed: Bool = false) -> String {
        let tokens = text.tokens
        if listed { return text.quote(hit.first...hit.last) }
        var span = text.clauses[tokens[hit.first].clause]
        let lastClause = text.clauses[tokens[hit.last].clause]
        span = span.lowerBound..<max(span.upperBound, lastClause.upperBound)
        if tokens[span].lazy.filter({ $0.kind != .alias }).count < shortClause {
            span = text.sentences[tokens[hit.first].sentence]
        }
        var lower = span.lowerBound
        var upper = span.upperBound - 1
        var prefix = "", suffix = ""
        if upper - lower + 1 > longQuote {
            if hit.first - context > lower { lower = hit.first - context; prefix = "…" }
            if hit.last + context < upper { upper = hit.last + context; suffix = "…" }
        }
        // Never cut inside a compound: "re-ranking", not "ranking".
        while lower > span.lowerBound, !startsWord(tokens[lower], text.text) { lower -= 1 }
        while upper < span.upperBound - 1, !startsWord(tokens[upper + 1], text.text) { upper += 1 }
        return prefix + text.quote(lower...upper) + suffix
    }

    private static func startsWord(_ token: Token, _ text: String) -> Bool {
        guard token.range.lowerBound > text.startIndex else { return true }
        let before = text.unicodeScalars[text.unicodeScalars.index(before: token.range.lowerBound)]
        return before.isSpace || before == "," || before == "(" || before == "\""
    }
}
