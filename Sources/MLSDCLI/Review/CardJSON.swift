import Foundation
import MLSDCore
import MLSDStore

/// A card as `--json` prints it. Every key is always present (null when unset), so scripts can
/// index without checking; stability and difficulty are the stored doubles, unrounded.
struct CardJSON: Encodable {
    var id: Int64
    var kind: String
    var caseID: String
    var step: String
    var pointID: String?
    var state: String
    var stepIndex: Int?
    var stability: Double?
    var difficulty: Double?
    /// R at the moment of the command (0 for a card never reviewed).
    var retrievability: Double
    var due: Date
    var lastReview: Date?
    var reps: Int
    var lapses: Int
    var suspended: Bool
    var retired: Bool

    init(_ card: ReviewCard, scheduler: Scheduler, now: Date) {
        id = card.id
        kind = card.kind.rawValue
        caseID = card.caseID
        step = card.step.rawValue
        pointID = card.pointID
        // A card never reviewed is "new", as the table and `mlsd due` call it, though FSRS
        // keeps it in its learning state until the first rating.
        state = card.isNew ? "new" : card.memory.state.name
        stepIndex = card.memory.step
        stability = card.memory.stability
        difficulty = card.memory.difficulty
        retrievability = scheduler.retrievability(of: card.memory, at: now)
        due = card.memory.due
        lastReview = card.memory.lastReview
        reps = card.memory.reps
        lapses = card.memory.lapses
        suspended = card.suspended
        retired = card.retired
    }

    private enum CodingKeys: String, CodingKey {
        case id, kind, caseID, step, pointID, state, stepIndex, stability, difficulty, retrievability, due,
            lastReview, reps, lapses, suspended, retired
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encode(caseID, forKey: .caseID)
        try c.encode(step, forKey: .step)
        try c.encode(pointID, forKey: .pointID)
        try c.encode(state, forKey: .state)
        try c.encode(stepIndex, forKey: .stepIndex)
        try c.encode(stability, forKey: .stability)
        try c.encode(difficulty, forKey: .difficulty)
        try c.encode(retrievability, forKey: .retrievability)
        try c.encode(due, forKey: .due)
        try c.encode(lastReview, forKey: .lastReview)
        try c.encode(reps, forKey: .reps)
        try c.encode(lapses, forKey: .lapses)
        try c.encode(suspended, forKey: .suspended)
        try c.encode(retired, forKey: .retired)
    }
}

/// One review in `mlsd cards show --json`.
struct ReviewJSON: Encodable {
    var rating: String
    var reviewedAt: Date
    var elapsedDays: Int
    var state: String
    var stepIndex: Int?
    var stability: Double?
    var difficulty: Double?
    var due: Date
    var scheduledDays: Double
    var answer: String?
    var score: Double?

    init(_ record: ReviewRecord) {
        rating = record.rating.name
        reviewedAt = record.reviewedAt
        elapsedDays = record.elapsedDays
        state = record.state.name
        stepIndex = record.step
        stability = record.stability
        difficulty = record.difficulty
        due = record.due
        scheduledDays = record.scheduledDays
        answer = record.answer
        score = record.score
    }
}
