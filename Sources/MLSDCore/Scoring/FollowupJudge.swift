/// Checks an answer to one follow-up question against what the question expects.
///
/// The question's own words are echo: an expected phrasing made only of them can never match, so
/// "How would you calibrate?" answered "we'd calibrate" is not right yet. An expected point's title
/// is its name, so it counts like a phrasing: "Who uses the ETA?" is answered by "dispatch".
struct FollowupJudge: Sendable {
    private let index: TermIndex
    private let phrases: [CompiledPhrase]

    init(followup: Followup, cache: TextCache) {
        var compiler = PhraseCompiler(echoStems: [], cache: cache)
        for (e, expected) in followup.expects.enumerated() {
            for phrasing in [expected.title] + expected.phrasings { _ = compiler.add(phrasing, owner: .expect(e)) }
        }
        compiler.index.learn(cache.analyze(followup.question))
        index = compiler.index
        phrases = compiler.phrases
    }

    /// The expected points the answer made, outside negations and not from the question's words.
    func made(in text: AnalyzedText, asked: Set<String>) -> Set<Int> {
        guard !phrases.isEmpty, !text.isEmpty else { return [] }
        var made: Set<Int> = []
        for hit in PhraseMatcher.hits(in: text, source: 1, index: index, phrases: phrases) where !hit.dismissed {
            let phrase = phrases[hit.phrase]
            if phrase.isMade(of: asked, in: index) { continue }
            if case .expect(let e) = phrase.owner { made.insert(e) }
        }
        return made
    }
}
