import Foundation

/// What a review card asks about: one rubric point, or a whole step of a case.
public enum CardKind: String, Codable, Sendable, CaseIterable {
    /// A rubric point the user missed: front is the point's question, back its title and why.
    case point
    /// A step practised: front is the case's step prompt, back the model outline.
    case step
}

/// Which card, independent of its schedule: the natural key `cards` is unique on.
public struct CardKey: Hashable, Sendable {
    public var kind: CardKind
    public var caseID: String
    public var step: StepID
    /// The rubric point, for point cards; nil for step cards.
    public var pointID: String?

    public init(kind: CardKind, caseID: String, step: StepID, pointID: String? = nil) {
        self.kind = kind
        self.caseID = caseID
        self.step = step
        self.pointID = kind == .point ? pointID : nil
    }

    public static func step(_ caseID: String, _ step: StepID) -> CardKey {
        CardKey(kind: .step, caseID: caseID, step: step)
    }

    public static func point(_ caseID: String, _ step: StepID, _ pointID: String) -> CardKey {
        CardKey(kind: .point, caseID: caseID, step: step, pointID: pointID)
    }

    /// Every step card of a case, and with `allPoints` a point card for each rubric point,
    /// restricted to `step` when given. Steps come first so a new case starts from its outline.
    public static func keys(for study: CaseStudy, step: StepID? = nil, allPoints: Bool) -> [CardKey] {
        let steps = study.steps.filter { step == nil || $0.id == step }
        var keys = steps.map { CardKey.step(study.id, $0.id) }
        if allPoints {
            keys += steps.flatMap { s in s.points.map { CardKey.point(study.id, s.id, $0.id) } }
        }
        return keys
    }
}

/// A card as stored: its identity, its FSRS memory and whether the user has set it aside.
public struct ReviewCard: Sendable, Equatable {
    public var id: Int64
    public var key: CardKey
    public var memory: MemoryCard
    /// A suspended card keeps its schedule but is never shown or counted as due.
    public var suspended: Bool
    /// The rubric point (or the case) was retired from the content: kept for history, not shown.
    public var retired: Bool
    public var createdAt: Date

    public init(
        id: Int64, key: CardKey, memory: MemoryCard, suspended: Bool = false, retired: Bool = false,
        createdAt: Date
    ) {
        self.id = id
        self.key = key
        self.memory = memory
        self.suspended = suspended
        self.retired = retired
        self.createdAt = createdAt
    }

    public var kind: CardKind { key.kind }
    public var caseID: String { key.caseID }
    public var step: StepID { key.step }
    public var pointID: String? { key.pointID }

    /// Shown and counted by review: neither set aside by the user nor retired from the content
    /// (the store's `CardRepository.active` is the same rule in SQL).
    public var isActive: Bool { !suspended && !retired }

    /// Never reviewed (or reset): counts against the daily new-card limit when first shown.
    public var isNew: Bool { memory.reps == 0 }

    /// The fuzz seed of this card's next review. Undoing a review restores `reps`, so a redone
    /// review lands on the same day as the one undone.
    public var nextSeed: FuzzSeed { FuzzSeed(cardID: id, reviewCount: memory.reps) }
}

extension Scheduler {
    /// The review of a stored card, seeded by its id and review count (`ReviewCard.nextSeed`).
    public func review(_ card: ReviewCard, rating: Rating, now: Date, interview: InterviewDeadline?) -> (
        card: MemoryCard, log: ReviewLog
    ) {
        review(card: card.memory, rating: rating, now: now, seed: card.nextSeed, interview: interview)
    }
}
