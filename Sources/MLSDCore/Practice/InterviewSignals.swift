/// The signals interviewers report after a system design round, estimated from step scores.
///
/// Interviewers write up a candidate as a handful of signals rather than seven step marks; each
/// signal here is the mean of the steps that show it (a skipped step counts 0, as silence would),
/// with the step that pulls it down most. It is an estimate from rubric coverage, nothing more:
/// the summary says so.
public struct InterviewSignal: Sendable, Equatable {
    public enum Kind: String, CaseIterable, Sendable {
        case navigation = "Problem navigation"
        case dataAndFeatures = "Data and features"
        case modelling = "Modelling"
        case evaluation = "Evaluation"
        case deployment = "Deployment and monitoring"

        /// The steps that show the signal. Framing the problem and choosing metrics is both how a
        /// candidate navigates the problem and the start of how they evaluate.
        public var steps: [StepID] {
            switch self {
            case .navigation: [.requirements, .metrics]
            case .dataAndFeatures: [.data, .features]
            case .modelling: [.model]
            case .evaluation: [.metrics, .evaluation]
            case .deployment: [.serving]
            }
        }
    }

    public var kind: Kind
    /// 0–100.
    public var score: Double
    /// The lowest-scoring step of those behind the signal, when more than one was practised and
    /// it scored below the others.
    public var pulledDownBy: StepOutcome?
    /// The practised steps behind the signal.
    public var steps: [StepOutcome]

    /// One signal per kind that has at least one practised step (answered or skipped), in order.
    public static func estimate(from steps: [StepOutcome]) -> [InterviewSignal] {
        Kind.allCases.compactMap { kind in
            let behind = steps.filter { kind.steps.contains($0.step) && $0.status != .unanswered }
            guard !behind.isEmpty else { return nil }
            let mean = behind.map(\.score).reduce(0, +) / Double(behind.count)
            let lowest = behind.min { $0.score < $1.score }
            let pulls = behind.count > 1 && (lowest?.score ?? 0) < mean ? lowest : nil
            return InterviewSignal(kind: kind, score: mean, pulledDownBy: pulls, steps: behind)
        }
    }
}
