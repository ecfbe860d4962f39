/// Where a practice session stands: the steps planned, which of them are done, and which one the
/// user is on. A step is done once it has an answer or was skipped; answers are never taken back,
/// so going back to a step and answering again replaces its result but not its done-ness.
///
/// The rules live here, apart from any terminal or database, so that a resumed session and a fresh
/// one move through the steps the same way.
public struct SessionProgress: Sendable, Equatable {
    public let plan: [StepID]
    public private(set) var done: Set<StepID>
    /// Index into `plan` of the step being asked; nil once every planned step is done.
    public private(set) var position: Int?

    /// A session with `done` steps already behind it starts at the first planned step not done.
    public init(plan: [StepID], done: Set<StepID> = []) {
        precondition(!plan.isEmpty, "a session plans at least one step")
        self.plan = plan
        self.done = done.intersection(plan)
        position = plan.firstIndex { !done.contains($0) }
    }

    /// The steps a session covers: all seven in interview order, or only `only`.
    public static func plan(for study: CaseStudy, only: StepID? = nil) -> [StepID] {
        let steps = StepID.allCases.filter { id in study.steps.contains { $0.id == id } }
        guard let only else { return steps }
        return steps.contains(only) ? [only] : []
    }

    public var current: StepID? { position.map { plan[$0] } }
    public var isComplete: Bool { position == nil }
    public var canGoBack: Bool { (position ?? plan.count) > 0 }
    /// 1-based place of the current step within the plan, for "step 3 of 7".
    public var ordinal: Int? { position.map { $0 + 1 } }
    public var remaining: [StepID] { plan.filter { !done.contains($0) } }

    public enum Move: Sendable, Equatable {
        /// The current step got an answer (or a skip): it is done.
        case finished
        /// Leave the current step as it is and go on (`:skip` on a step answered before).
        case pass
        /// Return to the previous planned step, to answer it again.
        case back
    }

    /// Applies a move and returns whether it did anything (`back` on the first step does not).
    @discardableResult
    public mutating func apply(_ move: Move) -> Bool {
        switch move {
        case .finished, .pass:
            guard let index = position else { return false }
            if move == .finished { done.insert(plan[index]) }
            position = nextUndone(after: index)
            return true
        case .back:
            let index = position ?? plan.count
            guard index > 0 else { return false }
            position = index - 1
            return true
        }
    }

    /// The first step not done after `index`, else the first not done before it. Going back to
    /// redo step 3 therefore returns to where the user left off, not to step 4 if it is done.
    private func nextUndone(after index: Int) -> Int? {
        if let later = plan.indices.dropFirst(index + 1).first(where: { !done.contains(plan[$0]) }) {
            return later
        }
        return plan.indices.first { !done.contains(plan[$0]) }
    }
}
