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
                best[session.caseID, default: [:]][result.step] = max(best[session.caseID]?[result.step] ?? score, score)
            }
        }
        return best
    }

    public static func stepStrengths(_ sessions: [PastSession]) -> [StepStrength] {
        let best = bestByStep(sessions)
        return StepID.allCases.map { step in
            let scores = best.values.compactMap { $0[step] }
            let average = scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count)
            return StepStrength(step: step, averageBest: average, cases: scores.count)
        }
    }

    /// Every case with at least one session, in catalog order (cases no longer in the catalog last).
    public static func caseProgress(_ sessions: [PastSession], catalog: [CaseEntry]) -> [CaseProgress] {
        let byCase = Dictionary(grouping: sessions, by: \.caseID)
        var order = catalog.map(\.id).filter { byCase[$0] != nil }
        order += byCase.keys.filter { id in !catalog.contains { $0.id == id } }.sorted()
        return order.map { id in
            let history = byCase[id]!.sorted { ($0.startedAt, $0.id) < ($1.startedAt, $1.id) }
            let scores = history.compactMap(\.overall)
            return CaseProgress(caseID: id, title: catalog.first { $0.id == id }?.title ?? history[0].caseTitle,
                                attempts: history.count, best: scores.max(), latest: scores.last, scores: scores)
        }
    }
}
