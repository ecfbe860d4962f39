/// Turns hits into per-point credit: the best hit of each point, the first dismissal, and the
/// details used.
struct CoverageTally {
    /// Per point: the best credited hit, if any.
    private(set) var best: [(credit: Double, hit: Hit)?]
    /// Per point: the first hit inside a negation or dismissal.
    private(set) var dismissed: [Hit?]
    /// Per point: phrase indices of the details used (variants of one detail may both appear).
    private(set) var details: [[Int]]
    /// How many distinct points each sentence makes.
    private var pointsBySentence: [SentenceKey: [Int]] = [:]

    func points(source: Int, sentence: Int) -> Int {
        pointsBySentence[SentenceKey(source: source, sentence: sentence)]?.count ?? 0
    }

    /// - Parameters:
    ///   - isBlocked: the hit lies in a clause that makes a wrong claim: it earns nothing.
    ///   - credit: a hit's credit and whether it had substance, given how many points its sentence
    ///     makes and whether a specific detail of the same point is in its sentence.
    init(
        hits: [Hit], phrases: [CompiledPhrase], pointCount: Int, isBlocked: (Hit) -> Bool,
        credit: (Hit, Int, Bool) -> (Double, Bool)
    ) {
        best = Array(repeating: nil, count: pointCount)
        dismissed = Array(repeating: nil, count: pointCount)
        details = Array(repeating: [], count: pointCount)

        // How many distinct points each sentence makes (a sentence that makes many with few
        // connecting words is a list), and where each point's specific details were said.
        var detailSentences: Set<PointSentence> = []
        var live: [Bool] = []
        live.reserveCapacity(hits.count)
        for hit in hits {
            let isLive = !hit.dismissed && phrases[hit.phrase].owner.point != nil && !isBlocked(hit)
            live.append(isLive)
            guard isLive, let p = phrases[hit.phrase].owner.point else { continue }
            let key = SentenceKey(source: hit.source, sentence: hit.sentence)
            if !(pointsBySentence[key]?.contains(p) ?? false) { pointsBySentence[key, default: []].append(p) }
            if case .detail = phrases[hit.phrase].owner, phrases[hit.phrase].isSpecific {
                detailSentences.insert(PointSentence(point: p, key: key))
            }
        }

        for (h, hit) in hits.enumerated() {
            let owner = phrases[hit.phrase].owner
            guard let p = owner.point else { continue }
            if hit.dismissed {
                if dismissed[p] == nil { dismissed[p] = hit }
                continue
            }
            guard live[h] else { continue }
            let key = SentenceKey(source: hit.source, sentence: hit.sentence)
            let count = max(1, pointsBySentence[key]?.count ?? 1)
            let (value, substance) = credit(hit, count, detailSentences.contains(PointSentence(point: p, key: key)))
            // A follow-up answer adds a point only when it says it with substance.
            if hit.source > 0, !substance { continue }
            guard value >= ScoringPolicy.minimumCredit else { continue }
            if case .detail = owner, !details[p].contains(hit.phrase) {
                details[p].append(hit.phrase)
            }
            if value > (best[p]?.credit ?? 0) { best[p] = (value, hit) }
        }
    }
}

private struct SentenceKey: Hashable {
    var source: Int
    var sentence: Int
}

private struct PointSentence: Hashable {
    var point: Int
    var key: SentenceKey
}
