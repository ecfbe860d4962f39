/// Scores free-text answers to one step of a case against its rubric.
///
/// Built once per step: every phrasing, detail and pitfall phrase is analysed and stemmed up
/// front, so `score` only analyses the answer and walks it once. Deterministic, no I/O, and linear
/// in the length of the answer.
public struct StepScorer: Sendable {
    public let stepID: StepID
    private let points: [RubricPoint]
    private let pitfalls: [Pitfall]
    private let index: TermIndex
    private let phrases: [CompiledPhrase]
    private let phraseTexts: [String]
    /// Content stems of the prompt and the scenario: repeating them earns nothing.
    private let echoStems: Set<String>
    /// Content stems of the step's rubric texts that are not in the question: the step's subject.
    private let topicStems: Set<String>
    private let picker: FollowupPicker
    private let totalWeight: Double

    /// - Parameters:
    ///   - scenario: the case scenario, whose words (like the prompt's) earn no credit when repeated.
    ///   - pitfalls: the shared catalog; only those listing this step are checked.
    public init(step: Step, scenario: String = "", pitfalls: [Pitfall] = []) {
        stepID = step.id
        points = step.points
        self.pitfalls = pitfalls.filter { $0.steps.contains(step.id) }
        let echo = Set(TextAnalyzer.analyze(step.prompt + "\n\n" + scenario).tokens.filter(\.isContent).map(\.stem))
        echoStems = echo

        var compiler = PhraseCompiler(echoStems: echo)
        let acronyms = AcronymExpansion(groups: step.points.map { $0.phrasings + $0.details }
            + self.pitfalls.flatMap { [$0.triggers, $0.unless] })
        func add(_ texts: [String], _ owner: PhraseOwner) {
            for text in texts {
                _ = compiler.add(text, owner: owner)
                for variant in acronyms.variants(of: text) { _ = compiler.add(variant, owner: owner, label: text) }
            }
        }
        for (p, point) in step.points.enumerated() {
            add(point.phrasings, .point(p))
            add(point.details, .detail(p))
        }
        for (k, pitfall) in self.pitfalls.enumerated() {
            add(pitfall.triggers, .trigger(k))
            add(pitfall.unless, .unless(k))
        }
        // Words the case itself uses are spelt right: typo tolerance must not bend them.
        let pointTexts = step.points.flatMap { [$0.title, $0.why, $0.question] + $0.phrasings + $0.details }
        let pitfallTexts = self.pitfalls.flatMap { [$0.title, $0.why] + $0.triggers + $0.unless }
        for text in [step.prompt, scenario] + step.hints + step.outline + step.followups.map(\.question) + pointTexts + pitfallTexts {
            compiler.index.learn(TextAnalyzer.analyze(text))
        }
        var topic = Set<String>()
        let technicalTexts = step.points.flatMap { [$0.title] + $0.phrasings + $0.details }
        for text in step.hints + step.outline + technicalTexts {
            for t in TextAnalyzer.analyze(text).tokens where t.isContent && !echo.contains(t.stem) && !WordLists.genericWords.contains(t.stem) {
                topic.insert(t.stem)
            }
        }
        topicStems = topic
        index = compiler.index
        phrases = compiler.phrases
        phraseTexts = compiler.texts
        picker = FollowupPicker(step: step)
        totalWeight = Double(max(1, step.points.reduce(0) { $0 + max(0, $1.weight) }))
    }

    /// The scorer for one step of a case, or nil if the case lacks that step.
    public init?(caseStudy: CaseStudy, step: StepID, pitfalls: [Pitfall] = []) {
        guard let s = caseStudy.step(step) else { return nil }
        self.init(step: s, scenario: caseStudy.scenario, pitfalls: pitfalls)
    }

    public func score(answer: String) -> StepScore {
        score(answer: answer, followup: nil)
    }

