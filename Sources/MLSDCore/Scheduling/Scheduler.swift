import Foundation

/// FSRS-6 scheduling, py-fsrs 6.3.2's `Scheduler.review_card` as a pure function.
///
/// With fuzz off, `review` reproduces py-fsrs exactly (state, step, due to the second, S and D to
/// the last bit on the same libm): Tests/MLSDCoreTests/Fixtures/fsrs holds the reference histories.
/// Time is always a parameter, so every rule can be tested without a clock.
public struct Scheduler: Sendable, Equatable {
    public static let secondsPerDay: TimeInterval = 86_400

    public let settings: SchedulerSettings
    public let model: MemoryModel

    /// The defaults (py-fsrs's, with deterministic fuzz on). They are known valid, so no throw.
    public init() {
        settings = SchedulerSettings()
        model = MemoryModel(parameters: settings.parameters)
    }

    public init(settings: SchedulerSettings) throws(SchedulerSettingsError) {
        try settings.validate()
        self.settings = settings
        model = MemoryModel(parameters: settings.parameters)
    }

    // MARK: Time and the forgetting curve

    /// Whole 24-hour periods from `start` to `end`, rounded down (negative if `end` is earlier).
    ///
    /// This is Python's `timedelta.days`, which py-fsrs uses both for the same-day test and for R:
    /// 23 h 59 m is 0 days, not a calendar day and not 0.999. The difference is taken to the
    /// microsecond first, as Python does, so a review exactly 24 h later counts 1 even when the
    /// instants carry sub-second noise.
    public static func elapsedDays(from start: Date, to end: Date) -> Int {
        let microseconds = (end.timeIntervalSince(start) * 1_000_000).rounded()
        let days = (microseconds / (secondsPerDay * 1_000_000)).rounded(.down)
        guard days.isFinite else { return days > 0 ? Int.max : Int.min }
        // Int(_:) traps outside Int's range; no real pair of dates is a quadrillion days apart.
        return Int(min(max(days, -1e15), 1e15))
    }

    /// The probability that `card` is recalled at `now`, as py-fsrs's `get_card_retrievability`:
    /// 0 for a card never reviewed, and time counted in whole days, so R stays at 1 for the first
    /// 24 hours after a review.
    public func retrievability(of card: MemoryCard, at now: Date) -> Double {
        retrievability(stability: card.stability, lastReview: card.lastReview, at: now)
    }

    /// The same from the two fields it reads, which the review queue has without whole cards.
    public func retrievability(stability: Double?, lastReview: Date?, at now: Date) -> Double {
        guard let stability, let lastReview else { return 0 }
        let days = max(0, Self.elapsedDays(from: lastReview, to: now))
        return model.retrievability(elapsedDays: Double(days), stability: stability)
    }

    /// Fractional days until R falls from 1 to the desired retention, before rounding.
    public func rawInterval(stability: Double) -> Double {
        model.rawInterval(stability: stability, desiredRetention: settings.desiredRetention)
    }

    /// The review interval in whole days for `stability`: I_raw rounded half-to-even (Python's
    /// `round`), then clamped to 1…maximum interval.
    ///
    /// The clamp happens on the Double, before conversion to Int: py-fsrs has no upper bound on S,
    /// so a long chain can make I_raw arbitrarily large, and converting first would trap.
    public func interval(stability: Double) -> Int {
        let raw = rawInterval(stability: stability)
        guard !raw.isNaN else { return 1 }
        let rounded = raw.rounded(.toNearestOrEven)
        return Int(min(max(rounded, 1), Double(settings.maximumInterval)))
    }

    // MARK: Review

