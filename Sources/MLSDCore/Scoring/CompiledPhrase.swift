/// A rubric phrasing reduced to what matching needs: the set of term numbers that must all occur
/// close together in one sentence of the answer, in any order.
struct CompiledPhrase: Sendable {
    /// Distinct, sorted.
    var terms: [Int]
    /// The widest span of content positions a match may cover: room for a few extra words between
    /// the phrasing's own ("generate a few hundred candidates" for "candidate generation").
    var window: Int
    var owner: PhraseOwner
    /// Every term also occurs in the step prompt or the case scenario: saying it again earns nothing
    /// unless the sentence adds words of its own.
    var isEcho: Bool
    /// The phrasing itself negates ("not accuracy", "no personalisation"): a match inside a
    /// negation is what it asks for, not a dismissal.
    var expectsNegation = false
    /// Specific enough to be substance on its own (a detail of two or more words, a number, or a
    /// technique that is not one of the generic words every answer uses).
    var isSpecific = false
    /// A long phrasing (four or more content words) of a point matches with one of them missing:
    /// everyday wording varies ("switch back at once if worse" for "switch back quickly if worse").
    var toleratesOneMissing = false
    /// Terms that cannot carry a match with one word missing: generic words of the field and words
    /// of the prompt or scenario. "how fast the page shows" may stand for "page loads fast"; "the
    /// model's data" stands for nothing. Set only for three-word plain phrasings.
    var weakTerms: [Int] = []

    /// Every word of the phrasing is among `stems` (the question's or the prompt's): an answer
    /// that says it has only repeated what it was told.
    func isMade(of stems: Set<String>, in index: TermIndex) -> Bool {
        terms.allSatisfy { stems.contains(index.stem($0)) }
    }
}

/// What a phrase stands for; the numbers index the step's points or the scorer's pitfalls.
enum PhraseOwner: Hashable, Sendable {
    case point(Int), plain(Int), detail(Int), trigger(Int), unless(Int), wrong(Int), probe(Int), expect(Int)

    var isWrong: Bool {
        if case .wrong = self { return true } else { return false }
    }

    /// The rubric point a phrasing, plain phrasing or detail belongs to.
    var point: Int? {
        switch self {
        case .point(let p), .plain(let p), .detail(let p): p
        case .trigger, .unless, .wrong, .probe, .expect: nil
        }
    }
}

/// Compiles phrasings against a shared `TermIndex`.
struct PhraseCompiler {
    var index = TermIndex()
    private(set) var phrases: [CompiledPhrase] = []
    /// The original text of each phrase, for reporting which details an answer used.
    private(set) var texts: [String] = []
    let echoStems: Set<String>
    private let cache: TextCache

    init(echoStems: Set<String>, cache: TextCache) {
        self.echoStems = echoStems
        self.cache = cache
    }

    /// Adds the variants of one phrasing ("click-through rate" also as "clickthrough rate") and
    /// returns their indices; an empty result means the phrasing had no words. `label` is the
    /// rubric's own text when `phrasing` is a variant of it.
    mutating func add(_ phrasing: String, owner: PhraseOwner, label: String? = nil) -> [Int] {
        let analyzed = cache.analyze(phrasing)
        let words = analyzed.tokens.filter { $0.kind != .alias }
        var content = words.filter { !$0.isStopWord || (owner.isWrong && WordLists.claimStopWords.contains($0.word)) }
        if content.isEmpty { content = words }
        guard !content.isEmpty else { return [] }

        // Compound aliases span several written parts; a unit alias ("ms" → "millisecond") spans one
        // word and needs no variant of its own, since answers carry both forms.
        let compounds = analyzed.tokens.filter { alias in
            alias.kind == .alias && !words.contains { $0.range == alias.range }
        }
        // A compound made partly of stop words ("out-of-time", "sign-up") keeps them when written
        // apart ("out of time", "sign up"): without them it would be one everyday word ("time", "sign").
        let split = words.filter { word in
            content.contains { $0.range == word.range }
                || compounds.contains { $0.range.contains(word.range.lowerBound) }
        }
        var variants: [[Token]] = [split]
        if !compounds.isEmpty {
            let joined = content.filter { part in !compounds.contains { $0.range.contains(part.range.lowerBound) } }
            variants.append(joined + compounds)
        }

        // "99.9% accuracy is good" claims that accuracy is good; the number is one instance of it.
        if owner.isWrong, content.contains(where: { $0.wordClass.contains(.endorsement) }) {
            let general = content.filter { $0.kind != .number && $0.word != "percent" }
            if general.count >= 2, general.count < content.count { variants.append(general) }
        }

        if case .plain = owner { variants += PlainSynonyms.variants(of: content) }

        let negates = words.contains { !$0.wordClass.isDisjoint(with: [.negator, .dismissal]) }
        var added: [Int] = []
        for variant in variants {
            let terms = Array(Set(variant.map { index.intern($0) })).sorted()
            if phrases.contains(where: { $0.owner == owner && $0.terms == terms }) { continue }
            let isEcho = !echoStems.isEmpty && variant.allSatisfy { echoStems.contains($0.stem) }
            let window = terms.count <= 1 ? 1 : min(2 * terms.count + 2, 10)
            let specific =
                terms.count >= 2 || variant.contains { $0.kind == .number }
                || !variant.contains { GenericTerms.stems.contains($0.stem) }
            added.append(phrases.count)
            var tolerant = false
            var weak: [Int] = []
            if terms.count >= 4, case .point = owner { tolerant = true }
            if terms.count >= 3, case .plain = owner {
                tolerant = true
                if terms.count == 3 {
                    for token in variant {
                        let id = index.intern(token)
                        if GenericTerms.stems.contains(token.stem) || WordLists.genericWords.contains(token.stem)
                            || echoStems.contains(token.stem)
                        {
                            weak.append(id)
                        }
                    }
                }
            }
            phrases.append(
                CompiledPhrase(
                    terms: terms, window: window, owner: owner, isEcho: isEcho, expectsNegation: negates,
                    isSpecific: specific, toleratesOneMissing: tolerant, weakTerms: weak))
            texts.append(label ?? phrasing)
        }
        return added
    }
}
