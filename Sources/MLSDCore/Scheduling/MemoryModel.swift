import Foundation

/// The FSRS-6 memory model: how stability S, difficulty D and retrievability R evolve.
///
/// Each formula is written in the same order of operations as py-fsrs 6.3.2 (`scheduler.py`), and
/// powers of e go through `pow(e, x)` rather than `exp(x)` because Python's `math.e ** x` is a
/// `pow` call: on the same libm the two implementations then agree to the last bit, not merely to
/// the 1e-9 the conformance suite demands. See fsrs-6.md §2 for the maths.
public struct MemoryModel: Sendable, Equatable {
    /// py-fsrs clamps S from below only; there is deliberately no upper bound (fsrs-6.md trap 5).
    public static let minimumStability = 0.001
    public static let difficultyRange: ClosedRange<Double> = 1...10

    /// Python's `math.e`, the base py-fsrs raises.
    private static let e = 2.718281828459045

    public let w: [Double]
    /// The forgetting curve's exponent, −w20.
    public let decay: Double
    /// Chosen so that R(S, S) = 0.9 for any decay.
    public let factor: Double
    /// D0(Easy) without clamping: the mean-reversion target (fsrs-6.md trap 4).
    private let meanReversionTarget: Double

    /// `w` must hold 21 weights within bounds; `SchedulerSettings.validate()` checks that.
    public init(parameters w: [Double]) {
        precondition(w.count == 21, "FSRS-6 needs 21 parameters")
        self.w = w
        decay = -w[20]
        factor = pow(0.9, 1 / decay) - 1
        meanReversionTarget = w[4] - pow(Self.e, w[5] * Double(Rating.easy.rawValue - 1)) + 1
    }

    // MARK: Forgetting curve

    /// R(t, S): the probability of recall `elapsedDays` after the last review.
    public func retrievability(elapsedDays: Double, stability: Double) -> Double {
        pow(1 + factor * elapsedDays / stability, decay)
    }

    /// The forgetting curve solved for t: the (fractional) number of days until R falls to
    /// `desiredRetention`. Equals S when the retention is 0.9.
    public func rawInterval(stability: Double, desiredRetention: Double) -> Double {
        (stability / factor) * (pow(desiredRetention, 1 / decay) - 1)
    }

    // MARK: First review

    public func initialStability(_ rating: Rating) -> Double {
        max(w[rating.rawValue - 1], Self.minimumStability)
    }

    /// D0(G), clamped to 1…10 as py-fsrs stores it (Easy first gives 1, not −4.77).
    public func initialDifficulty(_ rating: Rating) -> Double {
        clampDifficulty(w[4] - pow(Self.e, w[5] * Double(rating.rawValue - 1)) + 1)
    }

    // MARK: Later reviews

    /// D after a review: a damped step by rating, then a pull towards D0(Easy).
    public func nextDifficulty(_ difficulty: Double, rating: Rating) -> Double {
        let delta = -(w[6] * Double(rating.rawValue - 3))
        // The step shrinks as D nears 10, so repeated Agains approach but never pass the cap.
        let damped = difficulty + (10.0 - difficulty) * delta / 9.0
        return clampDifficulty(w[7] * meanReversionTarget + (1 - w[7]) * damped)
    }

    /// S after a review one day or more after the previous one, given R at that moment and the
    /// difficulty *before* this review.
    public func longTermStability(
        stability: Double, difficulty: Double, retrievability: Double, rating: Rating
    ) -> Double {
        let next =
            rating == .again
            ? lapseStability(stability: stability, difficulty: difficulty, retrievability: retrievability)
            : recallStability(
                stability: stability, difficulty: difficulty, retrievability: retrievability, rating: rating)
        return max(next, Self.minimumStability)
    }

    /// S after a review within 24 hours of the previous one. R is not consulted: a same-day
    /// repeat says little about long-term memory, so only a small rating-dependent factor applies.
    public func shortTermStability(_ stability: Double, rating: Rating) -> Double {
        var increase = pow(Self.e, w[17] * (Double(rating.rawValue - 3) + w[18])) * pow(stability, -w[19])
        // A passing grade on the same day never lowers S.
        if rating != .again { increase = max(increase, 1.0) }
        return max(stability * increase, Self.minimumStability)
    }

    private func recallStability(
        stability: Double, difficulty: Double, retrievability: Double, rating: Rating
    ) -> Double {
        let hardPenalty = rating == .hard ? w[15] : 1
        let easyBonus = rating == .easy ? w[16] : 1
        return stability
            * (1 + pow(Self.e, w[8]) * (11 - difficulty) * pow(stability, -w[9])
                * (pow(Self.e, (1 - retrievability) * w[10]) - 1) * hardPenalty * easyBonus)
    }

    private func lapseStability(stability: Double, difficulty: Double, retrievability: Double) -> Double {
        let longTerm =
            w[11] * pow(difficulty, -w[12]) * (pow(stability + 1, w[13]) - 1)
            * pow(Self.e, (1 - retrievability) * w[14])
        // Forgetting must never leave a card more stable than before, so cap by a fixed cut.
        let cut = stability / pow(Self.e, w[17] * w[18])
        return min(longTerm, cut)
    }

    private func clampDifficulty(_ difficulty: Double) -> Double {
        min(max(difficulty, Self.difficultyRange.lowerBound), Self.difficultyRange.upperBound)
    }
}
