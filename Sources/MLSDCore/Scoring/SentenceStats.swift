/// Per-sentence measures of how much an answer explains, as opposed to listing or echoing.
///
/// An interviewer gives full credit for a point made in a sentence that says something about it
/// ("start with logistic regression as a baseline because it is cheap to debug") and little for
/// the same words in a list ("LR, GBDT, two-tower, ANN"). Without a parser the signals are shape
/// and function words: a list is a run of short comma-separated items, or words with no
/// preposition, pronoun, auxiliary or common verb between them; prose has them. Articles and "and"/"or" do not
/// count, so "the X, the Y and the Z" stays a list.
struct SentenceStats {
    /// Credit for a point made in a list instead of a sentence.
    static let listCredit = 0.2
    /// Credit for a point made in a short fragment of an otherwise prose answer ("Offline, NDCG.").
    static let fragmentCredit = 0.8

    private var words: [Int]
    private var functionWords: [Int]
    private var commaItems: [Int]
    /// Items joined by commas or "and"/"or": "A and B and C" is as much a list as "A, B, C".
    private var joinedItems: [Int]
    /// Content words that are neither in the question nor generic: what the candidate added.
    private var novelWords: [Int]
    /// Share of the answer's words that sit in prose sentences.
    private var proseShare = 0.0

    init(_ text: AnalyzedText, echo: Set<String>) {
        let n = text.sentences.count
        words = Array(repeating: 0, count: n)
        functionWords = Array(repeating: 0, count: n)
        commaItems = Array(repeating: 1, count: n)
        joinedItems = Array(repeating: 0, count: n)
        novelWords = Array(repeating: 0, count: n)
        for t in text.tokens where t.kind != .alias {
            words[t.sentence] += 1
            if t.followsComma { commaItems[t.sentence] += 1 }
            if t.wordClass.contains(.andOr) { joinedItems[t.sentence] += 1 }
            if t.wordClass.contains(.verb) { functionWords[t.sentence] += 1 }
            if t.isStopWord {
                if !t.wordClass.contains(.weakFunction) { functionWords[t.sentence] += 1 }
            } else if !echo.contains(t.stem), !WordLists.genericWords.contains(t.stem) {
                novelWords[t.sentence] += 1
            }
        }
        let total = words.reduce(0, +)
        let inProse = words.indices.filter(isProse).reduce(0) { $0 + words[$1] }
        proseShare = total == 0 ? 0 : Double(inProse) / Double(total)
    }

    private func isFragment(_ s: Int) -> Bool { words[s] < 5 }

    /// Most of the answer's words sit in prose sentences (a written answer, not a keyword dump).
    var isMostlyProse: Bool { proseShare >= 0.5 }

    func isList(_ s: Int) -> Bool {
        if commaItems[s] >= 3 && Double(words[s]) / Double(commaItems[s]) <= 3 { return true }
        // Joined by "and": a list when almost nothing but the items is said.
        let items = commaItems[s] + joinedItems[s]
        return joinedItems[s] >= 2 && Double(words[s]) / Double(items) <= 4.5
            && Double(functionWords[s]) <= 0.15 * Double(words[s])
    }

    private func isProse(_ s: Int) -> Bool {
        !isFragment(s) && !isList(s) && functionWords[s] >= 1
    }

    /// 0.2–1: how far a sentence reads as an explanation, given how many distinct points it makes.
    func proseQuality(sentence: Int, points: Int) -> Double {
        if isProse(sentence) {
            return min(1, Double(functionWords[sentence] + 2) / Double(max(1, points) + 1))
        }
        if isFragment(sentence), points <= 1, proseShare >= 0.5 { return Self.fragmentCredit }
        return Self.listCredit
    }

    /// 0–1 for a match made only of the question's own words: full credit needs three new words
    /// in the same sentence, so "I'd track offline and online metrics" earns nothing.
    func echoFactor(sentence: Int) -> Double {
        min(1, Double(novelWords[sentence]) / 3)
    }
}
