import Foundation

/// The record of one review: what was answered, when, and the card as it was just before.
///
/// Keeping the whole card before the review (rather than py-fsrs's bare id/rating/time) lets the
/// store undo a review by writing `before` back, and lets an optimiser or an audit replay history.
public struct ReviewLog: Codable, Sendable, Equatable {
    public var rating: Rating
    public var reviewedAt: Date
    public var before: MemoryCard
    /// How the new due instant was chosen.
    public var explanation: IntervalExplanation

    public init(rating: Rating, reviewedAt: Date, before: MemoryCard, explanation: IntervalExplanation) {
        self.rating = rating
        self.reviewedAt = reviewedAt
        self.before = before
        self.explanation = explanation
    }
}
