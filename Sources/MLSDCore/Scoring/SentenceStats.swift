/// Per-sentence measures of how much an answer explains, as opposed to listing or echoing.
///
/// An interviewer gives full credit for a point made in a sentence that says something about it
/// ("start with logistic regression as a baseline because it is cheap to debug") and little for
/// the same words in a list ("LR, GBDT, two-tower, ANN"). Without a parser the signal is the
/// function words: prose carries prepositions, pronouns and auxiliaries between its content words;
/// lists do not. Articles and "and"/"or" are ignored, so "the X, the Y, the Z" stays a list.
struct SentenceStats {
    /// Credit for a point made in a list or a fragment instead of a sentence.
    static let listCredit = 0.2
    /// Credit for a point made in a short fragment of an otherwise prose answer.
    static let fragmentCredit = 0.8

    private var words: [Int]
    private var functionWords: [Int]
    /// Content words that are neither in the question nor generic: what the candidate added.
    private var novelWords: [Int]

    /// Share of the answer's words that sit in real sentences: when most of an answer is prose, a
    /// short fragment in it ("Offline, NDCG.") is terse speech, not a list.
    private var proseShare = 0.0

    init(_ text: AnalyzedText, echo: Set<String>) {
        let n = text.sentences.count
        words = Array(repeating: 0, count: n)
        functionWords = Array(repeating: 0, count: n)
        novelWords = Array(repeating: 0, count: n)
        for t in text.tokens where t.kind != .alias {
            words[t.sentence] += 1
            if t.isStopWord {
                if !WordLists.weakFunctionWords.contains(t.word) { functionWords[t.sentence] += 1 }
            } else if !echo.contains(t.stem), !WordLists.genericWords.contains(t.stem) {
                novelWords[t.sentence] += 1
            }
        }
        let total = words.reduce(0, +)
        let inProse = words.indices.filter(isProse).reduce(0) { $0 + words[$1] }
        proseShare = total == 0 ? 0 : Double(inProse) / Double(total)
    }

    private func isProse(_ sentence: Int) -> Bool {
        words[sentence] >= 5 && functionWords[sentence] >= 2
    }

    /// 0.2–1: how far a sentence reads as an explanation, given how many distinct points it makes.
    func proseQuality(sentence: Int, points: Int) -> Double {
        guard isProse(sentence) else {
            return points <= 1 && proseShare >= 0.5 ? Self.fragmentCredit : Self.listCredit
        }
        let f = functionWords[sentence]
        return min(1, max(Self.listCredit, Double(f + 1) / Double(max(1, points) + 1)))
    }

    /// 0–1 for a match made only of the question's own words: full credit needs three new words
    /// in the same sentence, so "I'd track offline and online metrics" earns nothing.
    func echoFactor(sentence: Int) -> Double {
        min(1, Double(novelWords[sentence]) / 3)
    }
}
