/// Turns hits into per-point credit: the best hit of each point, the first dismissal, and the
/// depth phrasings used.
struct CoverageTally {
    /// Per point: the best credited hit, if any.
    private(set) var best: [(credit: Double, hit: Hit)?]
    /// Per point: the first hit inside a negation or dismissal.
    private(set) var dismissed: [Hit?]
    /// Per point: phrase indices of the details used (variants of one detail may both appear).
    private(set) var details: [[Int]]

    /// - Parameters:
    ///   - echo: 0–1 factor for a hit whose words only repeat the question.
    ///   - quality: 0.2–1 prose quality of a hit's sentence, given how many points that sentence makes.
    init(hits: [Hit], phrases: [CompiledPhrase], pointCount: Int,
         echo: (Hit) -> Double, quality: (Hit, Int) -> Double) {
        best = Array(repeating: nil, count: pointCount)
        dismissed = Array(repeating: nil, count: pointCount)
        details = Array(repeating: [], count: pointCount)

        // How many distinct points each sentence makes: a sentence that makes many with few
        // connecting words is a list.
        var pointsBySentence: [SentenceKey: [Int]] = [:]
        for hit in hits where !hit.dismissed {
            guard let p = phrases[hit.phrase].owner.point else { continue }
            let key = SentenceKey(source: hit.source, sentence: hit.sentence)
            if !(pointsBySentence[key]?.contains(p) ?? false) { pointsBySentence[key, default: []].append(p) }
        }

        for hit in hits {
            let owner = phrases[hit.phrase].owner
            guard let p = owner.point else { continue }
            if hit.dismissed {
                if dismissed[p] == nil { dismissed[p] = hit }
                continue
            }
            let count = pointsBySentence[SentenceKey(source: hit.source, sentence: hit.sentence)]?.count ?? 1
            let credit = quality(hit, count) * echo(hit)
            guard credit >= ScoringPolicy.minimumCredit else { continue }
            if case .detail = owner, !details[p].contains(hit.phrase) {
                details[p].append(hit.phrase)
            }
            if credit > (best[p]?.credit ?? 0) { best[p] = (credit, hit) }
        }
    }
}

private struct SentenceKey: Hashable {
    var source: Int
    var sentence: Int
}
