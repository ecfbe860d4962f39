import Foundation

/// What a learning or relearning answer leads to: another minute-scale step, or graduation to
/// day-scale review intervals. Learning and relearning follow the same rules over different step
/// lists (fsrs-6.md §3 table), so both go through `after(_:step:steps:)`.
enum StepWait: Equatable {
    /// Stay in (re)learning at step `index`, due `seconds` from now.
    case step(index: Int, seconds: TimeInterval)
    /// Leave the steps for a review interval.
    case review

    static func after(_ rating: Rating, step rawStep: Int, steps: [TimeInterval]) -> StepWait {
        let step = max(rawStep, 0)
        // No steps at all, or a stored step beyond a step list that has since shrunk: a passing
        // answer graduates rather than indexing past the end (py-fsrs's edge case).
        if steps.isEmpty || (step >= steps.count && rating != .again) {
            return .review
        }
        switch rating {
        case .again:
            return .step(index: 0, seconds: steps[0])
        case .hard:
            // Hard at the first step waits between the first two steps (or 1.5× a single step),
            // so it is neither a repeat of Again nor a skip ahead to Good (fsrs-6.md trap 6).
            guard step == 0 else { return .step(index: step, seconds: steps[step]) }
            let seconds = steps.count == 1 ? steps[0] * 1.5 : (steps[0] + steps[1]) / 2.0
            return .step(index: 0, seconds: seconds)
        case .good:
            return step + 1 >= steps.count ? .review : .step(index: step + 1, seconds: steps[step + 1])
        case .easy:
            return .review
        }
    }
}
