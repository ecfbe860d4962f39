import Foundation

/// Why a card's next due instant is what it is: the numbers behind one scheduling decision, so the
/// CLI can answer "why 11 days?" with "R was 90% when you answered; S is now 11 d; at 90% target
/// retention that is 10.97 d, rounded to 11 d; fuzz moved it to 12 d".
public struct IntervalExplanation: Codable, Sendable, Equatable {
    /// Which rule chose the wait.
    public enum Kind: String, Codable, Sendable {
        /// A minute-scale learning step; `step` says which.
        case learningStep
        /// A minute-scale relearning step after a lapse; `step` says which.
        case relearningStep
        /// A day-scale interval from the forgetting curve.
        case review
    }

    public var kind: Kind
    /// The step now waited on, for the two step kinds.
    public var step: Int?
    /// Whole days since the previous review (nil for a first review).
    public var elapsedDays: Int?
    /// R at the moment of the answer, before it changed anything (nil for a new card).
    public var retrievabilityAtReview: Double?
    /// S and D after the review.
    public var stability: Double
    public var difficulty: Double
    /// The retention the interval aims for.
    public var desiredRetention: Double
    /// I_raw: fractional days until R falls to the desired retention (review kind only).
    public var rawIntervalDays: Double?
    /// I_raw rounded and clamped to 1…maximum interval (review kind only).
    public var roundedIntervalDays: Int?
    /// True when the maximum interval, not the forgetting curve, set the rounded interval.
    public var clampedToMaximum: Bool
    /// The interval after fuzz (equal to the rounded one when fuzz is off or did not move it).
    public var fuzzedIntervalDays: Int?
    /// True when fuzz moved the interval.
    public var changedByFuzz: Bool
    /// True when interview-date mode pulled the due instant in before the interview.
    public var cappedByInterview: Bool
    /// The final wait, due − review instant, in seconds.
    public var intervalSeconds: TimeInterval
    public var due: Date

    public init(
        kind: Kind, step: Int?, elapsedDays: Int?, retrievabilityAtReview: Double?,
        stability: Double, difficulty: Double, desiredRetention: Double,
        rawIntervalDays: Double?, roundedIntervalDays: Int?, clampedToMaximum: Bool,
        fuzzedIntervalDays: Int?, changedByFuzz: Bool, cappedByInterview: Bool,
        intervalSeconds: TimeInterval, due: Date
    ) {
        self.kind = kind
        self.step = step
        self.elapsedDays = elapsedDays
        self.retrievabilityAtReview = retrievabilityAtReview
        self.stability = stability
        self.difficulty = difficulty
        self.desiredRetention = desiredRetention
        self.rawIntervalDays = rawIntervalDays
        self.roundedIntervalDays = roundedIntervalDays
        self.clampedToMaximum = clampedToMaximum
        self.fuzzedIntervalDays = fuzzedIntervalDays
        self.changedByFuzz = changedByFuzz
        self.cappedByInterview = cappedByInterview
        self.intervalSeconds = intervalSeconds
        self.due = due
    }

    /// The final wait as a button shows it: "1m", "5.5m", "10m", "3h", "11d", "1.4y".
    public var shortInterval: String { Self.shortDuration(seconds: intervalSeconds) }

    /// Compact duration for buttons and tables. Days are whole because review intervals are whole
    /// days; minutes and hours keep one decimal because Hard's 5.5-minute step is real.
    public static func shortDuration(seconds: TimeInterval) -> String {
        func trimmed(_ value: Double) -> String {
            let tenths = (value * 10).rounded() / 10
            return tenths == tenths.rounded() ? String(Int(tenths)) : String(format: "%.1f", tenths)
        }
        let s = max(seconds, 0)
        switch s {
        case ..<60: return "\(trimmed(s))s"
        case ..<3600: return "\(trimmed(s / 60))m"
        case ..<86400: return "\(trimmed(s / 3600))h"
        case ..<(365 * 86400): return "\(Int((s / 86400).rounded()))d"
        default: return "\(trimmed(s / (365.25 * 86400)))y"
        }
    }
}
