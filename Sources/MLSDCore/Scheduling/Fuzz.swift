/// Where a fuzzed interval comes from: a seed the caller derives from stable facts about the
/// review, so the same review always lands on the same day.
///
/// py-fsrs draws from Python's global `random()`, so it cannot replay a review or show a button
/// preview that matches what the button will do. Seeding from the card id and the number of reviews
/// before this one keeps mlsd's core pure and makes preview, review and tests reproducible.
public struct FuzzSeed: Codable, Sendable, Hashable {
    public var value: UInt64

    public init(value: UInt64) {
        self.value = value
    }

    /// The seed for a card's review number `reviewCount` (0 for the first review).
    public init(cardID: Int64, reviewCount: Int) {
        // Golden-ratio multiply spreads consecutive ids apart; SplitMix64's output mixing does the
        // rest, so neighbouring ids and counts give unrelated draws.
        value = UInt64(bitPattern: cardID) &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(truncatingIfNeeded: reviewCount)
    }

    /// The seed for the next review of `card`, counting the reviews it already has.
    public init(cardID: Int64, card: MemoryCard) {
        self.init(cardID: cardID, reviewCount: card.reps)
    }
}

/// SplitMix64 (Steele, Lea and Flood, 2014): a tiny, fast generator whose every seed, including 0,
/// gives a well-mixed stream. Plenty for fuzz, which needs one draw per review; not for security.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform double in [0, 1) built from the top 53 bits, so every value is equally likely.
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }
}

/// py-fsrs's interval fuzz (fsrs-6.md §4), with one deliberate difference in the last step.
public enum Fuzz {
    /// Intervals shorter than this (in days) are never fuzzed: moving a 1- or 2-day review by a day
    /// would double or halve it.
    public static let minimumFuzzedInterval = 2.5

    private static let bands: [(start: Double, end: Double, factor: Double)] = [
        (2.5, 7, 0.15), (7, 20, 0.10), (20, .infinity, 0.05),
    ]

    /// The days a review interval of `interval` days may be moved to: ±(1 + 15% of the part
    /// between 2.5 and 7 days + 10% of the part between 7 and 20 + 5% of the rest), rounded,
    /// never below 2 days nor above `maximumInterval`.
    public static func range(interval: Int, maximumInterval: Int) -> ClosedRange<Int> {
        let days = Double(interval)
        var delta = 1.0
        for band in bands {
            delta += band.factor * max(min(days, band.end) - band.start, 0)
        }
        var low = max(2, Int((days - delta).rounded(.toNearestOrEven)))
        let high = min(Int((days + delta).rounded(.toNearestOrEven)), maximumInterval)
        low = min(low, high)
        return low...high
    }

    /// The fuzzed interval in days, a uniform draw from `range(interval:maximumInterval:)`.
    ///
    /// py-fsrs computes `round(random() · (high − low + 1) + low)`, which can return `high + 1`
    /// and makes both ends half as likely as the inner days. mlsd takes the floor instead (as Anki
    /// and ts-fsrs do): every day in the range is equally likely and the result never leaves it.
    public static func apply(interval: Int, maximumInterval: Int, seed: FuzzSeed) -> Int {
        guard Double(interval) >= minimumFuzzedInterval else { return interval }
        let range = range(interval: interval, maximumInterval: maximumInterval)
        var generator = SplitMix64(seed: seed.value)
        let offset = Int(generator.nextUnit() * Double(range.count))
        return min(range.lowerBound + offset, range.upperBound, maximumInterval)
    }
}
