/// The vocabulary of a rubric: every stem its phrasings use, numbered, with an index for finding
/// them in an answer despite one typo.
///
/// A typo is forgiven only in words of six letters or more, and only for answer words that are not
/// themselves known words: "simple" is never read as a misspelt "sample" when the case's own texts
/// (or the small list of common words) contain "simple".
struct TermIndex: Sendable {
    private(set) var ids: [String: Int] = [:]
    private var stems: [String] = []
    /// Each term's written forms, to verify a typo candidate against.
    private var surfaces: [[String]] = []
    /// Word, stem and their one-letter deletions → terms that may be within one edit.
    private var fuzzy: [String: [Int]] = [:]
    /// Stems of real words seen in the case or the common-word list.
    private var lexicon: Set<String> = CommonWords.stems
    /// The longest form registered for typo lookup: a word two letters longer cannot be one edit
    /// away, and its deletions (n strings of n - 1 letters) would cost memory quadratic in its length.
    private var longestFuzzy = 0

    var count: Int { stems.count }

    func stem(_ id: Int) -> String { stems[id] }

    /// The term a token stands for: its stem, or one shared term for every word of approval.
    static func key(_ token: Token) -> String {
        token.wordClass.contains(.endorsement) ? "=endorsement" : token.stem
    }

    /// Numbers a phrasing token, registering it for typo lookup when long enough.
    mutating func intern(_ token: Token) -> Int {
        let id: Int
        let key = Self.key(token)
        if let existing = ids[key] {
            id = existing
            if surfaces[id].contains(token.word) { return id }
            surfaces[id].append(token.word)
        } else {
            id = stems.count
            ids[key] = id
            stems.append(key)
            surfaces.append([token.word])
            if Self.isTypoEligible(token) { addFuzzy(token.stem, id) }
        }
        if Self.isTypoEligible(token) { addFuzzy(token.word, id) }
        return id
    }

    /// Records the words of a text the candidate may legitimately use.
    mutating func learn(_ text: AnalyzedText) {
        for t in text.tokens where t.kind == .word { lexicon.insert(t.stem) }
    }

    /// The terms an answer token stands for: its own stem, or failing that one within a typo.
    func lookup(_ token: Token) -> [Int] {
        if let id = ids[Self.key(token)] { return [id] }
        guard Self.isTypoEligible(token), !token.isStopWord, !lexicon.contains(token.stem) else { return [] }
        var found: [Int] = []
        let forms = [token.word, token.stem].filter { $0.utf8.count <= longestFuzzy + 1 }
        for key in forms + forms.flatMap(EditDistance.deletions) {
            for id in fuzzy[key] ?? [] where !found.contains(id) && isTypo(token, of: id) {
                found.append(id)
            }
        }
        return found.sorted()
    }

    private func isTypo(_ token: Token, of id: Int) -> Bool {
        if min(token.stem.utf8.count, stems[id].utf8.count) >= EditDistance.minimumTypoLength - 1,
            EditDistance.withinOneEdit(token.stem, stems[id])
        {
            return true
        }
        return surfaces[id].contains {
            $0.utf8.count >= EditDistance.minimumTypoLength && EditDistance.withinOneEdit(token.word, $0)
        }
    }

    private mutating func addFuzzy(_ form: String, _ id: Int) {
        longestFuzzy = max(longestFuzzy, form.utf8.count)
        for key in [form] + EditDistance.deletions(form) where !(fuzzy[key]?.contains(id) ?? false) {
            fuzzy[key, default: []].append(id)
        }
    }

    private static func isTypoEligible(_ token: Token) -> Bool {
        // Capped too: a 300,000-letter "word" would have 300,000 deletions of 300,000 bytes each.
        (EditDistance.minimumTypoLength...EditDistance.maximumTypoLength).contains(token.word.utf8.count)
            && token.kind == .word && token.word.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
    }
}
