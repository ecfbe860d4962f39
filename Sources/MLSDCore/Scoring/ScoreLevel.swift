extension StepScore {
    /// The verdict on a score, as stored in `answers.level` and shown beside the number.
    public enum Level: String, Codable, Sendable, CaseIterable, Comparable {
        case missing, weak, adequate, strong

        /// Strong from 75, adequate from 50, weak above 0. 100 is everything an expert expects, said
        /// with substance, so strong is three quarters of it (ScoringPolicy holds the numbers).
        public init(score: Double) {
            switch score {
            case ScoringPolicy.strongFrom...: self = .strong
            case ScoringPolicy.adequateFrom..<ScoringPolicy.strongFrom: self = .adequate
            case let s where s > 0: self = .weak
            default: self = .missing
            }
        }

        public static func < (a: Level, b: Level) -> Bool {
            Level.allCases.firstIndex(of: a)! < Level.allCases.firstIndex(of: b)!
        }
    }
}
