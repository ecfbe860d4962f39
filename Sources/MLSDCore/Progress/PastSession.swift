import Foundation

/// Where a practice session stands.
public enum SessionStatus: String, Codable, Sendable, CaseIterable {
    case active, finished, abandoned
}

/// How one step of a session went: the latest answer given to it.
public struct StepResult: Codable, Sendable, Equatable {
    public var step: StepID
    /// 0–100; nil while unscored.
    public var score: Double?
    public var level: StepScore.Level?
    public var skipped: Bool
    /// Time spent answering the step, follow-ups included.
    public var seconds: Double

    public init(step: StepID, score: Double?, level: StepScore.Level? = nil, skipped: Bool = false, seconds: Double = 0)
    {
        self.step = step
        self.score = score
        self.level = level
        self.skipped = skipped
        self.seconds = seconds
    }
}

/// One practice session as history shows it.
public struct PastSession: Codable, Sendable, Equatable {
    public var id: Int
    public var caseID: String
    public var caseTitle: String
    public var status: SessionStatus
    /// The steps the session set out to cover, in framework order.
    public var plannedSteps: [StepID]
    public var startedAt: Date
    public var finishedAt: Date?
    /// 0–100, set when the session is scored as a whole.
    public var overall: Double?
    /// Time spent answering, summed over every answer. A session can be resumed days later, so
    /// the wall-clock span from start to finish would overstate it.
    public var seconds: Double
    /// One entry per step answered, in framework order.
    public var steps: [StepResult]

    public init(
        id: Int, caseID: String, caseTitle: String, status: SessionStatus, plannedSteps: [StepID],
        startedAt: Date, finishedAt: Date? = nil, overall: Double? = nil, seconds: Double = 0,
        steps: [StepResult] = []
    ) {
        self.id = id
        self.caseID = caseID
        self.caseTitle = caseTitle
        self.status = status
        self.plannedSteps = plannedSteps
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.overall = overall
        self.seconds = seconds
        self.steps = steps
    }

    public func result(for step: StepID) -> StepResult? { steps.first { $0.step == step } }

    /// Whether any answer was given: a session opened and left at once is not an attempt to report.
    public var hasAnswers: Bool { !steps.isEmpty }
}

/// "38m", "1h05m", "<1m": durations as history shows them.
public enum DurationText {
    public static func format(seconds: Double) -> String {
        let minutes = Int((seconds / 60).rounded())
        if seconds > 0, minutes == 0 { return "<1m" }
        if minutes < 60 { return "\(minutes)m" }
        return String(format: "%dh%02dm", minutes / 60, minutes % 60)
    }
}
