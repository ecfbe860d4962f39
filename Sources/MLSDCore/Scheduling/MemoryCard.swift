import Foundation

/// The scheduling memory of one card: everything FSRS needs to decide when to show it next.
///
/// Field for field this is py-fsrs's `Card` (without the id, which belongs to the caller's
/// content model) plus `reps` and `lapses`, which py-fsrs does not keep but which the caller needs
/// to seed fuzz (`FuzzSeed(cardID:card:)`) and to spot leeches.
public struct MemoryCard: Codable, Sendable, Equatable {
    public var state: CardState
    /// Index into the learning or relearning steps; nil in `review`, as in py-fsrs.
    public var step: Int?
    /// Days until retrievability falls to 90%; nil until the first review.
    public var stability: Double?
    /// 1…10; nil until the first review.
    public var difficulty: Double?
    /// The exact instant the card is next due. Never rounded to a day boundary: which instants
    /// count as "due today" is a display policy, and rounding here would change the maths.
    public var due: Date
    public var lastReview: Date?
    /// Number of reviews so far.
    public var reps: Int
    /// Number of times the card was forgotten in `review` (Again on a review card), the usual
    /// Anki/ts-fsrs meaning; Again during learning or relearning is not a lapse.
    public var lapses: Int

    public init(
        state: CardState = .learning,
        step: Int? = 0,
        stability: Double? = nil,
        difficulty: Double? = nil,
        due: Date,
        lastReview: Date? = nil,
        reps: Int = 0,
        lapses: Int = 0
    ) {
        self.state = state
        self.step = step
        self.stability = stability
        self.difficulty = difficulty
        self.due = due
        self.lastReview = lastReview
        self.reps = reps
        self.lapses = lapses
    }

    /// A card that has never been reviewed, due at `due` (normally the moment it was created).
    public static func new(due: Date) -> MemoryCard {
        MemoryCard(due: due)
    }

    /// True until the first review has set stability and difficulty.
    public var isNew: Bool { stability == nil || difficulty == nil }
}
