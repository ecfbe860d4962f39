import Foundation

/// Interview-date mode: the user has an interview at a known instant and wants what they learned to
/// still be there on the day. Nothing upstream (py-fsrs, Anki) does this natively; fsrs-6.md §9.6.
public struct InterviewDeadline: Codable, Sendable, Equatable {
    /// The instant the interview starts.
    public var date: Date
    /// The recall probability wanted at the interview; nil means the scheduler's desired retention.
    /// A higher value than the everyday target (say 0.95 against 0.9) buys a last review for more cards.
    public var targetRetention: Double?

    public init(date: Date, targetRetention: Double? = nil) {
        self.date = date
        self.targetRetention = targetRetention
    }
}

/// How much of a set of cards is predicted to be recalled at the interview if no further reviews
/// happen before it: the floor the user stands on if they stop studying now.
public struct InterviewForecast: Codable, Sendable, Equatable {
    public var interview: Date
    public var cardCount: Int
    /// Mean R at the interview; 0 for an empty set. Unreviewed cards count as 0, as py-fsrs's
    /// retrievability does: nothing has been learned yet.
    public var averageRetrievability: Double
    /// Cards never reviewed.
    public var unreviewedCount: Int
    /// Cards whose R at the interview falls below the target (unreviewed cards included).
    public var belowTargetCount: Int
    public var targetRetention: Double
}

extension Scheduler {
    /// How long before the interview a pulled-in review comes due.
    public static let interviewLead: TimeInterval = secondsPerDay

    /// The earlier due instant interview-date mode imposes on a review interval, or nil to keep `due`.
    ///
    /// The rule: when `due` is at or after the interview (so the card would not be seen again
    /// before it) and R at the interview, `R(elapsedDays(now, interview), stability)`, is below the
    /// target, the card comes due **one day before the interview** instead. The eve rather than the
    /// instant itself, because a review due at the interview would never be done before it, and
    /// a day's margin leaves room for a "due today" rollover and for relearning steps if the card
    /// turns out forgotten. Being the latest useful moment, it also gives the largest stability gain.
    ///
    /// R is counted in whole days like everywhere else in the scheduler. The rule only ever shortens
    /// an interval, and it leaves `due` alone when the eve of the interview is not after `now`
    /// (the review that just happened is then the last one before the interview anyway).
    public func interviewCap(due: Date, now: Date, stability: Double, interview: InterviewDeadline) -> Date? {
        guard due >= interview.date else { return nil }
        let eve = interview.date.addingTimeInterval(-Self.interviewLead)
        guard eve > now else { return nil }
        let target = interview.targetRetention ?? settings.desiredRetention
        let days = max(0, Self.elapsedDays(from: now, to: interview.date))
        let recall = model.retrievability(elapsedDays: Double(days), stability: stability)
        return recall < target ? eve : nil
    }

    /// Predicted recall of `cards` at the interview, with no reviews in between.
    public func forecast(
        _ cards: [MemoryCard], at interview: Date, targetRetention: Double? = nil
    ) -> InterviewForecast {
        let target = targetRetention ?? settings.desiredRetention
        var total = 0.0
        var unreviewed = 0
        var below = 0
        for card in cards {
            let recall = retrievability(of: card, at: interview)
            total += recall
            if card.isNew { unreviewed += 1 }
            if recall < target { below += 1 }
        }
        return InterviewForecast(
            interview: interview, cardCount: cards.count,
            averageRetrievability: cards.isEmpty ? 0 : total / Double(cards.count),
            unreviewedCount: unreviewed, belowTargetCount: below, targetRetention: target)
    }
}
