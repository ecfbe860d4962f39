/// Detects the classic mistakes of the shared catalog in an answer's hits.
///
/// As the `Pitfall` contract says: a pitfall fires when the answer mentions a trigger (or it has
/// none) and makes none of its `unless` phrasings; dismissing an `unless` phrasing ("no baseline
/// needed") fires it too. A mention inside a negation is not a trigger: "no deep model yet".
enum PitfallDetector {
    /// - Parameter answered: the pitfall is answered by a rubric point the answer covered.
    static func detect(
        _ pitfalls: [Pitfall], hits: [Hit], phrases: [CompiledPhrase], texts: [AnalyzedText],
        signals: [ClauseSignals], answered: (Int) -> Bool, isBlocked: (Hit) -> Bool
    ) -> [PitfallHit] {
        var trigger = [Hit?](repeating: nil, count: pitfalls.count)
        var cleared = [Bool](repeating: false, count: pitfalls.count)
        var generic = [Set<Int>](repeating: [], count: pitfalls.count)
        var dismissedSafeguard = [Hit?](repeating: nil, count: pitfalls.count)
        for hit in hits {
            switch phrases[hit.phrase].owner {
            // A trigger inside a wrong claim is already reported, with its fix, as that claim.
            case .trigger(let k) where !hit.dismissed && !isBlocked(hit):
                if trigger[k] == nil { trigger[k] = hit }
            case .unless(let k):
                if hit.dismissed {
                    if dismissedSafeguard[k] == nil { dismissedSafeguard[k] = hit }
                } else if phrases[hit.phrase].terms.count >= 2 || phrases[hit.phrase].isSpecific {
                    cleared[k] = true
                } else {
                    // One generic word named in passing ("monitor", "AUC") does not clear a pitfall; said
                    // as a decision it does: with a number or reason ("retrain weekly"), with what it
                    // acts on ("monitor the appeal rate"), or next to another of the pitfall's words.
                    let token = texts[hit.source].tokens[hit.first]
                    generic[k].insert(phrases[hit.phrase].terms[0])
                    if signals[hit.source].hasSubstance(near: token.clause, span: token.position...token.position)
                        || hasObject(hit, in: texts[hit.source]) || generic[k].count >= 2
                    {
                        cleared[k] = true
                    }
                }
            default:
                break
            }
        }
        var found: [PitfallHit] = []
        for (k, pitfall) in pitfalls.enumerated() where !cleared[k] && !answered(k) {
            let evidenceHit = dismissedSafeguard[k] ?? trigger[k]
            guard pitfall.triggers.isEmpty || evidenceHit != nil else { continue }
            found.append(
                PitfallHit(
                    id: pitfall.id, title: pitfall.title, why: pitfall.why,
                    evidence: evidenceHit.map { Evidence.quote($0, in: texts[$0.source]) }))
        }
        return found
    }

    /// The word is followed in its clause by two specific content words: it says what it acts on.
    private static func hasObject(_ hit: Hit, in text: AnalyzedText) -> Bool {
        let tokens = text.tokens
        let clause = tokens[hit.first].clause
        var specific = 0
        var t = hit.last + 1
        while t < tokens.count, tokens[t].clause == clause, t <= hit.last + 6 {
            if tokens[t].isContent, tokens[t].kind == .word, !GenericTerms.stems.contains(tokens[t].stem) {
                specific += 1
            }
            t += 1
        }
        return specific >= 2
    }
}
