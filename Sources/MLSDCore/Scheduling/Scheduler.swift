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
        guard let stability = card.stability, let lastReview = card.lastReview else { return 0 }
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
        var next = card
        next.reps += 1
        let elapsed = card.lastReview.map { Self.elapsedDays(from: $0, to: now) }
        let retrievabilityAtReview = card.isNew ? nil : retrievability(of: card, at: now)

        // Memory: S from the old D first, then D (fsrs-6.md trap 3).
        if let stability = card.stability, let difficulty = card.difficulty {
            if let elapsed, elapsed < 1 {
                next.stability = model.shortTermStability(stability, rating: rating)
            } else {
                next.stability = model.longTermStability(
                    stability: stability, difficulty: difficulty,
                    retrievability: retrievabilityAtReview ?? 0, rating: rating)
            }
            next.difficulty = model.nextDifficulty(difficulty, rating: rating)
        } else {
            next.stability = model.initialStability(rating)
            next.difficulty = model.initialDifficulty(rating)
        }
        let stability = next.stability!

        // State: minute-scale steps or a day-scale interval.
        let wait: StepWait
        switch card.state {
        case .learning:
            wait = StepWait.after(rating, step: card.step ?? 0, steps: settings.learningSteps)
        case .relearning:
            wait = StepWait.after(rating, step: card.step ?? 0, steps: settings.relearningSteps)
        case .review:
            if rating == .again {
                next.lapses += 1
                wait = settings.relearningSteps.first.map { .step(index: 0, seconds: $0) } ?? .review
            } else {
                wait = .review
            }
        }

        let explanation: IntervalExplanation
        switch wait {
        case let .step(index, seconds):
            next.state = card.state == .learning ? .learning : .relearning
            next.step = index
            next.due = now.addingTimeInterval(seconds)
            explanation = IntervalExplanation(
                kind: next.state == .learning ? .learningStep : .relearningStep, step: index,
                elapsedDays: elapsed, retrievabilityAtReview: retrievabilityAtReview,
                stability: stability, difficulty: next.difficulty!, desiredRetention: settings.desiredRetention,
                rawIntervalDays: nil, roundedIntervalDays: nil, clampedToMaximum: false,
                fuzzedIntervalDays: nil, changedByFuzz: false, cappedByInterview: false,
                intervalSeconds: seconds, due: next.due)
        case .review:
            next.state = .review
            next.step = nil
            let raw = rawInterval(stability: stability)
            let rounded = interval(stability: stability)
            let fuzzed = settings.enableFuzz
                ? Fuzz.apply(interval: rounded, maximumInterval: settings.maximumInterval, seed: seed)
                : rounded
            var due = now.addingTimeInterval(Double(fuzzed) * Self.secondsPerDay)
            var capped = false
            if let interview, let earlier = interviewCap(due: due, now: now, stability: stability, interview: interview) {
                due = earlier
                capped = true
            }
            next.due = due
            explanation = IntervalExplanation(
                kind: .review, step: nil, elapsedDays: elapsed, retrievabilityAtReview: retrievabilityAtReview,
                stability: stability, difficulty: next.difficulty!, desiredRetention: settings.desiredRetention,
                rawIntervalDays: raw, roundedIntervalDays: rounded,
                clampedToMaximum: raw.rounded(.toNearestOrEven) > Double(settings.maximumInterval),
                fuzzedIntervalDays: fuzzed, changedByFuzz: fuzzed != rounded, cappedByInterview: capped,
                intervalSeconds: due.timeIntervalSince(now), due: due)
        }
        next.lastReview = now
        return (next, ReviewLog(rating: rating, reviewedAt: now, before: card, explanation: explanation))
    }
}
