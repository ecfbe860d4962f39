/// What each clause and sentence of an answer says besides naming things: a number, a reason or
/// trade-off, a question, or only an announcement of topics.
///
/// An interviewer gives full credit for a decision with its reason, number or mechanism ("PR AUC,
/// because fraud is 0.1% of payments") and little for a topic named ("we'll look at metrics").
/// These are the signals a clause carries; `CoverageTally` decides the tier of each hit from them.
struct ClauseSignals {
    /// Per clause: content positions of the numbers, reasons and trade-offs it holds ("100 ms",
    /// "because", "so that"). A signal backs the decision said next to it, not every topic its
    /// clause lists.
    private var signals: [[Int]]
    /// Per clause: a digit or a causal reason ("because", "so that", "to avoid"): what turns an
    /// announcement into a decision. Comparisons and conditions ("recall versus precision", "when
    /// things fail") are topic names inside an announcement.
    private var decisive: [Bool]
    /// Per sentence: it ends with a question mark.
    private(set) var question: [Bool]
    /// Per sentence: it only announces topics ("I would talk about …", "we'll cover how we monitor it").
    private(set) var announcing: [Bool]
    private let clauseSentence: [Int]
    private let sentenceClauses: [Range<Int>]
    /// How far (in content words) a number or reason reaches from the decision it backs.
    static let reach = 5

    init(_ text: AnalyzedText) {
        let tokens = text.tokens
        signals = Array(repeating: [], count: text.clauses.count)
        decisive = Array(repeating: false, count: text.clauses.count)
        question = Array(repeating: false, count: text.sentences.count)
        announcing = Array(repeating: false, count: text.sentences.count)
        var clauseSentence = Array(repeating: 0, count: text.clauses.count)
        var sentenceClauses = Array(repeating: 0..<0, count: text.sentences.count)
        for (c, range) in text.clauses.enumerated() where !range.isEmpty {
            clauseSentence[c] = tokens[range.lowerBound].sentence
        }
        for (s, range) in text.sentences.enumerated() where !range.isEmpty {
            sentenceClauses[s] = tokens[range.lowerBound].clause..<(tokens[range.upperBound - 1].clause + 1)
        }
        self.clauseSentence = clauseSentence
        self.sentenceClauses = sentenceClauses

        var wordIndex: [Int] = []
        wordIndex.reserveCapacity(tokens.count)
        for (i, t) in tokens.enumerated() where t.kind != .alias { wordIndex.append(i) }
        var announceSeen = Array(repeating: false, count: text.sentences.count)
        var hasSubject = Array(repeating: false, count: text.sentences.count)
        for (n, i) in wordIndex.enumerated() {
            let t = tokens[i]
            if t.kind == .number { signals[t.clause].append(t.position); decisive[t.clause] = true; continue }
            // One bit test per token: the word lists were looked up once per distinct word.
            let c = t.wordClass
            if c.contains(.subject) { hasSubject[t.sentence] = true }
            guard !c.isDisjoint(with: WordClass.signals) else { continue }
            if c.contains(.quantity) { signals[t.clause].append(t.position); continue }
            if c.contains(.reason) { signals[t.clause].append(t.position) }
            if c.contains(.cause) { decisive[t.clause] = true }
            guard !c.isDisjoint(with: [.rate, .pairStart, .announce]) else { continue }
            let sameSentence = n + 1 < wordIndex.count && tokens[wordIndex[n + 1]].sentence == t.sentence
            let next = sameSentence ? tokens[wordIndex[n + 1]].word : ""
            if c.contains(.rate), SignalWords.units.contains(next) { signals[t.clause].append(t.position) }
            // "how to avoid leakage" names a topic; a purpose said as a goal decides.
            let afterHow = n > 0 && tokens[wordIndex[n - 1]].word == "how"
            if c.contains(.pairStart), !afterHow, SignalWords.reasonPairs[t.word]?.contains(next) == true {
                signals[t.clause].append(t.position)
                // A cost, a trade-off or a mechanism backs a decision but does not turn an announcement
                // into one: "I'd discuss the cost of errors" still only names a topic.
                if !SignalWords.namingPairs.contains(t.word + " " + next) { decisive[t.clause] = true }
            }
            if c.contains(.announce) {
                // The speaker announcing ("I'd talk about", "we'll look into", "let me cover caching",
                // "I'd describe the budget"), not a thing deciding ("the model decides what gets labelled").
                let previous = n > 0 && tokens[wordIndex[n - 1]].sentence == t.sentence ? tokens[wordIndex[n - 1]] : nil
                // "to" leads only after a wish ("I want to discuss"): "an A/B test to cover weekly
                // cycles" is a purpose.
                let wish = n > 1 && SignalWords.wishes.contains(tokens[wordIndex[n - 2]].word)
                let spoken =
                    previous.map {
                        !$0.wordClass.isDisjoint(with: [.subject, .auxiliary])
                            || SignalWords.announceLeaders.contains($0.word) && ($0.word != "to" || wish)
                    } ?? false
                if spoken, SignalWords.announceFollowers.contains(next) || SignalWords.tellingVerbs.contains(t.word) {
                    announceSeen[t.sentence] = true
                }
            }
        }
        for (s, range) in text.sentences.enumerated() where !range.isEmpty {
            question[s] = Self.endsWithQuestionMark(text, tokens[range.upperBound - 1])
            // An announcement that gives a number or a cause is deciding after all. A sentence with
            // no speaker right after an announcement goes on with its tour ("Then caching and the fallback.").
            let clauses = sentenceClauses[s]
            let continues = s > 0 && announcing[s - 1] && !hasSubject[s]
            announcing[s] = (announceSeen[s] || continues) && !clauses.contains { decisive[$0] }
        }
    }