    /// Applies one answer to a card, as py-fsrs's `review_card`, and returns the updated card with a
    /// log that explains the new due instant.
    ///
    /// - Parameters:
    ///   - now: the instant of the answer.
    ///   - seed: drives fuzz when `settings.enableFuzz` is on; use `FuzzSeed(cardID:card:)` so that
    ///     the same review of the same card always lands on the same day. Ignored with fuzz off.
    ///   - interview: when set, a review interval that would skip past the interview with R below
    ///     target is pulled in before it (`interviewCap`). nil reproduces py-fsrs.
    public func review(
        card: MemoryCard, rating: Rating, now: Date, seed: FuzzSeed, interview: InterviewDeadline? = nil
    ) -> (card: MemoryCard, log: ReviewLog) {
        let elapsed = card.lastReview.map { Self.elapsedDays(from: $0, to: now) }
        let recall = card.isNew ? nil : retrievability(of: card, at: now)
        let (stability, difficulty) = nextMemory(card, rating: rating, elapsedDays: elapsed, retrievability: recall)

        var next = card
        next.stability = stability
        next.difficulty = difficulty
        next.reps += 1
        next.lastReview = now
        if card.state == .review && rating == .again { next.lapses += 1 }

        var why = IntervalExplanation(
            kind: .review, step: nil, elapsedDays: elapsed, retrievabilityAtReview: recall,
            stability: stability, difficulty: difficulty, desiredRetention: settings.desiredRetention,
            rawIntervalDays: nil, roundedIntervalDays: nil, clampedToMaximum: false,
            fuzzedIntervalDays: nil, changedByFuzz: false, cappedByInterview: false,
            intervalSeconds: 0, due: now)
        switch nextWait(card, rating: rating) {
        case .step(let index, let seconds):
            next.state = card.state == .learning ? .learning : .relearning
            next.step = index
            next.due = now.addingTimeInterval(seconds)
            why.kind = next.state == .learning ? .learningStep : .relearningStep
            why.step = index
        case .review:
            next.state = .review
            next.step = nil
            let raw = rawInterval(stability: stability)
            let rounded = interval(stability: stability)
            let fuzzed =
                settings.enableFuzz
                ? Fuzz.apply(interval: rounded, maximumInterval: settings.maximumInterval, seed: seed)
                : rounded
            next.due = now.addingTimeInterval(Double(fuzzed) * Self.secondsPerDay)
            if let interview,
                let earlier = interviewCap(due: next.due, now: now, stability: stability, interview: interview)
            {
                next.due = earlier
                why.cappedByInterview = true
            }
            why.rawIntervalDays = raw
            why.roundedIntervalDays = rounded
            why.clampedToMaximum = raw.rounded(.toNearestOrEven) > Double(settings.maximumInterval)
            why.fuzzedIntervalDays = fuzzed
            why.changedByFuzz = fuzzed != rounded
        }
        why.due = next.due
        why.intervalSeconds = next.due.timeIntervalSince(now)
        return (next, ReviewLog(rating: rating, reviewedAt: now, before: card, explanation: why))
    }

    /// S and D after the answer: S from the *old* D first, then D (fsrs-6.md trap 3). Every state
    /// follows the same rule, so a learning card answered days later uses the long-term formulas
    /// and a review card answered twice in a day uses the short-term one (trap 2).
    private func nextMemory(
        _ card: MemoryCard, rating: Rating, elapsedDays: Int?, retrievability: Double?
    ) -> (stability: Double, difficulty: Double) {
        guard let stability = card.stability, let difficulty = card.difficulty else {
            return (model.initialStability(rating), model.initialDifficulty(rating))
        }
        let nextStability: Double
        if let elapsedDays, elapsedDays < 1 {
            nextStability = model.shortTermStability(stability, rating: rating)
        } else {
            nextStability = model.longTermStability(
                stability: stability, difficulty: difficulty, retrievability: retrievability ?? 0, rating: rating)
        }
        return (nextStability, model.nextDifficulty(difficulty, rating: rating))
    }

    /// Another minute-scale step or a day-scale interval, by state and rating (fsrs-6.md §3 table).
    private func nextWait(_ card: MemoryCard, rating: Rating) -> StepWait {
        switch card.state {
        case .learning:
            return StepWait.after(rating, step: card.step ?? 0, steps: settings.learningSteps)
        case .relearning:
            return StepWait.after(rating, step: card.step ?? 0, steps: settings.relearningSteps)
        case .review:
            // A lapse relearns, unless there are no relearning steps: then it stays in review
            // with the interval of its cut stability, as py-fsrs does.
            guard rating == .again, let first = settings.relearningSteps.first else { return .review }
            return .step(index: 0, seconds: first)
        }
    }
}
