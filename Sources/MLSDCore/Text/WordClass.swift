/// The closed-class roles of a word, looked up once per distinct word: segmentation, negation and
/// prose checks then test bits instead of hashing the word into a dozen sets.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt32

    static let stop = WordClass(rawValue: 1 << 0)
    static let weakFunction = WordClass(rawValue: 1 << 1)
    static let subject = WordClass(rawValue: 1 << 2)
    static let auxiliary = WordClass(rawValue: 1 << 3)
    static let conjunction = WordClass(rawValue: 1 << 4)
    static let negator = WordClass(rawValue: 1 << 5)
    static let dismissiveAfterNegator = WordClass(rawValue: 1 << 6)
    static let dismissal = WordClass(rawValue: 1 << 7)
    static let rightward = WordClass(rawValue: 1 << 8)
    static let idiom = WordClass(rawValue: 1 << 9)
    static let comparative = WordClass(rawValue: 1 << 10)
    static let negativeVerb = WordClass(rawValue: 1 << 11)
    static let andOr = WordClass(rawValue: 1 << 12)
    static let verb = WordClass(rawValue: 1 << 13)
    static let adverb = WordClass(rawValue: 1 << 14)
    static let opinion = WordClass(rawValue: 1 << 15)
    /// Scoring signals (see ClauseSignals): tested as bits so that a token costs no extra hashing.
    static let reason = WordClass(rawValue: 1 << 16)
    static let quantity = WordClass(rawValue: 1 << 17)
    static let rate = WordClass(rawValue: 1 << 18)
    static let announce = WordClass(rawValue: 1 << 19)
    static let pairStart = WordClass(rawValue: 1 << 20)
    static let cause = WordClass(rawValue: 1 << 22)
    /// Words of approval ("good", "excellent", "enough"): one term when matching, so a wrong claim
    /// is "<the wrong thing> + <approval>" whichever approving word the answer uses.
    static let endorsement = WordClass(rawValue: 1 << 23)
    static let signals: WordClass = [.reason, .quantity, .rate, .announce, .pairStart]
    /// Judges what its sentence names as a mistake (see CriticismWords).
    static let criticism = WordClass(rawValue: 1 << 21)

    /// Words that, after a negator, make it mean the opposite or nothing ("don't skip").
    static let flips: WordClass = [.dismissal, .negativeVerb, .rightward]

    static func of(_ word: String) -> WordClass {
        var c = table[word] ?? []
        if word.hasSuffix("n't") { c.insert(.negator) }
        return c
    }

    private static let table: [String: WordClass] = {
        var t: [String: WordClass] = [:]
        func add(_ words: some Sequence<String>, _ c: WordClass) {
            for w in words { t[w, default: []].insert(c) }
        }
        add(WordLists.stopWords, .stop)
        add(WordLists.weakFunctionWords, .weakFunction)
        add(WordLists.subjectPronouns, .subject)
        add(WordLists.auxiliaries, .auxiliary)
        add(WordLists.clauseConjunctions, .conjunction)
        add(["and", "or"], .andOr)
        add(WordLists.commonVerbs, .verb)
        add(WordLists.adverbs, .adverb)
        add(WordLists.opinionVerbs, .opinion)
        add(NegationLexicon.negators, .negator)
        add(NegationLexicon.dismissiveAfterNegator, .dismissiveAfterNegator)
        add(NegationLexicon.dismissalWords, .dismissal)
        add(NegationLexicon.rightwardWords, .rightward)
        add(NegationLexicon.idiomsAfterNegator, .idiom)
        add(NegationLexicon.comparatives, .comparative)
        add(NegationLexicon.negativeVerbs, .negativeVerb)
        add(SignalWords.reason, .reason)
        add(SignalWords.cause, .cause)
        add(WordLists.endorsements, .endorsement)
        add(SignalWords.quantity, .quantity)
        add(SignalWords.rate, .rate)
        add(SignalWords.announceForms, .announce)
        add(SignalWords.reasonPairs.keys, .pairStart)
        add(CriticismWords.words, .criticism)
        return t
    }()
}
