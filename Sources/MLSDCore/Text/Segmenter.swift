/// Groups tokens into sentences and clauses.
///
/// Sentences bound match windows and prose-quality checks; clauses bound negation scope and
/// evidence quotes. A comma usually starts a clause ("we skip the feature store, latency matters
/// more"), except inside a list: in "we don't need A, B or C" the negation reaches all three, so a
/// comma followed by a short run of words with no subject and no auxiliary continues the clause.
enum Segmenter {
    static func segment(_ tokens: inout [Token], breaks: [Break]) -> (sentences: [Range<Int>], clauses: [Range<Int>]) {
        var sentences: [Range<Int>] = []
        var clauses: [Range<Int>] = []
        var sentenceStart = 0
        var clauseStart = 0
        for i in tokens.indices {
            let brk = breaks[i]
            if i > 0, brk == .sentence {
                sentences.append(sentenceStart..<i)
                sentenceStart = i
            }
            // "…, and then …": the clause starts at the "and", not after it.
            let joinedToPrevious =
                i > 0 && clauseStart == i - 1 && brk == .none && tokens[i - 1].wordClass.contains(.andOr)
            if i > clauseStart, !joinedToPrevious, startsClause(i, brk, tokens, breaks) {
                clauses.append(clauseStart..<i)
                clauseStart = i
            } else if i > 0, brk == .sentence {
                clauses.append(clauseStart..<i)
                clauseStart = i
            }
            tokens[i].sentence = sentences.count
            tokens[i].clause = clauses.count
        }
        if !tokens.isEmpty {
            sentences.append(sentenceStart..<tokens.count)
            clauses.append(clauseStart..<tokens.count)
        }
        return (sentences, clauses)
    }

    private static func startsClause(_ i: Int, _ brk: Break, _ tokens: [Token], _ breaks: [Break]) -> Bool {
        switch brk {
        case .sentence, .clause: return true
        case .comma: return !isListItem(from: i, tokens, breaks)
        case .none:
            let c = tokens[i].wordClass
            if tokens[i].kind == .alias { return false }
            if c.contains(.conjunction) { return true }
            // "…and we can…", "…and then…": a coordinated clause with its own subject or conjunction.
            if c.contains(.andOr), i + 1 < tokens.count, breaks[i + 1] == .none,
                !tokens[i + 1].wordClass.isDisjoint(with: [.subject, .conjunction])
            {
                return true
            }
            return false
        }
    }

    /// True when the comma segment starting at `i` reads as one more item of a list.
    private static func isListItem(from i: Int, _ tokens: [Token], _ breaks: [Break]) -> Bool {
        var words = 0
        var j = i
        while j < tokens.count {
            if j > i, breaks[j] != .none { break }
            let t = tokens[j]
            if t.kind != .alias {
                if !t.wordClass.isDisjoint(with: [.subject, .auxiliary, .conjunction]) {
                    return false
                }
                words += 1
                if words > 5 { return false }
            }
            j += 1
        }
        return true
    }
}
