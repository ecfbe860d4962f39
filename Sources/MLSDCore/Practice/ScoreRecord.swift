import Foundation

/// What is stored of a rubric point for one scored answer (a row of `point_results`).
public struct PointResult: Sendable, Equatable {
    public enum Outcome: String, Sendable { case covered, dismissed, missed }

    public var pointID: String
    public var outcome: Outcome
    /// The answer's words that covered or dismissed the point.
    public var evidence: String?

    public init(pointID: String, outcome: Outcome, evidence: String? = nil) {
        self.pointID = pointID
        self.outcome = outcome
        self.evidence = evidence
    }
}

extension StepScore {
    /// One result per rubric point the score speaks of, for `point_results`.
    public var pointResults: [PointResult] {
        covered.map { PointResult(pointID: $0.id, outcome: .covered, evidence: $0.evidence) }
            + dismissed.map { PointResult(pointID: $0.id, outcome: .dismissed, evidence: $0.evidence) }
            + missed.map { PointResult(pointID: $0.id, outcome: .missed) }
    }

    /// The missed points of `step`, for the session summary.
    public func missedPoints(in step: StepID) -> [StepMissedPoint] {
        missed.map { StepMissedPoint(step: step, id: $0.id, title: $0.title, why: $0.why, weight: $0.weight) }
    }
}
