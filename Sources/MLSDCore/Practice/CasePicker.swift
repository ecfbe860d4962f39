/// What `--random` needs to know about a case: whether the user has practised it, how well, and
/// how hard it is.
public struct CaseRecord: Sendable, Equatable {
    public var id: String
    public var attempts: Int
    public var bestScore: Double?
    public var difficulty: Difficulty

    public init(id: String, attempts: Int, bestScore: Double?, difficulty: Difficulty = .medium) {
        self.id = id
        self.attempts = attempts
        self.bestScore = bestScore
        self.difficulty = difficulty
    }
}

/// `mlsd practice --random`: someone who has never practised any case starts with an easy one
/// (a hard first case is discouraging), if the catalog has one; otherwise a case never practised,
/// chosen at random; when every case has been practised, the weakest one (lowest best score, a
/// session never finished counting as 0), ties broken at random. Randomness comes in as a
/// generator so a seed reproduces the choice.
public enum CasePicker {
    /// Why a case was picked, so the shell can say so.
    public enum Reason: Sendable, Equatable {
        /// The user has never practised; this is an easy case to begin with.
        case firstEasy
        /// A case the user has not practised yet.
        case fresh
        /// Every case has been practised; this one has the lowest best score.
        case weakest
    }

    public struct Choice: Sendable, Equatable {
        public var id: String
        public var reason: Reason

        public init(id: String, reason: Reason) {
            self.id = id
            self.reason = reason
        }
    }

    public static func choose<G: RandomNumberGenerator>(from cases: [CaseRecord], using generator: inout G) -> Choice? {
        let fresh = cases.filter { $0.attempts == 0 }
        if !fresh.isEmpty {
            let easy = fresh.filter { $0.difficulty == .easy }
            if fresh.count == cases.count, let id = easy.randomElement(using: &generator)?.id {
                return Choice(id: id, reason: .firstEasy)
            }
            return fresh.randomElement(using: &generator).map { Choice(id: $0.id, reason: .fresh) }
        }
        guard let weakest = cases.map({ $0.bestScore ?? 0 }).min() else { return nil }
        return cases.filter { ($0.bestScore ?? 0) == weakest }.randomElement(using: &generator)
            .map { Choice(id: $0.id, reason: .weakest) }
    }

    public static func pick<G: RandomNumberGenerator>(from cases: [CaseRecord], using generator: inout G) -> String? {
        choose(from: cases, using: &generator)?.id
    }
}
