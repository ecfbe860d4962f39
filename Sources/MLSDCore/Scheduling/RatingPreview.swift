import Foundation

/// What one answer button would do, for buttons like "3 Good · 11d".
public struct RatingPreview: Sendable, Equatable {
    public var rating: Rating
    /// The card as it would be after this answer.
    public var card: MemoryCard
    public var explanation: IntervalExplanation

    /// "3 Good · 11d"
    public var label: String {
        "\(rating.rawValue) \(rating.title) · \(explanation.shortInterval)"
    }
}

extension Scheduler {
    /// The outcome of each of the four answers, in rating order, each computed by `review` itself.
    ///
    /// No Hard ≤ Good ≤ Easy ordering is imposed on top (Anki does impose one; py-fsrs does not):
    /// a preview must show exactly what pressing the button will do, and forcing an order here would
    /// either make the button lie or break conformance with py-fsrs in `review`. The order holds
    /// anyway for review cards: the bounds keep the Hard penalty w15 ≤ 1 ≤ the Easy bonus w16, and
    /// all four answers share one fuzz seed, which keeps fuzz monotone in the unfuzzed interval.
    /// It can break only for learning cards with unusual step lists or initial stabilities
    /// (w1 > w2, say), where it faithfully reflects the settings.
    public func preview(
        card: MemoryCard, now: Date, seed: FuzzSeed, interview: InterviewDeadline? = nil
    ) -> [RatingPreview] {
        Rating.allCases.map { rating in
            let (next, log) = review(card: card, rating: rating, now: now, seed: seed, interview: interview)
            return RatingPreview(rating: rating, card: next, explanation: log.explanation)
        }
    }
}