    /// A number or a reason next to the words at content positions `span`, in their clause or a
    /// clause next to it in the same sentence ("X, because Y": the reason opens a clause of its own).
    func hasSubstance(near clause: Int, span: ClosedRange<Int>) -> Bool {
        guard clause < signals.count else { return false }
        let s = clauseSentence[clause]
        for c in max(clause - 1, sentenceClauses[s].lowerBound)...min(clause + 1, sentenceClauses[s].upperBound - 1) {
            for p in signals[c] where p >= span.lowerBound - Self.reach && p <= span.upperBound + Self.reach {
                return true
            }
        }
        return false
    }

    /// A number or a reason anywhere in the sentence of `clause`.
    func sentenceHasSubstance(_ clause: Int) -> Bool {
        guard clause < signals.count else { return false }
        return sentenceClauses[clauseSentence[clause]].contains { !signals[$0].isEmpty }
    }

    private static func endsWithQuestionMark(_ text: AnalyzedText, _ last: Token) -> Bool {
        var index = last.range.upperBound
        let scalars = text.text.unicodeScalars
        var steps = 0
        while index < scalars.endIndex, steps < 4 {
            let c = scalars[index]
            if c == "?" { return true }
            if c == "." || c == "!" || c == "\n" || CharClass.isLetter(c) { return false }
            index = scalars.index(after: index)
            steps += 1
        }
        return false
    }
}

