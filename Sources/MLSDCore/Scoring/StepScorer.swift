/// Scores free-text answers to one step of a case against its rubric, the way a senior interviewer
/// listens: a decision said with its reason, number or mechanism earns a point's weight; naming the
/// point earns the mention tier; a wrong claim costs credit and is reported with its fix.
///
/// Built once per step: every phrasing, detail, wrong claim and pitfall phrase is analysed and
/// stemmed up front, so `score` only analyses the answer and walks it once. Deterministic, no I/O,
/// and linear in the length of the answer.
public struct StepScorer: Sendable {
    public let stepID: StepID
    private let points: [RubricPoint]
    private let wrongClaims: [WrongClaim]
    private let pitfalls: [Pitfall]
    let index: TermIndex
    let phrases: [CompiledPhrase]
    private let phraseTexts: [String]
    /// Content stems of the prompt and the scenario: repeating them earns nothing.
    let echoStems: Set<String>
    /// Content stems of the step's rubric texts that are not in the question: the step's subject.
    let topicStems: Set<String>
    /// Stems only the case's other steps use: an answer made of them answers a different step.
    let foreignStems: Set<String>
    /// Content stems of everything the case says, in any step: the words of its subject.
    let caseStems: Set<String>
    private let picker: FollowupPicker
    private let followups: [Followup]
    private let judges: [FollowupJudge]
    /// Per pitfall, the points whose own words clear it: while one of them is covered the pitfall
    /// cannot fire (the rubric and the pitfall catalog never contradict each other).
    let pitfallAnswers: [Set<Int>]
    private let totalWeight: Double

    /// - Parameters:
    ///   - scenario: the case scenario, whose words (like the prompt's) earn no credit when repeated.
    ///   - pitfalls: the shared catalog; only those listing this step are checked.
    ///   - otherSteps: the case's other steps, whose own vocabulary marks an answer to a different step.
    public init(step: Step, scenario: String = "", pitfalls: [Pitfall] = [], otherSteps: [Step] = []) {
        stepID = step.id
        points = step.points
        wrongClaims = step.wrong
        followups = step.followups
        self.pitfalls = pitfalls.filter { $0.steps.contains(step.id) }
        let cache = TextCache()
        let echo = Set(cache.contentStems(step.prompt + "\n\n" + scenario))
        echoStems = echo

        var compiler = PhraseCompiler(echoStems: echo, cache: cache)
        let acronyms = AcronymExpansion(
            groups: step.points.map { $0.phrasings + $0.plain + $0.details }
                + self.pitfalls.flatMap { [$0.triggers, $0.unless] })
        func add(_ texts: [String], _ owner: PhraseOwner) {
            for text in texts {
                _ = compiler.add(text, owner: owner)
                for variant in acronyms.variants(of: text) { _ = compiler.add(variant, owner: owner, label: text) }
            }
        }
        for (p, point) in step.points.enumerated() {
            add(point.phrasings, .point(p))
            add(point.plain, .plain(p))
            add(point.details, .detail(p))
        }
        for (w, claim) in step.wrong.enumerated() { add(claim.phrasings, .wrong(w)) }
        for (f, followup) in step.followups.enumerated() { add(followup.triggers, .probe(f)) }
        for (k, pitfall) in self.pitfalls.enumerated() {
            add(pitfall.triggers, .trigger(k))
            add(pitfall.unless, .unless(k))
        }
        // Words the case itself uses are spelt right: typo tolerance must not bend them.
        let pointTexts = step.points.flatMap { [$0.title, $0.why, $0.question] + $0.phrasings + $0.plain + $0.details }
        let pitfallTexts = self.pitfalls.flatMap { [$0.title, $0.why] + $0.triggers + $0.unless }
        let wrongTexts = step.wrong.flatMap { [$0.title] + $0.phrasings }
        var caseWords = echo
        for text in [step.prompt, scenario] + step.hints + step.outline + step.followups.map(\.question) + pointTexts
            + pitfallTexts + wrongTexts
        {
            let analyzed = cache.analyze(text)
            compiler.index.learn(analyzed)
            for t in analyzed.tokens where t.kind == .word && t.isContent { caseWords.insert(t.stem) }
        }
        topicStems = Self.vocabulary(of: step, echo: echo, cache: cache)
        // The other steps' subjects are analysed once, for both uses: the case's words and the foreign ones.
        let others = otherSteps.reduce(into: Set<String>()) {
            $0.formUnion(Self.vocabulary(of: $1, echo: echo, cache: cache))
        }
        caseStems = caseWords.union(others)
        foreignStems = others.subtracting(topicStems)
        index = compiler.index
        phrases = compiler.phrases
        phraseTexts = compiler.texts
        picker = FollowupPicker(step: step, cache: cache)
        judges = step.followups.map { FollowupJudge(followup: $0, cache: cache) }
        totalWeight = Double(max(1, step.points.reduce(0) { $0 + max(0, $1.weight) }))
        pitfallAnswers = Self.answers(
            pitfalls: self.pitfalls.count, points: step.points, index: compiler.index, phrases: compiler.phrases,
            cache: cache)
    }

