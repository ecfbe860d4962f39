/// Marks the tokens that a negation or dismissal reaches, clause by clause.
///
/// Deliberately shallow, since there is no parser: a cue reaches forward to the end of its clause,
/// stopping at a new subject ("instead of a feature store we compute …"); a dismissal ("overkill",
/// "not needed") also reaches back to the clause start, so "the feature store is overkill" counts.
/// Two negations cancel ("we can't skip the baseline"), idioms are not negations ("not only",
/// "no more than 100 ms"), and a plain negation of a risk is an endorsement ("no leakage").
/// The cue words themselves are never marked, so a phrasing such as "out of scope" still matches.
enum NegationMarker {
    private enum Reach { case forward, clause }
    private struct Cue { var start: Int; var end: Int; var reach: Reach; var strong: Bool }

    static func mark(_ tokens: inout [Token], clauses: [Range<Int>]) {
        for clause in clauses {
            let indices = clause.filter { tokens[$0].kind != .alias }
            guard indices.count > 1 else { continue }
            for cue in cues(indices.map { tokens[$0].word }) {
                apply(cue, indices, &tokens)
            }
        }
    }

    /// Finds the cues among the words of one clause (indices into `words`).
    private static func cues(_ words: [String]) -> [Cue] {
        var found: [Cue] = []
        var cancelled = Set<Int>()
        var i = 0
        func word(_ k: Int) -> String { k < words.count ? words[k] : "" }
        while i < words.count {
            let w = words[i]
            defer { i += 1 }
            if cancelled.contains(i) { continue }
            if NegationLexicon.isNegator(w) {
                let next = word(i + 1)
                let before = i > 0 ? words[i - 1] : ""
                if isIdiom(w, next, word(i + 2)) || before == "if" || (before == "or" && i > 1 && words[i - 2] == "whether") {
                    continue
                }
                // A negated dismissal or a negated harm affirms: "don't skip", "without hurting".
                if let k = (i + 1...i + 2).first(where: { isFlip(word($0)) }) {
                    cancelled.insert(k)
                    continue
                }
                if let k = (i + 1...i + 3).first(where: { NegationLexicon.dismissiveAfterNegator.contains(word($0)) }) {
                    found.append(Cue(start: i, end: k, reach: .clause, strong: true))
                    i = k
                } else {
                    found.append(Cue(start: i, end: i, reach: .forward, strong: false))
                }
            } else if NegationLexicon.dismissalWords.contains(w) {
                if w.hasPrefix("skip"), ["connection", "connections", "gram", "grams", "list"].contains(word(i + 1)) { continue }
                found.append(Cue(start: i, end: i, reach: .clause, strong: true))
            } else if NegationLexicon.rightwardWords.contains(w) {
                found.append(Cue(start: i, end: i, reach: .forward, strong: false))
            } else if NegationLexicon.rightwardPairs.contains(where: { $0.0 == w && $0.1 == word(i + 1) }) {
                found.append(Cue(start: i, end: i + 1, reach: .forward, strong: true))
                i += 1
            } else if w == "out", word(i + 1) == "of", word(i + 2) == "scope" {
                found.append(Cue(start: i, end: i + 2, reach: .clause, strong: true))
                i += 2
            } else if w == "waste", word(i + 1) == "of" {
                found.append(Cue(start: i, end: i + 1, reach: .clause, strong: true))
                i += 1
            }
        }
        return found
    }

    /// "not only", "no doubt", "no more than 100 ms": a negator that negates nothing.
    private static func isIdiom(_ w: String, _ next: String, _ afterNext: String) -> Bool {
        if NegationLexicon.idiomsAfterNegator.contains(next) { return true }
        if w == "no", next == "doubt" || next == "matter" { return true }
        return NegationLexicon.comparatives.contains(next) && afterNext == "than"
    }

    private static func isFlip(_ w: String) -> Bool {
        NegationLexicon.dismissalWords.contains(w) || NegationLexicon.negativeVerbs.contains(w)
            || NegationLexicon.rightwardWords.contains(w)
    }

    private static func apply(_ cue: Cue, _ indices: [Int], _ tokens: inout [Token]) {
        var scope: [Int] = []
        // Forward, to the end of the clause or a new subject.
        var k = cue.end + 1
        while k < indices.count, !WordLists.subjectPronouns.contains(tokens[indices[k]].word) {
            scope.append(k)
            k += 1
        }
        if cue.reach == .clause {
            // Back to the clause start, but not past "and"/"or" when a subject comes before it:
            // in "we use Y and X is overkill" only X is dismissed.
            var b = cue.start - 1
            while b >= 0 {
                let w = tokens[indices[b]].word
                if WordLists.subjectPronouns.contains(w) { break }
                if w == "and" || w == "or",
                   (0..<b).contains(where: { WordLists.subjectPronouns.contains(tokens[indices[$0]].word) }) {
                    break
                }
                scope.append(b)
                b -= 1
            }
        }
        if !cue.strong, scope.contains(where: { NegationLexicon.riskStems.contains(tokens[indices[$0]].stem) }) {
            return
        }
        for s in scope {
            let t = indices[s]
            tokens[t].dismissed = true
            // Aliases share the fate of the words they stand for.
            var a = t + 1
            while a < tokens.count, tokens[a].kind == .alias {
                tokens[a].dismissed = true
                a += 1
            }
        }
    }
}
