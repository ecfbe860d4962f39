/// What `--random` needs to know about a case: whether the user has practised it and how well.
public struct CaseRecord: Sendable, Equatable {
    public var id: String
    public var attempts: Int
    public var bestScore: Double?

    public init(id: String, attempts: Int, bestScore: Double?) {
        self.id = id
        self.attempts = attempts
        self.bestScore = bestScore
    }
}

/// `mlsd practice --random`: a case never practised, chosen at random; when every case has been
/// practised, the weakest one (lowest best score, a session never finished counting as 0), ties
/// broken at random. Randomness comes in as a generator so a seed reproduces the choice.
public enum CasePicker {
    public static func pick<G: RandomNumberGenerator>(from cases: [CaseRecord], using generator: inout G) -> String? {
        let fresh = cases.filter { $0.attempts == 0 }
        if !fresh.isEmpty { return fresh.randomElement(using: &generator)?.id }
        guard let weakest = cases.map({ $0.bestScore ?? 0 }).min() else { return nil }
        return cases.filter { ($0.bestScore ?? 0) == weakest }.randomElement(using: &generator)?.id
    }
}
