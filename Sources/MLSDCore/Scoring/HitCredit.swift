/// An answer as the scorer reads it: the step answer (and a follow-up answer, if any), with the
/// per-sentence measures and clause signals the credit of each hit depends on.
struct AnswerAnalysis {
    var texts: [AnalyzedText]
    /// Per text, the stems that only repeat what the candidate was told.
    var echoes: [Set<String>]
    var stats: [SentenceStats]
    var signals: [ClauseSignals]
}

/// How much one hit earns, and which clauses a wrong claim takes out of play.
extension StepScorer {
    /// The first hit of each wrong claim the answer makes, and the clauses those claims occupy.
    /// A claim named in order to reject it ("a random split would leak") is not made.
    func wrongClaims(in hits: [Hit], _ answer: AnswerAnalysis) -> (first: [Int: Hit], blocked: Set<ClauseKey>) {
        var first: [Int: Hit] = [:]
        var blocked: Set<ClauseKey> = []
        for hit in hits where !hit.dismissed {
            guard case .wrong(let w) = phrases[hit.phrase].owner else { continue }
            let text = answer.texts[hit.source]
            let tokens = text.tokens
            // A wrong claim is one assertion: its words must sit in one clause, so "after responding,
            // update the aggregates" is not "update aggregates before responding".
            guard tokens[hit.first].clause == tokens[hit.last].clause else { continue }
            let own = Set(phrases[hit.phrase].terms.map(index.stem))
            guard !CriticismWords.criticises(text, sentenceOf: hit.first, except: own) else { continue }
            // A question asserts nothing: "I'd ask whether the goal is requests sent or accepted".
            guard !answer.signals[hit.source].question[hit.sentence], !Self.asksWhether(text, before: hit.first) else {
                continue
            }
            if first[w] == nil { first[w] = hit }
            for c in tokens[hit.first].clause...tokens[hit.last].clause {
                blocked.insert(ClauseKey(source: hit.source, clause: c))
            }
        }
        return (first, blocked)
    }

    /// "whether" (or "ask if") earlier in the hit's sentence: the words after it are asked, not claimed.
    private static func asksWhether(_ text: AnalyzedText, before token: Int) -> Bool {
        let tokens = text.tokens
        let sentence = text.sentences[tokens[token].sentence]
        return (sentence.lowerBound..<token).contains { i in
            tokens[i].word == "whether" || tokens[i].word == "if" && i > 0 && tokens[i - 1].word.hasPrefix("ask")
        }
    }

    /// A hit's share of its point's weight, and whether it came with substance.
    /// - Parameters:
    ///   - pointsInSentence: how many distinct points the hit's sentence makes.
    ///   - specificDetail: a specific detail of the same point is in the hit's sentence.
    func credit(_ hit: Hit, pointsInSentence: Int, specificDetail: Bool, _ answer: AnswerAnalysis) -> (Double, Bool) {
        let (value, substance) = exactCredit(
            hit, pointsInSentence: pointsInSentence, specificDetail: specificDetail, answer)
        return (hit.approximate ? min(value, ScoringPolicy.approximateCredit) : value, substance)
    }

    private func exactCredit(_ hit: Hit, pointsInSentence: Int, specificDetail: Bool, _ answer: AnswerAnalysis) -> (
        Double, Bool
    ) {
        let phrase = phrases[hit.phrase]
        let text = answer.texts[hit.source]
        let stat = answer.stats[hit.source]
        let isEcho = phrase.isEcho || (hit.source > 0 && phrase.isMade(of: answer.echoes[hit.source], in: index))
        let echo = isEcho ? stat.echoFactor(sentence: hit.sentence) : 1
        let quality = stat.proseQuality(sentence: hit.sentence, points: pointsInSentence)
        let signal = answer.signals[hit.source]
        if signal.announcing[hit.sentence] { return (quality * echo * ScoringPolicy.announcementCredit, false) }
        let listed = stat.isList(hit.sentence)
        // A list of decisions with their specifics ("drift (PSI) by merchant, BIN and region")
        // is not a list of topic names: a specific detail of the point in it earns part of the weight.
        // Only inside an answer that is mostly prose: a bare keyword list stays a list.
        if listed, specificDetail, echo >= 1, stat.isMostlyProse {
            return (ScoringPolicy.listWithDetailCredit, true)
        }
        let tokens = text.tokens
        let span = tokens[hit.first].position...tokens[hit.last].position
        let terse = echo >= 1 && isTerseDecision(hit, in: text)
        let substance =
            !listed && echo >= 1
            && ((stepID == .requirements && signal.question[hit.sentence])
                || specificDetail || terse || plainWithReason(phrase, signal, tokens[hit.first].clause)
                || signal.hasSubstance(near: tokens[hit.first].clause, span: span)
                || signal.hasSubstance(near: tokens[hit.last].clause, span: span))
        if terse, !listed { return (max(quality, SentenceStats.fragmentCredit) * echo, true) }
        // Naming many points in one prose sentence without backing any is a topic tour: its
        // mentions share the credit of a few (a keyword list already earns the list credit).
        let tour = listed ? 1 : min(1, ScoringPolicy.tourPoints / Double(max(1, pointsInSentence)))
        return (quality * echo * (substance ? 1 : ScoringPolicy.mentionCredit * tour), substance)
    }

    /// A point described in everyday words is described, not named: the sentence's number or reason
    /// backs it wherever it sits, as a plain speaker puts the reason after the whole description.
    private func plainWithReason(_ phrase: CompiledPhrase, _ signal: ClauseSignals, _ clause: Int) -> Bool {
        guard case .plain = phrase.owner else { return false }
        return signal.sentenceHasSubstance(clause)
    }

    /// A named choice in an expert's clipped fragment ("PR AUC at fixed review capacity", "calibrate
    /// with isotonic"): a specific phrasing in a short clause of a sentence with no speaker, qualified
    /// by a technical word of the case that is not the question's. A bare topic ("drift monitoring")
    /// or a judgement ("the operating point matters") has no qualifier and stays a mention.
    private func isTerseDecision(_ hit: Hit, in text: AnalyzedText) -> Bool {
        let phrase = phrases[hit.phrase]
        guard phrase.terms.contains(where: { !GenericTerms.stems.contains(index.stem($0)) }) else { return false }
        let tokens = text.tokens
        let clause = text.clauses[tokens[hit.first].clause]
        guard tokens[hit.first].clause == tokens[hit.last].clause, clause.count <= ScoringPolicy.terseClauseWords else {
            return false
        }
        // The whole sentence is clipped: an explanation ("…, which is why …") has a speaker or a verb "be".
        guard
            !text.sentences[tokens[hit.first].sentence].contains(where: {
                !tokens[$0].wordClass.isDisjoint(with: [.subject, .auxiliary])
            })
        else {
            return false
        }
        let own = Set(phrase.terms.map(index.stem))
        var qualified = false
        for i in clause {
            let t = tokens[i]
            // The qualifier is a word of the case's field ("isotonic", "capacity"), not a judgement ("matters").
            if t.isContent, t.kind == .word, !own.contains(t.stem), !echoStems.contains(t.stem),
                topicStems.contains(t.stem) || foreignStems.contains(t.stem), !Self.judgements.contains(t.word)
            {
                qualified = true
            }
        }
        return qualified
    }

    /// Words that judge a choice instead of specifying it.
    private static let judgements: Set<String> = [
        "matter", "matters", "important", "key", "crucial", "essential", "critical",
        "useful", "helpful", "helps", "relevant", "needed", "necessary", "nice",
    ]
}

struct ClauseKey: Hashable {
    var source: Int
    var clause: Int
}
