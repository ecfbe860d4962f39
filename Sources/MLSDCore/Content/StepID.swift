/// The seven steps of the interview framework, in the order an interview walks them.
public enum StepID: String, CaseIterable, Codable, Sendable, Comparable {
    case requirements, metrics, data, features, model, evaluation, serving

    public var title: String {
        switch self {
        case .requirements: "Clarify requirements"
        case .metrics: "Frame the problem and choose metrics"
        case .data: "Data pipeline"
        case .features: "Features"
        case .model: "Baseline model and beyond"
        case .evaluation: "Evaluation"
        case .serving: "Serving and monitoring"
        }
    }

    /// 1-based position in the framework.
    public var number: Int { StepID.allCases.firstIndex(of: self)! + 1 }

    public static func < (lhs: StepID, rhs: StepID) -> Bool { lhs.number < rhs.number }
}
