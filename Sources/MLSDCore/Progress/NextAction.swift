/// The one thing the dashboard recommends doing next, with the exact command for it.
public enum NextAction: Equatable, Sendable {
    /// Cards are due: reviewing them now is what keeps them.
    case review(due: Int)
    /// A session was left unfinished: continuing it comes before starting another.
    case resume(caseID: String, title: String)
    /// Nothing due, but new cards are waiting within today's allowance.
    case learn(new: Int)
    /// A case never practised: breadth first.
    case practiceCase(caseID: String, title: String)
    /// Everything seen and nothing due: drill the weakest step, in the case where it is weakest.
    case practiceStep(caseID: String, step: StepID, best: Double?)
    /// No content at all.
    case browse

    public var command: String {
        switch self {
        case .resume: "mlsd practice --resume"
        case .review, .learn: "mlsd review"
        case .practiceCase(let id, _): "mlsd practice \(id)"
        case .practiceStep(let id, let step, _): "mlsd practice \(id) --step \(step.rawValue)"
        case .browse: "mlsd cases"
        }
    }

    public var reason: String {
        switch self {
        case .resume(_, let title):
            "Your session on \(title) is unfinished: continue it where you left off."
        case .learn(let new):
            "Learn \(new == 1 ? "today's new card" : "today's \(new) new cards"): "
                + "each is a point or step from your practice."
        case .review(let due):
            "Do the \(due == 1 ? "due review" : "\(due) due reviews") first: reviewed on time, cards stick longest."
        case .practiceCase(_, let title):
            "You have not tried \(title) yet."
        case .practiceStep(let id, let step, let best?):
            "\(step.title) is your weakest step; your best on it in \(id) is \(Int(best.rounded()))."
        case .practiceStep(let id, let step, nil):
            "\(step.title) is your weakest step; you have not answered it in \(id) yet."
        case .browse:
            "No case studies are installed."
        }
    }

    /// The decision, in order: due reviews (reviewed cards only), an unfinished session, new
    /// cards within today's allowance, then an unseen case (in catalog order; for
    /// someone who has never practised, the first easy case if there is one, as `practice
    /// --random` would give them), then the weakest step. A case counts as practised once a
    /// session on it has an answer. The weakest step is the one with the lowest mean best score
    /// over the cases practised, a step never answered in a practised case counting as 0 (a gap
    /// is the weakest of all); it is drilled in the case where its best is lowest. Ties go to the
    /// earlier step and the earlier case, so the advice is stable from one run to the next.
    /// `best` (per case and step) is asked for only when it decides.
    public static func decide(
        dueReviews: Int, unfinished: (caseID: String, title: String)? = nil, newCards: Int = 0,
        catalog: [CaseEntry], practised: Set<String>, best: () throws -> [String: [StepID: Double]]
    ) rethrows -> NextAction {
        if dueReviews > 0 { return .review(due: dueReviews) }
        if let unfinished { return .resume(caseID: unfinished.caseID, title: unfinished.title) }
        if newCards > 0 { return .learn(new: newCards) }
        if practised.isEmpty, let easy = catalog.first(where: { $0.difficulty == .easy }) {
            return .practiceCase(caseID: easy.id, title: easy.title)
        }
        if let unseen = catalog.first(where: { !practised.contains($0.id) }) {
            return .practiceCase(caseID: unseen.id, title: unseen.title)
        }
        let practisedInCatalog = catalog.map(\.id).filter(practised.contains)
        guard !practisedInCatalog.isEmpty else { return .browse }
        let best = try best()
        func score(_ id: String, _ step: StepID) -> Double { best[id]?[step] ?? 0 }
        var weakest: (step: StepID, mean: Double)?
        for step in StepID.allCases {
            let mean = practisedInCatalog.map { score($0, step) }.reduce(0, +) / Double(practisedInCatalog.count)
            if weakest == nil || mean < weakest!.mean { weakest = (step, mean) }
        }
        let step = weakest!.step
        var target = practisedInCatalog[0]
        for id in practisedInCatalog.dropFirst() where score(id, step) < score(target, step) { target = id }
        return .practiceStep(caseID: target, step: step, best: best[target]?[step])
    }

    /// The same from whole sessions, every session counting as an attempt.
    public static func decide(dueReviews: Int, catalog: [CaseEntry], sessions: [PastSession]) -> NextAction {
        decide(
            dueReviews: dueReviews, catalog: catalog, practised: Set(sessions.map(\.caseID)),
            best: { ProgressSummary.bestByStep(sessions) })
    }
}