    /// Scores an answer together with the answer to a follow-up question: a point made in either
    /// counts, and a point dismissed in one but made in the other counts as made.
    public func score(answer: String, followup: FollowupAnswer?) -> StepScore {
        var texts = [TextAnalyzer.analyze(answer)]
        var echoes = [echoStems]
        if let followup {
            texts.append(TextAnalyzer.analyze(followup.answer))
            let asked = TextAnalyzer.analyze(followup.question).tokens.filter(\.isContent).map(\.stem)
            echoes.append(echoStems.union(asked))
        }
        let allMissed = Array(points.indices).sorted(by: moreImportant)
        guard texts.contains(where: { !$0.isEmpty && $0.looksLikeLanguage }) else {
            return StepScore(score: 0, level: .missing, covered: [], dismissed: [], missed: allMissed.map(missedPoint),
                             pitfalls: [], followup: picker.pick(missed: allMissed, answered: []))
        }

        var hits: [Hit] = []
        for (s, text) in texts.enumerated() where !text.isEmpty && text.looksLikeLanguage {
            hits += PhraseMatcher.hits(in: text, source: s, index: index, phrases: phrases)
        }
        let stats = zip(texts, echoes).map { SentenceStats($0, echo: $1) }
        let tally = CoverageTally(hits: hits, phrases: phrases, pointCount: points.count) { hit in
            let phrase = phrases[hit.phrase]
            let isEcho = phrase.isEcho || (hit.source > 0 && phrase.terms.allSatisfy { echoes[hit.source].contains(index.stem($0)) })
            return isEcho ? stats[hit.source].echoFactor(sentence: hit.sentence) : 1
        } quality: { hit, pointsInSentence in
            stats[hit.source].proseQuality(sentence: hit.sentence, points: pointsInSentence)
        }

        var covered: [CoveredPoint] = []
        var dismissed: [DismissedPoint] = []
        var missed: [Int] = []
        var raw = 0.0
        for (p, point) in points.enumerated() {
            let weight = Double(max(0, point.weight))
            if let best = tally.best[p], best.credit >= ScoringPolicy.minimumCredit {
                let details = tally.details[p].map { phraseTexts[$0] }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                let depth = point.details.isEmpty ? 0 : min(1, Double(details.count) / Double(min(2, point.details.count)))
                raw += weight * best.credit * (1 + ScoringPolicy.depthBonus * depth)
                covered.append(CoveredPoint(id: point.id, title: point.title, evidence: Evidence.quote(best.hit, in: texts[best.hit.source]),
                                            credit: (best.credit * 100).rounded() / 100, details: details))
            } else if let hit = tally.dismissed[p] {
                raw -= weight * ScoringPolicy.dismissalPenalty
                dismissed.append(DismissedPoint(id: point.id, title: point.title, evidence: Evidence.quote(hit, in: texts[hit.source])))
                missed.append(p)
            } else {
                missed.append(p)
            }
        }
        let pitfallHits = PitfallDetector.detect(pitfalls, hits: hits, phrases: phrases, texts: texts)
        raw = raw / totalWeight - ScoringPolicy.pitfallPenalty * Double(pitfallHits.count)
        let coverage = min(100, max(0, 100 * raw / ScoringPolicy.fullMarks))
        let score = (max(coverage, topicality(texts)) * 10).rounded() / 10

        let dismissedIDs = Set(dismissed.map(\.id))
        let missedOrdered = missed.sorted(by: moreImportant)
        let answered = missedOrdered.isEmpty ? Set(texts.flatMap { $0.tokens.filter(\.isContent).map(\.stem) }) : []
        return StepScore(score: score, level: StepScore.Level(score: score), covered: covered, dismissed: dismissed,
                         missed: missedOrdered.filter { !dismissedIDs.contains(points[$0].id) }.map(missedPoint),
                         pitfalls: pitfallHits, followup: picker.pick(missed: missedOrdered, answered: answered))
    }

    /// 0–`topicalCredit`: how much of the step's own vocabulary the answer uses outside negations.
    private func topicality(_ texts: [AnalyzedText]) -> Double {
        var seen = Set<String>()
        // Only prose counts: a bare list of the step's words is scored by coverage alone.
        for text in texts where text.looksLikeLanguage && text.stopWordShare >= ScoringPolicy.topicalStopWordShare {
            for t in text.tokens where t.isContent && !t.dismissed && topicStems.contains(t.stem) {
                seen.insert(t.stem)
                if seen.count >= ScoringPolicy.topicalWords { return ScoringPolicy.topicalCredit }
            }
        }
        return ScoringPolicy.topicalCredit * Double(seen.count) / Double(ScoringPolicy.topicalWords)
    }

    private func moreImportant(_ a: Int, _ b: Int) -> Bool {
        points[a].weight != points[b].weight ? points[a].weight > points[b].weight : a < b
    }

    private func missedPoint(_ p: Int) -> MissedPoint {
        MissedPoint(id: points[p].id, title: points[p].title, why: points[p].why, weight: points[p].weight)
    }
}