    /// The scorer for one step of a case, or nil if the case lacks that step.
    public init?(caseStudy: CaseStudy, step: StepID, pitfalls: [Pitfall] = []) {
        guard let s = caseStudy.step(step) else { return nil }
        self.init(
            step: s, scenario: caseStudy.scenario, pitfalls: pitfalls,
            otherSteps: caseStudy.steps.filter { $0.id != step })
    }

    public func score(answer: String) -> StepScore {
        score(answer: answer, followup: nil)
    }

    /// Scores an answer together with the answer to a follow-up question. The follow-up answer gets
    /// its own verdict against what the question expects; it adds to the step only the rubric points
    /// it makes with substance, and words the question itself supplies earn nothing.
    public func score(answer: String, followup: FollowupAnswer?) -> StepScore {
        var texts = [TextAnalyzer.analyze(answer)]
        var echoes = [echoStems]
        var asked: Set<String> = []
        if let followup {
            texts.append(TextAnalyzer.analyze(followup.answer))
            asked = Set(TextAnalyzer.analyze(followup.question).tokens.filter(\.isContent).map(\.stem))
            echoes.append(echoStems.union(asked))
        }
        let allMissed = Array(points.indices).sorted(by: moreImportant)
        let usable = texts.map { !$0.isEmpty && $0.looksLikeLanguage }
        guard usable.contains(true) else {
            return StepScore(
                score: 0, level: .missing, covered: [], dismissed: [], missed: allMissed.map(missedPoint),
                pitfalls: [], followup: picker.pick(missed: allMissed, answered: []),
                followupVerdict: followup.map { verdict(for: $0, text: nil, asked: asked, added: []) })
        }

        var hits: [Hit] = []
        for (s, text) in texts.enumerated() where usable[s] {
            for hit in PhraseMatcher.hits(in: text, source: s, index: index, phrases: phrases) {
                // A follow-up answer that repeats the question's words has said nothing new.
                if s > 0, phrases[hit.phrase].isMade(of: asked, in: index) { continue }
                hits.append(hit)
            }
        }
        let answer = AnswerAnalysis(
            texts: texts, echoes: echoes, stats: zip(texts, echoes).map { SentenceStats($0, echo: $1) },
            signals: texts.map(ClauseSignals.init))
        let stats = answer.stats

        // Wrong claims first: the clause that makes one earns nothing else.
        let (wrongFirst, blocked) = wrongClaims(in: hits, answer)
        func isBlocked(_ hit: Hit) -> Bool {
            guard !blocked.isEmpty else { return false }
            let tokens = texts[hit.source].tokens
            return (tokens[hit.first].clause...tokens[hit.last].clause).contains {
                blocked.contains(ClauseKey(source: hit.source, clause: $0))
            }
        }
        let tally = CoverageTally(hits: hits, phrases: phrases, pointCount: points.count, isBlocked: isBlocked) {
            hit, pointsInSentence, specificDetail in
            credit(hit, pointsInSentence: pointsInSentence, specificDetail: specificDetail, answer)
        }

        var covered: [CoveredPoint] = []
        var dismissed: [QuotedPoint] = []
        var missed: [Int] = []
        var coveredSet: Set<Int> = []
        var added: [String] = []
        var raw = 0.0
        for (p, point) in points.enumerated() {
            let weight = Double(max(0, point.weight))
            if let best = tally.best[p], best.credit >= ScoringPolicy.minimumCredit {
                let details = tally.details[p].map { phraseTexts[$0] }.reduce(into: [String]()) {
                    if !$0.contains($1) { $0.append($1) }
                }
                raw += weight * best.credit
                coveredSet.insert(p)
                if best.hit.source > 0 { added.append(point.title) }
                covered.append(
                    CoveredPoint(
                        id: point.id, title: point.title,
                        evidence: Evidence.quote(
                            best.hit, in: texts[best.hit.source],
                            listed: stats[best.hit.source].isList(best.hit.sentence)),
                        credit: (best.credit * 100).rounded() / 100, details: details))
            } else if let hit = tally.dismissed[p] {
                raw -= weight * ScoringPolicy.dismissalPenalty
                dismissed.append(
                    QuotedPoint(id: point.id, title: point.title, evidence: Evidence.quote(hit, in: texts[hit.source])))
                missed.append(p)
            } else {
                missed.append(p)
            }
        }
        let wrong = wrongFirst.keys.sorted().map { w -> WrongHit in
            let hit = wrongFirst[w]!
            let claim = wrongClaims[w]
            return WrongHit(
                id: claim.id, title: claim.title, evidence: Evidence.quote(hit, in: texts[hit.source]),
                why: claim.why, fix: claim.fix)
        }
        let pitfallHits = PitfallDetector.detect(
            pitfalls, hits: hits, phrases: phrases, texts: texts, signals: answer.signals,
            answered: { !pitfallAnswers[$0].isDisjoint(with: coveredSet) }, isBlocked: isBlocked)
        let earned = max(0, 100 * raw / totalWeight)
        raw =
            raw / totalWeight - ScoringPolicy.pitfallPenalty * Double(pitfallHits.count)
            - ScoringPolicy.wrongPenalty * Double(wrong.count)
        let coverage = min(100, max(0, 100 * raw))
        // Below the floor a point made, even only named, still counts: an answer that makes one point
        // of this step beats one that makes none, whatever it left out.
        // An answer that makes a point of this step answers this step, whatever other steps' words it uses.
        // Its cap is higher too: making a point beats talking about the subject at any length.
        let topical = topicality(answer, tally) ?? (coveredSet.isEmpty ? nil : 0)
        let cap = ScoringPolicy.topicalCredit + (coveredSet.isEmpty ? 0 : ScoringPolicy.statedCredit)
        let floor = wrong.isEmpty ? topical.map { min(cap, $0 + earned) } ?? 0 : 0
        let score = (max(coverage, floor) * onCaseFactor(answer) * 10).rounded() / 10

        let dismissedIDs = Set(dismissed.map(\.id))
        let missedOrdered = missed.sorted(by: moreImportant)
        let answered = missedOrdered.isEmpty ? Set(texts.flatMap { $0.tokens.filter(\.isContent).map(\.stem) }) : []
        let probed = hits.filter { $0.source == 0 && !$0.dismissed }.compactMap { hit -> Int? in
            if case .probe(let f) = phrases[hit.phrase].owner { return f } else { return nil }
        }.min()
        let next = probed.map { followups[$0].question } ?? picker.pick(missed: missedOrdered, answered: answered)
        return StepScore(
            score: score, level: StepScore.Level(score: score), covered: covered, dismissed: dismissed,
            missed: missedOrdered.filter { !dismissedIDs.contains(points[$0].id) }.map(missedPoint),
            pitfalls: pitfallHits, followup: next, wrong: wrong,
            followupVerdict: followup.map {
                verdict(for: $0, text: usable.count > 1 && usable[1] ? texts[1] : nil, asked: asked, added: added)
            })
    }

