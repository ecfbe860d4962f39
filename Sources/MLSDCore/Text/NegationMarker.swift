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
    private struct Cue {
        var start: Int
        var end: Int
        var reach: Reach
        var strong: Bool
        /// Not using a risk is avoiding it: "never using anything learned later" keeps the rule.
        var spares: Bool = false
    }

    static func mark(_ tokens: inout [Token], clauses: [Range<Int>]) {
        var indices: [Int] = []
        for clause in clauses {
            // Cheap exit: most clauses hold no cue at all.
            guard
                tokens[clause].contains(where: {
                    !$0.wordClass.isDisjoint(with: cueClasses) || cueStarters.contains($0.word)
                })
            else {
                continue
            }
            indices.removeAll(keepingCapacity: true)
            for i in clause where tokens[i].kind != .alias { indices.append(i) }
            guard indices.count > 1 else { continue }
            // A hypothetical argues for what it negates: "if we don't monitor drift, …",
            // "without a baseline we can't tell …".
            let first = tokens[indices[0]].word
            if first == "if" || first == "unless" { continue }
            if first == "without",
                tokens[clause.lowerBound].sentence
                    != (clause.lowerBound > 0 ? tokens[clause.lowerBound - 1].sentence : -1)
            {
                continue
            }
            // A negation inside a reason states a fact about the world, not a rejection of the design:
            // "since the reranker can't fix what wasn't retrieved". A dismissal there still dismisses.
            let reason = first == "because" || first == "since"
            for cue in cues(indices, tokens) where cue.strong || !reason {
                apply(cue, indices, &tokens)
            }
        }
    }

    private static let cueClasses: WordClass = [.negator, .dismissal, .rightward]
    private static let cueStarters: Set<String> = [
        "instead", "rather", "in", "out", "waste", "too", "add", "adds", "adding", "only", "just",
        "cost", "costs", "costing", "is", "are", "be", "problem", "business", "job",
        "concern", "responsibility",
    ]

    /// Finds the cues among the words of one clause (positions in `indices`).
    private static func cues(_ indices: [Int], _ tokens: [Token]) -> [Cue] {
        var found: [Cue] = []
        var cancelled: [Int] = []
        func word(_ k: Int) -> String { k < indices.count ? tokens[indices[k]].word : "" }
        func wordClass(_ k: Int) -> WordClass { k < indices.count ? tokens[indices[k]].wordClass : [] }
        var i = 0
        while i < indices.count {
            defer { i += 1 }
            if cancelled.contains(i) { continue }
            let c = wordClass(i)
            if c.contains(.negator) {
                let before = i > 0 ? word(i - 1) : ""
                if isIdiom(word(i), i + 1, wordClass, word) || before == "if"
                    || (before == "or" && i > 1 && word(i - 2) == "whether")
                {
                    continue
                }
                // A goal said negatively is a goal: "we don't want to ban real people". Not wanting
                // to use, build or add something still dismisses it.
                if ["want", "wish", "mean"].contains(word(i + 1)), word(i + 2) == "to",
                    !wordClass(i + 3).contains(.dismissiveAfterNegator)
                {
                    continue
                }
                // A negated dismissal or a negated harm affirms: "don't skip", "without hurting".
                if let k = (i + 1...i + 2).first(where: { !wordClass($0).isDisjoint(with: WordClass.flips) }) {
                    cancelled.append(k)
                    continue
                }
                if let k = (i + 1...i + 3).first(where: { wordClass($0).contains(.dismissiveAfterNegator) }) {
                    // "no need to correct the scores" denies the correcting, not what the clause said
                    // before it ("downsample to 50/50 with no need to correct"); "X doesn't need to be
                    // logged" denies X itself.
                    let action = word(k + 1) == "to" && !["be", "get"].contains(word(k + 2))
                    found.append(
                        Cue(
                            start: i, end: k, reach: action ? .forward : .clause, strong: true,
                            spares: NegationLexicon.usingVerbs.contains(word(k))))
                    i = k
                } else if !(0..<i).contains(where: { NegationLexicon.safeguards.contains(word($0)) }) {
                    // Not after "make sure" or "ensure": "make sure the same product isn't in both sets"
                    // is the safeguard itself.
                    found.append(Cue(start: i, end: i, reach: .forward, strong: false))
                }
            } else if c.contains(.dismissal) {
                if word(i).hasPrefix("skip"),
                    ["connection", "connections", "gram", "grams", "list"].contains(word(i + 1))
                {
                    continue
                }
                // The last of a list of values ("rated very good, fairly good or useless") names a
                // grade, not a judgement.
                if i > 0, word(i - 1) == "or" { continue }
                found.append(Cue(start: i, end: i, reach: .clause, strong: true))
            } else if c.contains(.rightward) {
                found.append(Cue(start: i, end: i, reach: .forward, strong: false))
            } else if NegationLexicon.rightwardPairs.contains(where: { $0.0 == word(i) && $0.1 == word(i + 1) }) {
                found.append(Cue(start: i, end: i + 1, reach: .forward, strong: true))
                i += 1
            } else if word(i) == "out", word(i + 1) == "of", word(i + 2) == "scope" {
                found.append(Cue(start: i, end: i + 2, reach: .clause, strong: true))
                i += 2
            } else if word(i) == "too", NegationLexicon.tooMuchWords.contains(word(i + 1)) {
                // "too noisy to be useful", "too expensive to maintain": a judgement against the technique.
                found.append(Cue(start: i, end: i + 1, reach: .clause, strong: true))
                i += 1
            } else if ["add", "adds", "adding"].contains(word(i)) && ["little", "nothing"].contains(word(i + 1))
                || ["only", "just"].contains(word(i)) && NegationLexicon.mereHarms.contains(word(i + 1))
            {
                // "adds little over ids", "would only delay the launch", "trends are just noise".
                found.append(Cue(start: i, end: i + 1, reach: .clause, strong: true))
                i += 1
            } else if ["cost", "costs", "costing"].contains(word(i)) && ["nothing", "zero"].contains(word(i + 1))
                || ["is", "are", "be"].contains(word(i)) && ["costless", "harmless", "noise"].contains(word(i + 1))
            {
                // "a false decline costs nothing", "extra latency is harmless", "tail errors are noise":
                // a claim that something is without consequence dismisses it ("free" is left out:
                // "couriers are free nearby" are available).
                found.append(Cue(start: i, end: i + 1, reach: .clause, strong: true))
                i += 1
            } else if i > 0, i + 1 == indices.count, word(i - 1).hasSuffix("'s"),
                NegationLexicon.someoneElses.contains(word(i))
            {
                // "data residency is the vendor's problem": handed to someone else, so not answered.
                found.append(Cue(start: i, end: i, reach: .clause, strong: true))
            } else if word(i) == "waste", word(i + 1) == "of" {
                found.append(Cue(start: i, end: i + 1, reach: .clause, strong: true))
                i += 1
            }
        }
        return found
    }

    /// "not only", "no doubt", "no more than 100 ms": a negator that negates nothing.
    private static func isIdiom(_ w: String, _ next: Int, _ wordClass: (Int) -> WordClass, _ word: (Int) -> String)
        -> Bool
    {
        let c = wordClass(next)
        if c.contains(.idiom) { return true }
        if w == "no", word(next) == "doubt" || word(next) == "matter" { return true }
        // "never going above the city's cap", "not go over budget": a bound.
        if NegationLexicon.movements.contains(word(next)), NegationLexicon.limits.contains(word(next + 1)) {
            return true
        }
        return c.contains(.comparative) && word(next + 1) == "than"
    }

    private static func apply(_ cue: Cue, _ indices: [Int], _ tokens: inout [Token]) {
        var scope: [Int] = []
        // Forward, to the end of the clause or a new subject.
        // After "don't think", "don't believe" the next subject is the one whose need is denied.
        let throughSubjects = tokens[indices[cue.end]].wordClass.contains(.opinion)
        var k = cue.end + 1
        while k < indices.count, throughSubjects || !tokens[indices[k]].wordClass.contains(.subject) {
            scope.append(k)
            k += 1
        }
        if cue.reach == .clause {
            // Back to the clause start, but not past "and"/"or" when a subject comes before it:
            // in "we use Y and X is overkill" only X is dismissed.
            var b = cue.start - 1
            while b >= 0 {
                let c = tokens[indices[b]].wordClass
                // The subject of the dismissal itself ("typos we can skip") is passed over.
                if c.contains(.subject),
                    !(b + 1..<cue.start).allSatisfy({
                        !tokens[indices[$0]].wordClass.isDisjoint(with: [.auxiliary, .adverb])
                    })
                {
                    break
                }
                if c.contains(.subject) { b -= 1; continue }
                if c.contains(.andOr), (0..<b).contains(where: { tokens[indices[$0]].wordClass.contains(.subject) }) {
                    break
                }
                scope.append(b)
                b -= 1
            }
        }
        if !cue.strong || cue.spares,
            scope.contains(where: { NegationLexicon.riskStems.contains(tokens[indices[$0]].stem) })
        {
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
