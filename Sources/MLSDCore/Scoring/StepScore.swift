/// How an answer to one step measured up against the rubric, with the reasons.
public struct StepScore: Codable, Sendable, Equatable {
    /// 0–100.
    public var score: Double
    public var level: Level
    /// Points the answer made, each with the words that earned it.
    public var covered: [CoveredPoint]
    /// Points the answer brought up only to reject them ("we don't need a feature store").
    public var dismissed: [QuotedPoint]
    /// Points neither made nor dismissed, most important first.
    public var missed: [MissedPoint]
    public var pitfalls: [PitfallHit]
    /// What an interviewer would probe next; nil only when the step has no follow-ups and nothing is missing.
    public var followup: String?
    /// Wrong claims the answer made, each with the words that made it, why it is wrong and the fix.
    public var wrong: [WrongHit]
    /// The verdict on the answer to a follow-up question, when one was scored with the step.
    public var followupVerdict: FollowupVerdict?

    public init(
        score: Double, level: Level, covered: [CoveredPoint], dismissed: [QuotedPoint],
        missed: [MissedPoint], pitfalls: [PitfallHit], followup: String?, wrong: [WrongHit] = [],
        followupVerdict: FollowupVerdict? = nil
    ) {
        self.score = score
        self.level = level
        self.covered = covered
        self.dismissed = dismissed
        self.missed = missed
        self.pitfalls = pitfalls
        self.followup = followup
        self.wrong = wrong
        self.followupVerdict = followupVerdict
    }

    enum CodingKeys: String, CodingKey {
        case score, level, covered, dismissed, missed, pitfalls, followup, wrong, followupVerdict
    }

    /// Feedback stored before wrong claims and follow-up verdicts existed still reads.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            score: try c.decode(Double.self, forKey: .score), level: try c.decode(Level.self, forKey: .level),
            covered: try c.decode([CoveredPoint].self, forKey: .covered),
            dismissed: try c.decode([QuotedPoint].self, forKey: .dismissed),
            missed: try c.decode([MissedPoint].self, forKey: .missed),
            pitfalls: try c.decode([PitfallHit].self, forKey: .pitfalls),
            followup: try c.decodeIfPresent(String.self, forKey: .followup),
            wrong: try c.decodeIfPresent([WrongHit].self, forKey: .wrong) ?? [],
            followupVerdict: try c.decodeIfPresent(FollowupVerdict.self, forKey: .followupVerdict))
    }
}

public struct CoveredPoint: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    /// The answer's own words that made the point (a clause, shortened with "…" if long).
    public var evidence: String
    /// 0–1: below 1 when the point was only listed, not explained, or only echoed the question.
    public var credit: Double
    /// The rubric's depth phrasings the answer also used.
    public var details: [String]

    public init(id: String, title: String, evidence: String, credit: Double = 1, details: [String] = []) {
        self.id = id
        self.title = title
        self.evidence = evidence
        self.credit = credit
        self.details = details
    }
}

/// A rubric point and the words of the answer that named it (dismissed here; covered or dismissed
/// in stored feedback).
public struct QuotedPoint: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var evidence: String

    public init(id: String, title: String, evidence: String) {
        self.id = id
        self.title = title
        self.evidence = evidence
    }
}

public struct MissedPoint: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var why: String
    public var weight: Int

    public init(id: String, title: String, why: String, weight: Int) {
        self.id = id
        self.title = title
        self.why = why
        self.weight = weight
    }
}

public struct PitfallHit: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var why: String
    /// The words that raised it, when some did (a trigger, or a dismissed safeguard).
    public var evidence: String?

    public init(id: String, title: String, why: String, evidence: String? = nil) {
        self.id = id
        self.title = title
        self.why = why
        self.evidence = evidence
    }
}

/// A wrong claim an answer made.
public struct WrongHit: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    /// The clause of the answer that made it.
    public var evidence: String
    public var why: String
    public var fix: String

    public init(id: String, title: String, evidence: String, why: String, fix: String) {
        self.id = id
        self.title = title
        self.evidence = evidence
        self.why = why
        self.fix = fix
    }
}

/// How the answer to a follow-up measured up against what the question expects.
public struct FollowupVerdict: Codable, Sendable, Equatable {
    public var question: String
    /// Titles of the expected points the answer made.
    public var right: [String]
    /// Titles of the expected points it did not.
    public var missing: [String]
    /// Rubric points of the step the follow-up answer made with substance.
    public var added: [String]

    public init(question: String, right: [String], missing: [String], added: [String]) {
        self.question = question
        self.right = right
        self.missing = missing
        self.added = added
    }
}

/// A follow-up question the interviewer asked within the step, and the candidate's answer to it.
public struct FollowupAnswer: Sendable, Equatable {
    public var question: String
    public var answer: String

    public init(question: String, answer: String) {
        self.question = question
        self.answer = answer
    }
}
