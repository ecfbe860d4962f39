/// A case study as the interviewer poses it, with the expert rubric for each of the seven steps.
/// Decoded from the JSON described in docs/content-format.md.
public struct CaseStudy: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var scenario: String
    public var difficulty: Difficulty
    public var tags: [String]
    public var steps: [Step]

    public init(id: String, title: String, scenario: String, difficulty: Difficulty, tags: [String], steps: [Step]) {
        self.id = id
        self.title = title
        self.scenario = scenario
        self.difficulty = difficulty
        self.tags = tags
        self.steps = steps
    }

    public func step(_ id: StepID) -> Step? { steps.first { $0.id == id } }
}

public enum Difficulty: String, Codable, Sendable, CaseIterable {
    case easy, medium, hard
}

public struct Step: Codable, Sendable, Equatable {
    public var id: StepID
    /// What the interviewer says to open the step.
    public var prompt: String
    /// Time budget; the seven budgets of a case add up to a 45-minute interview.
    public var minutes: Int
    /// Revealed one at a time on request.
    public var hints: [String]
    /// The model answer, as bullets.
    public var outline: [String]
    /// Questions an interviewer probes with once the candidate has answered.
    public var followups: [Followup]
    public var points: [RubricPoint]
    /// Claims an interviewer marks down in this step (content format v2); empty in older packs.
    public var wrong: [WrongClaim]

    public init(
        id: StepID, prompt: String, minutes: Int, hints: [String], outline: [String], followups: [Followup],
        points: [RubricPoint], wrong: [WrongClaim] = []
    ) {
        self.id = id
        self.prompt = prompt
        self.minutes = minutes
        self.hints = hints
        self.outline = outline
        self.followups = followups
        self.points = points
        self.wrong = wrong
    }

    enum CodingKeys: String, CodingKey { case id, prompt, minutes, hints, outline, followups, points, wrong }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(StepID.self, forKey: .id)
        prompt = try c.decode(String.self, forKey: .prompt)
        minutes = try c.decode(Int.self, forKey: .minutes)
        hints = try c.decode([String].self, forKey: .hints)
        outline = try c.decode([String].self, forKey: .outline)
        followups = try c.decode([Followup].self, forKey: .followups)
        points = try c.decode([RubricPoint].self, forKey: .points)
        wrong = try c.decodeIfPresent([WrongClaim].self, forKey: .wrong) ?? []
    }
}

/// One concept an expert expects in the answer to a step.
public struct RubricPoint: Codable, Sendable, Equatable {
    /// Stable within its case: answers and review cards refer to it.
    public var id: String
    public var title: String
    /// 1 (nice to have) to 3 (an interviewer would insist on it).
    public var weight: Int
    /// Why it matters, in one or two sentences.
    public var why: String
    /// The question that tests it: the front of its review card.
    public var question: String
    /// Ways an answer may express the concept (synonyms, abbreviations); any one covers the point.
    public var phrasings: [String]
    /// Phrasings that show depth beyond the bare concept; they earn extra credit.
    public var details: [String]
    /// The concept said in everyday words, without the field's jargon; matched like `phrasings`.
    public var plain: [String]

    public init(
        id: String, title: String, weight: Int, why: String, question: String, phrasings: [String],
        details: [String] = [], plain: [String] = []
    ) {
        self.id = id
        self.title = title
        self.weight = weight
        self.why = why
        self.question = question
        self.phrasings = phrasings
        self.details = details
        self.plain = plain
    }

    enum CodingKeys: String, CodingKey { case id, title, weight, why, question, phrasings, plain, details }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        weight = try c.decode(Int.self, forKey: .weight)
        why = try c.decode(String.self, forKey: .why)
        question = try c.decode(String.self, forKey: .question)
        phrasings = try c.decode([String].self, forKey: .phrasings)
        details = try c.decodeIfPresent([String].self, forKey: .details) ?? []
        plain = try c.decodeIfPresent([String].self, forKey: .plain) ?? []
    }
}
