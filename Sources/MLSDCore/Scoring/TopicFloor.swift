/// What an answer is about, as opposed to which points it makes: the step's own subject earns a
/// small floor, and an answer about another system earns nothing at all.
extension StepScorer {
    /// 0–`topicalCredit`: how much of the step's own vocabulary the answer uses in prose, outside
    /// negations, announcements, lists and topic tours (a sentence naming many points); nil when
    /// it uses more words only the case's other steps use: it answers a different step and gets no floor.
    func topicality(_ answer: AnswerAnalysis, _ tally: CoverageTally) -> Double? {
        var seen = Set<String>()
        var foreign = Set<String>()
        var stated = false
        for (s, text) in answer.texts.enumerated()
        where text.looksLikeLanguage && text.stopWordShare >= ScoringPolicy.topicalStopWordShare {
            for t in text.tokens where t.isContent && !t.dismissed {
                if foreignStems.contains(t.stem) { foreign.insert(t.stem); continue }
                guard !answer.signals[s].announcing[t.sentence] else { continue }
                // Naming the case's things, even in a list ("the amount, the country"), states something.
                if caseStems.contains(t.stem) { stated = true }
                guard topicStems.contains(t.stem), !answer.stats[s].isList(t.sentence),
                    Double(tally.points(source: s, sentence: t.sentence)) <= ScoringPolicy.tourPoints
                else { continue }
                seen.insert(t.stem)
            }
        }
        // A word of another step in an everyday answer does not make it an answer to that step.
        guard foreign.count <= max(seen.count, 1) else { return nil }
        let own = min(ScoringPolicy.topicalWords, seen.count)
        // A statement in prose about the case, in however everyday words, is a choice stated:
        // it earns a little where an announcement of topics earns nothing. Not a rejection of a point
        // an expert expects ("we don't need a baseline"): that is a wrong judgement, not a choice.
        let choice = stated && tally.dismissed.allSatisfy { $0 == nil }
        return max(
            choice ? ScoringPolicy.statedCredit : 0,
            ScoringPolicy.topicalCredit * Double(own) / Double(ScoringPolicy.topicalWords))
    }

    /// 0–1: how far the answer is about this case at all. An answer about another system (an ETA
    /// service offered for surge pricing, heated car seats for fraud features) shares the field's
    /// everyday words with this one but few of the case's own; whatever points its words happen to
    /// match, an interviewer gives it nothing. Measured as the share of the answer's specific words
    /// (not generic ML words) that the case's texts use anywhere; 1 when the case is described in
    /// too few words to tell, or the answer is too short to judge.
    func onCaseFactor(_ answer: AnswerAnalysis) -> Double {
        guard caseStems.count >= ScoringPolicy.caseVocabularyMinimum else { return 1 }
        var total = 0, inCase = 0
        for text in answer.texts where text.looksLikeLanguage {
            for t in text.tokens
            where t.kind == .word && t.isContent
                && !GenericTerms.stems.contains(t.stem) && !WordLists.genericWords.contains(t.stem)
            {
                total += 1
                if caseStems.contains(t.stem) { inCase += 1 }
            }
        }
        guard total >= ScoringPolicy.onCaseMinimumWords else { return 1 }
        let share = Double(inCase) / Double(total)
        let (low, high) = ScoringPolicy.onCaseShare
        return min(1, max(0, (share - low) / (high - low)))
    }

    /// The step's subject: content stems of its hints, outline and technical rubric texts that are
    /// neither in the question nor generic.
    static func vocabulary(of step: Step, echo: Set<String>, cache: TextCache) -> Set<String> {
        var topic = Set<String>()
        let technicalTexts = step.points.flatMap { [$0.title] + $0.phrasings + $0.details }
        for text in step.hints + step.outline + technicalTexts {
            for stem in cache.contentStems(text) where !echo.contains(stem) && !WordLists.genericWords.contains(stem) {
                topic.insert(stem)
            }
        }
        return topic
    }
}
