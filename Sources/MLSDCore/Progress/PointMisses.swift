/// How often the user has missed one rubric point: over the sessions that assessed it, those in
/// which no answer covered it.
public struct PointMisses: Sendable, Equatable {
    public var caseID: String
    public var caseTitle: String
    public var step: StepID
    public var title: String
    public var weight: Int
    /// Sessions in which no answer to the step covered the point.
    public var missed: Int
    /// Sessions in which an answer to the step was scored against the point.
    public var assessed: Int

    public init(caseID: String, caseTitle: String, step: StepID, title: String, weight: Int, missed: Int, assessed: Int)
    {
        self.caseID = caseID
        self.caseTitle = caseTitle
        self.step = step
        self.title = title
        self.weight = weight
        self.missed = missed
        self.assessed = assessed
    }
}
