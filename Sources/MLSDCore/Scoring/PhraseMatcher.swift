/// One place where a phrasing's terms all occur within its window in one sentence of an answer.
struct Hit: Sendable {
    var phrase: Int
    /// Which answer: 0 the step answer, 1 the follow-up answer.
    var source: Int
    /// Token indices of the earliest and latest matched words.
    var first: Int
    var last: Int
    var sentence: Int
    /// Some matched word lies in the scope of a negation or dismissal.
    var dismissed: Bool
    /// One word of a long phrasing was missing: close, not exact, evidence.
    var approximate = false
}

/// Finds every hit of a set of compiled phrases in an analysed answer.
///
/// Linear in the answer: one lookup per token builds an occurrence list per term; each phrase then
/// walks the occurrences of its rarest term and looks up the nearest occurrence of each other term
/// by binary search. Typo lookups are cached per distinct word.
enum PhraseMatcher {
    static func hits(in text: AnalyzedText, source: Int, index: TermIndex, phrases: [CompiledPhrase]) -> [Hit] {
        let tokens = text.tokens
        var occurrences = [[Int]](repeating: [], count: index.count)
        var typoCache: [String: [Int]] = [:]
        for (t, token) in tokens.enumerated() {
            if let id = index.ids[TermIndex.key(token)] {
                occurrences[id].append(t)
                continue
            }
            let ids: [Int]
            if let cached = typoCache[token.word] {
                ids = cached
            } else {
                ids = index.lookup(token)
                typoCache[token.word] = ids
            }
            for id in ids { occurrences[id].append(t) }
        }

        var hits: [Hit] = []
        for (p, phrase) in phrases.enumerated() {
            let tolerance = phrase.toleratesOneMissing ? 1 : 0
            // The rarest present term anchors the match; with one term allowed missing, the second
            // rarest anchors too, so that the missing one is never the only anchor tried. No
            // allocation here: this loop runs for every phrase of the step on every answer.
            var first = -1, second = -1, missing = 0
            for term in phrase.terms {
                let n = occurrences[term].count
                if n == 0 { missing += 1; continue }
                if first < 0 || n < occurrences[first].count {
                    second = first
                    first = term
                } else if second < 0 || n < occurrences[second].count {
                    second = term
                }
            }
            guard first >= 0, missing <= tolerance else { continue }
            let anchors = tolerance > 0 && missing == 0 && second >= 0 ? 2 : 1
            for k in 0..<anchors {
                let anchor = k == 0 ? first : second
                for a in occurrences[anchor] {
                    if let hit = hit(
                        at: a, anchor: anchor, phrase: phrase, tokens: tokens, occurrences: occurrences,
                        tolerance: tolerance)
                    {
                        hits.append(
                            Hit(
                                phrase: p, source: source, first: hit.first, last: hit.last,
                                sentence: tokens[a].sentence, dismissed: hit.dismissed && !phrase.expectsNegation,
                                approximate: hit.approximate))
                    }
                }
            }
        }
        return hits
    }

    private static func hit(
        at a: Int, anchor: Int, phrase: CompiledPhrase, tokens: [Token],
        occurrences: [[Int]], tolerance: Int
    ) -> (first: Int, last: Int, dismissed: Bool, approximate: Bool)? {
        let sentence = tokens[a].sentence
        let position = tokens[a].position
        var (lo, hi, first, last) = (position, position, a, a)
        var dismissed = tokens[a].dismissed
        var missing = 0
        var missed = -1
        for term in phrase.terms where term != anchor {
            guard let t = nearest(to: a, in: occurrences[term], tokens: tokens, sentence: sentence),
                max(hi, tokens[t].position) - min(lo, tokens[t].position) + 1 <= phrase.window
            else {
                missing += 1
                missed = term
                if missing > tolerance { return nil }
                continue
            }
            lo = min(lo, tokens[t].position)
            hi = max(hi, tokens[t].position)
            first = min(first, t)
            last = max(last, t)
            dismissed = dismissed || tokens[t].dismissed
        }
        if missed >= 0, phrase.terms.count == 3, !carries(phrase, without: missed) { return nil }
        return (first, last, dismissed, missed >= 0)
    }

    /// The words matched when `missed` is absent still make the phrasing's point: none of them is
    /// a generic word or a word of the prompt or the scenario, which a restatement would use.
    private static func carries(_ phrase: CompiledPhrase, without missed: Int) -> Bool {
        phrase.terms.allSatisfy { $0 == missed || !phrase.weakTerms.contains($0) }
    }

    /// The occurrence closest to token `a` by position, within the same sentence.
    private static func nearest(to a: Int, in list: [Int], tokens: [Token], sentence: Int) -> Int? {
        var (low, high) = (0, list.count)
        while low < high {
            let mid = (low + high) / 2
            if list[mid] < a { low = mid + 1 } else { high = mid }
        }
        var best: Int?
        var bestDistance = Int.max
        for k in [low - 1, low] where k >= 0 && k < list.count {
            let t = list[k]
            guard tokens[t].sentence == sentence else { continue }
            let d = abs(tokens[t].position - tokens[a].position)
            if d < bestDistance { (best, bestDistance) = (t, d) }
        }
        return best
    }
}
