import Foundation

/// Everything that shapes a schedule: the FSRS-6 weights and the user's choices around them.
///
/// The defaults are py-fsrs 6.3.2's `Scheduler()` defaults, so a default scheduler with fuzz off
/// reproduces py-fsrs exactly. Values are only trusted after `validate()`; `Scheduler.init(settings:)`
/// and decoding both validate, so an out-of-range setting cannot reach the maths.
public struct SchedulerSettings: Codable, Sendable, Equatable {
    /// FSRS-6 default weights w0…w20 (py-fsrs `DEFAULT_PARAMETERS`).
    public static let defaultParameters: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956,
        6.4133, 0.8334,
        3.0194, 0.001,
        1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483,
        0.6014, 1.8729,
        0.5425, 0.0912, 0.0658,
        0.1542,
    ]

    /// py-fsrs's bounds for each weight. Outside them py-fsrs raises, and some formulas misbehave
    /// (w20 = 0 divides by zero, w4 < 1 gives difficulties outside 1…10 from the first review).
    public static let parameterBounds: [ClosedRange<Double>] = [
        0.001...100, 0.001...100, 0.001...100, 0.001...100,
        1...10, 0.001...4,
        0.001...4, 0.001...0.75,
        0...4.5, 0...0.8, 0.001...3.5,
        0.001...5, 0.001...0.25, 0.001...0.9, 0...4,
        0...1, 1...6,
        0...2, 0...2, 0...0.8,
        0.1...0.8,
    ]

    /// What each weight does, for error messages a user can act on.
    public static let parameterRoles: [String] = [
        "initial stability after Again", "initial stability after Hard",
        "initial stability after Good", "initial stability after Easy",
        "initial difficulty", "initial difficulty spread",
        "difficulty step", "difficulty mean reversion",
        "recall stability scale", "recall stability saturation", "recall retrievability gain",
        "lapse stability scale", "lapse difficulty exponent", "lapse stability exponent",
        "lapse retrievability gain",
        "Hard penalty", "Easy bonus",
        "same-day stability scale", "same-day stability offset", "same-day stability saturation",
        "forgetting-curve decay",
    ]

    /// Below 0.70 the schedule is mostly forgetting; above 0.99 intervals collapse to a day or two
    /// and the review load explodes. Both ends are where FSRS's own guidance stops.
    public static let desiredRetentionRange: ClosedRange<Double> = 0.70...0.99

    /// One day to a hundred years: py-fsrs's default maximum is the upper end.
    public static let maximumIntervalRange: ClosedRange<Int> = 1...36500

    /// The 21 FSRS-6 weights w0…w20.
    public var parameters: [Double]
    /// The probability of recall at which a review card comes due (r in fsrs-6.md).
    public var desiredRetention: Double
    /// Waits, in seconds, between the steps of a new card; empty sends it straight to day intervals.
    public var learningSteps: [TimeInterval]
    /// Waits, in seconds, after a lapse; empty keeps a forgotten card in `review`.
    public var relearningSteps: [TimeInterval]
    /// The longest review interval, in days.
    public var maximumInterval: Int
    /// Spread review intervals of 3 days and more over a small range so cards learned together do
    /// not stay due together. Deterministic: see `FuzzSeed`.
    public var enableFuzz: Bool

    public init(
        parameters: [Double] = SchedulerSettings.defaultParameters,
        desiredRetention: Double = 0.9,
        learningSteps: [TimeInterval] = [60, 600],
        relearningSteps: [TimeInterval] = [600],
        maximumInterval: Int = 36500,
        enableFuzz: Bool = true
    ) {
        self.parameters = parameters
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
        self.enableFuzz = enableFuzz
    }

    /// Checks every setting and reports all problems at once, so a user fixing a config file does
    /// not have to go round the loop once per mistake.
    public func validate() throws(SchedulerSettingsError) {
        var issues: [SchedulerSettingsError.Issue] = []
        let bounds = Self.parameterBounds
        if parameters.count != bounds.count {
            issues.append(.parameterCount(found: parameters.count, expected: bounds.count))
        } else {
            for (index, value) in parameters.enumerated() where !bounds[index].contains(value) {
                issues.append(.parameterOutOfRange(index: index, value: value, allowed: bounds[index]))
            }
        }
        // `contains` is false for NaN, so a NaN from a broken config file is reported too.
        if !Self.desiredRetentionRange.contains(desiredRetention) {
            issues.append(.desiredRetentionOutOfRange(value: desiredRetention, allowed: Self.desiredRetentionRange))
        }
        for (index, seconds) in learningSteps.enumerated() where !(seconds.isFinite && seconds > 0) {
            issues.append(.stepNotPositive(list: .learning, index: index, seconds: seconds))
        }
        for (index, seconds) in relearningSteps.enumerated() where !(seconds.isFinite && seconds > 0) {
            issues.append(.stepNotPositive(list: .relearning, index: index, seconds: seconds))
        }
        if !Self.maximumIntervalRange.contains(maximumInterval) {
            issues.append(.maximumIntervalOutOfRange(value: maximumInterval, allowed: Self.maximumIntervalRange))
        }
        if !issues.isEmpty { throw SchedulerSettingsError(issues: issues) }
    }

    private enum CodingKeys: String, CodingKey {
        case parameters, desiredRetention, learningSteps, relearningSteps, maximumInterval, enableFuzz
    }

    /// Decoding validates: settings read from disk are as untrusted as settings typed by hand.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            parameters: try container.decode([Double].self, forKey: .parameters),
            desiredRetention: try container.decode(Double.self, forKey: .desiredRetention),
            learningSteps: try container.decode([TimeInterval].self, forKey: .learningSteps),
            relearningSteps: try container.decode([TimeInterval].self, forKey: .relearningSteps),
            maximumInterval: try container.decode(Int.self, forKey: .maximumInterval),
            enableFuzz: try container.decode(Bool.self, forKey: .enableFuzz)
        )
        do {
            try validate()
        } catch {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath, debugDescription: error.description, underlyingError: error))
        }
    }
}

extension SchedulerSettings {
    /// The scheduling part of the user's `mlsd config` settings, with the given FSRS-6 weights
    /// (the defaults until mlsd learns to optimise them). `Settings` already validates each value
    /// against the same ranges, so this only converts.
    public init(_ settings: Settings, parameters: [Double] = SchedulerSettings.defaultParameters) {
        self.init(
            parameters: parameters,
            desiredRetention: settings.desiredRetention,
            learningSteps: settings.learningSteps.map(TimeInterval.init),
            relearningSteps: settings.relearningSteps.map(TimeInterval.init),
            maximumInterval: settings.maximumInterval,
            enableFuzz: settings.fuzz)
    }
}
