import Foundation

/// A rubric point the user's answer to a step did not cover.
public struct StepMissedPoint: Codable, Sendable, Equatable {
    public var step: StepID
    public var id: String
    public var title: String
    public var why: String
    public var weight: Int

    public init(step: StepID, id: String, title: String, why: String, weight: Int) {
        self.step = step
        self.id = id
        self.title = title
        self.why = why
        self.weight = weight
    }
}

/// How one planned step ended: its latest result (an answer scored together with its follow-up),
/// or a skip, or nothing when the session stopped before it.
public struct StepOutcome: Codable, Sendable, Equatable {
    public enum Status: String, Codable, Sendable { case answered, skipped, unanswered }

    public var step: StepID
    public var status: Status
    /// 0–100; 0 for a step skipped or not reached.
    public var score: Double
    public var budget: TimeInterval
    /// Time on the step, every attempt and follow-up included.
    public var seconds: TimeInterval
    public var words: Int
    public var hintsUsed: Int
    public var missed: [StepMissedPoint]

    public init(
        step: StepID, status: Status, score: Double = 0, budget: TimeInterval, seconds: TimeInterval = 0,
        words: Int = 0, hintsUsed: Int = 0, missed: [StepMissedPoint] = []
    ) {
        self.step = step
        self.status = status
        self.score = status == .answered ? score : 0
        self.budget = budget
        self.seconds = seconds
        self.words = words
        self.hintsUsed = hintsUsed
        self.missed = missed
    }
}

/// The end of a session: one row per planned step, an overall score, the missed points most worth
/// learning and the mistakes that only show across steps.
public struct SessionSummary: Codable, Sendable, Equatable {
    public var steps: [StepOutcome]
    /// The mean over planned steps; a skipped step counts 0, as silence would in an interview.
    public var overall: Double
    public var seconds: TimeInterval
    public var budget: TimeInterval
    /// The three most valuable missed points: heaviest first, then in interview order.
    public var topMissed: [StepMissedPoint]
    public var pitfalls: [SessionPitfall]

    public init(steps: [StepOutcome]) {
        self.steps = steps
        overall = steps.isEmpty ? 0 : steps.map(\.score).reduce(0, +) / Double(steps.count)
        seconds = steps.map(\.seconds).reduce(0, +)
        budget = steps.map(\.budget).reduce(0, +)
        topMissed = Array(Self.byValue(steps.flatMap(\.missed)).prefix(3))
        pitfalls = SessionPitfall.detect(in: steps)
    }

    /// Every missed point of the answered steps, most valuable first: what becomes a review card.
    public var missed: [StepMissedPoint] { Self.byValue(steps.filter { $0.status == .answered }.flatMap(\.missed)) }
    public var practised: [StepID] { steps.filter { $0.status == .answered }.map(\.step) }

    static func byValue(_ points: [StepMissedPoint]) -> [StepMissedPoint] {
        points.enumerated().sorted { a, b in
            if a.element.weight != b.element.weight { return a.element.weight > b.element.weight }
            if a.element.step != b.element.step { return a.element.step < b.element.step }
            return a.offset < b.offset
        }.map(\.element)
    }
}
