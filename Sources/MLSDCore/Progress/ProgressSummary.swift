/// How strong the user is on each step, across every case practised.
public struct StepStrength: Codable, Sendable, Equatable {
    public var step: StepID
    /// The mean over cases of the best score on this step; nil when no case has a score for it.
    public var averageBest: Double?
    /// Cases with a score on this step.
    public var cases: Int

    public init(step: StepID, averageBest: Double?, cases: Int) {
        self.step = step
        self.averageBest = averageBest
        self.cases = cases
    }
}

/// One case's record: best and latest overall score and the scores in order.
public struct CaseProgress: Codable, Sendable, Equatable {
    public var caseID: String
    public var title: String
    public var attempts: Int
    public var best: Double?
    public var latest: Double?
    /// Overall scores of scored sessions, oldest first.
    public var scores: [Double]

    public init(caseID: String, title: String, attempts: Int, best: Double?, latest: Double?, scores: [Double]) {
        self.caseID = caseID
        self.title = title
        self.attempts = attempts
        self.best = best
        self.latest = latest
        self.scores = scores
    }
}

/// The case catalog as progress reports need it: id and title in catalog order.
public struct CaseEntry: Sendable, Equatable {
    public var id: String
    public var title: String
    public var difficulty: Difficulty

    public init(id: String, title: String, difficulty: Difficulty = .medium) {
        self.id = id
        self.title = title
        self.difficulty = difficulty
    }
}

public enum ProgressSummary {
    /// The best score on each step of each case (skipped steps count with the score they got).
    public static func bestByStep(_ sessions: [PastSession]) -> [String: [StepID: Double]] {
        var best: [String: [StepID: Double]] = [:]
        for session in sessions {
            for result in session.steps {
                guard let score = result.score else { continue }
                best[session.caseID, default: [:]][result.step] = max(
                    best[session.caseID]?[result.step] ?? score, score)
            }
        }
        return best
    }

    public static func stepStrengths(_ sessions: [PastSession]) -> [StepStrength] {
        stepStrengths(best: bestByStep(sessions))
    }

    /// From the best score on each step of each case (`bestByStep`, or the store's own).
    public static func stepStrengths(best: [String: [StepID: Double]]) -> [StepStrength] {
        StepID.allCases.map { step in
            let scores = best.values.compactMap { $0[step] }
            let average = scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count)
            return StepStrength(step: step, averageBest: average, cases: scores.count)
        }
    }

    /// Every case with at least one session, in catalog order (cases no longer in the catalog last).
    public static func caseProgress(_ sessions: [PastSession], catalog: [CaseEntry]) -> [CaseProgress] {
        let histories = Dictionary(grouping: sessions, by: \.caseID).map { id, group in
            let ordered = group.sorted { ($0.startedAt, $0.id) < ($1.startedAt, $1.id) }
            return CaseHistory(
                caseID: id, title: ordered[0].caseTitle, attempts: ordered.count,
                scores: ordered.compactMap(\.overall))
        }
        return caseProgress(histories, catalog: catalog)
    }

    /// The same from each case's history as the store aggregates it.
    public static func caseProgress(_ histories: [CaseHistory], catalog: [CaseEntry]) -> [CaseProgress] {
        let byCase = Dictionary(histories.map { ($0.caseID, $0) }, uniquingKeysWith: { first, _ in first })
        let titles = Dictionary(catalog.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        var order = catalog.map(\.id).filter { byCase[$0] != nil }
        order += byCase.keys.filter { titles[$0] == nil }.sorted()
        return order.map { id in
            let history = byCase[id]!
            return CaseProgress(
                caseID: id, title: titles[id] ?? history.title, attempts: history.attempts,
                best: history.scores.max(), latest: history.scores.last, scores: history.scores)
        }
    }
}

/// One case's sessions as progress needs them: how many, and their overall scores in order.
public struct CaseHistory: Sendable, Equatable {
    public var caseID: String
    public var title: String
    public var attempts: Int
    public var scores: [Double]

    public init(caseID: String, title: String, attempts: Int, scores: [Double]) {
        self.caseID = caseID
        self.title = title
        self.attempts = attempts
        self.scores = scores
    }
}