/// The words behind ClauseSignals, looked up once per distinct word through WordClass.
enum SignalWords {
    /// Words that give the clause they open (or sit in) a reason, a purpose or a trade-off.
    static let reason: Set<String> = cause.union([
        "tradeoff", "tradeoffs", "versus", "vs", "cheaper", "faster", "slower",
        "safer", "simpler", "costlier", "instead", "rather", "unless", "until",
        "if", "when", "whenever", "once",
    ])
    /// Causal reasons: they decide, where a comparison or a condition may only name a topic.
    static let cause: Set<String> = ["because", "since", "so", "therefore", "hence", "thus", "otherwise"]
    /// Quantities written as words: "one percent", "a fifth of a second", "retrain weekly".
    static let quantity: Set<String> = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "dozen", "twenty", "fifty", "hundred", "hundreds", "thousand", "thousands",
        "million", "millions", "billion", "billions", "percent", "half", "quarter",
        "third", "fifth", "tenth", "twice", "double", "triple", "hourly", "daily",
        "nightly", "weekly", "monthly", "overnight", "millisecond", "milliseconds",
    ]
    /// "every day", "per request": a rate or a cadence.
    static let rate: Set<String> = ["every", "per"]
    static let units: Set<String> = [
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week",
        "weeks", "month", "months", "night", "request", "query", "user", "transaction",
        "impression", "payment", "session", "region", "segment", "market",
    ]
    /// Two-word reasons, by first word: the second word must follow it.
    static let reasonPairs: [String: Set<String>] = {
        var pairs: [String: Set<String>] = [:]
        for pair in reasonPairList {
            let words = pair.split(separator: " ").map(String.init)
            pairs[words[0], default: []].insert(words[1])
        }
        return pairs
    }()
    /// Pairs that back a decision without deciding: a cost, a trade-off, a mechanism.
    static let namingPairs: Set<String> = [
        "cost of", "expense of", "trade off", "based on", "trained on", "learned from",
        "computed from", "built from", "derived from", "weighted by", "adjusted for",
    ]
    private static let reasonPairList: [String] = [
        "so that", "order to", "which means", "that means", "to avoid", "to prevent",
        "to keep", "to make", "to catch", "to cut", "to stop", "to reduce",
        "to limit", "to protect", "to correct", "cost of", "expense of", "that way",
        "trade off", "as long", "only if", "only when", "which lets", "which gives",
        "to ensure", "to guarantee", "to bound", "to match", "to separate",
        // A mechanism: how the thing is made ("a closeness score based on co-views").
        "based on", "trained on", "learned from", "computed from", "built from",
        "derived from", "weighted by", "adjusted for",
    ]
    /// Verbs that announce a topic instead of deciding it.
    static let announce: Set<String> = [
        "talk", "discuss", "cover", "mention", "touch", "address", "outline", "explain",
        "describe", "explore", "revisit", "walk", "go", "dive", "list", "review", "consider",
        "think", "look", "figure", "decide", "determine", "handle", "plan", "focus",
    ]
    /// What turns an announcing verb into an announcement: "talk about", "look into", "figure out how".
    /// Not "at" or "on": "we'd look at PR AUC", "focus on recall" choose the one thing they name.
    static let announceFollowers: Set<String> = [
        "about", "into", "over", "through", "out", "how", "whether",
        "what", "which", "topics", "aspects", "things",
    ]

    /// Verbs of telling that announce when their speaker says them ("I'd describe the budget"): unlike
    /// "handle" or "consider" they never carry the decision itself.
    static let tellingVerbs: Set<String> = {
        var forms = Set<String>()
        for verb in [
            "talk", "discuss", "cover", "mention", "touch", "outline", "describe", "explore", "revisit", "walk", "dive",
            "list", "review",
            "explain",
        ] {
            forms.formUnion([verb, verb + "s", verb.hasSuffix("e") ? String(verb.dropLast()) + "ing" : verb + "ing"])
        }
        return forms
    }()
    /// Words before a telling verb that make it the speaker's: "let me cover", "I want to discuss", "then outline".
    /// Before "to", what makes the verb after it the speaker's plan: "I'd like to cover", "going to discuss".
    static let wishes: Set<String> = [
        "want", "wants", "like", "love", "going", "plan", "planning", "try", "start", "begin", "need", "have",
    ]
    static let announceLeaders: Set<String> = [
        "me", "to", "then", "first", "next", "also", "briefly", "quickly", "now", "finally",
    ]

    /// The announcing verbs as written: base, -s, -ing and -ed forms.
    static let announceForms: Set<String> = {
        var forms = Set<String>()
        for verb in announce {
            forms.insert(verb)
            forms.insert(verb + "s")
            forms.insert(verb.hasSuffix("e") ? String(verb.dropLast()) + "ing" : verb + "ing")
            forms.insert(verb.hasSuffix("e") ? verb + "d" : verb + "ed")
        }
        forms.formUnion(["going", "thought", "looked", "dove"])
        return forms
    }()
}