    /// Ids of the points that answer a pitfall of this step (their own words clear it).
    public func pointsAnswering(pitfall id: String) -> [String] {
        guard let k = pitfalls.firstIndex(where: { $0.id == id }) else { return [] }
        return pitfallAnswers[k].sorted().map { points[$0].id }
    }

    /// The verdict on a follow-up answer: which of the question's expected points it made.
    private func verdict(for followup: FollowupAnswer, text: AnalyzedText?, asked: Set<String>, added: [String])
        -> FollowupVerdict
    {
        let f = followups.firstIndex { $0.question == followup.question }
        guard let f else { return FollowupVerdict(question: followup.question, right: [], missing: [], added: added) }
        let made = text.map { judges[f].made(in: $0, asked: asked) } ?? []
        let expects = followups[f].expects
        return FollowupVerdict(
            question: followup.question,
            right: expects.indices.filter { made.contains($0) }.map { expects[$0].title },
            missing: expects.indices.filter { !made.contains($0) }.map { expects[$0].title }, added: added)
    }

    private func moreImportant(_ a: Int, _ b: Int) -> Bool {
        points[a].weight != points[b].weight ? points[a].weight > points[b].weight : a < b
    }

    private func missedPoint(_ p: Int) -> MissedPoint {
        MissedPoint(id: points[p].id, title: points[p].title, why: points[p].why, weight: points[p].weight)
    }

    /// Which points answer which pitfall: a point answers it when its title or one of its own
    /// phrasings, plain phrasings or details makes one of the pitfall's `unless` phrasings.
    private static func answers(
        pitfalls: Int, points: [RubricPoint], index: TermIndex, phrases: [CompiledPhrase], cache: TextCache
    ) -> [Set<Int>] {
        var result = [Set<Int>](repeating: [], count: pitfalls)
        guard pitfalls > 0 else { return result }
        for (p, point) in points.enumerated() {
            let text = cache.analyze(
                ([point.title] + point.phrasings + point.plain + point.details).joined(separator: ".\n"))
            for hit in PhraseMatcher.hits(in: text, source: 0, index: index, phrases: phrases) where !hit.dismissed {
                if case .unless(let k) = phrases[hit.phrase].owner { result[k].insert(p) }
            }
        }
        return result
    }
}
