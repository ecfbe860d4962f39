/// How an answer to one step measured up against the rubric, with the reasons.
public struct StepScore: Codable, Sendable, Equatable {
    /// 0–100.
    public var score: Double
    public var level: Level
    /// Points the answer made, each with the words that earned it.
    public var covered: [CoveredPoint]
    /// Points the answer brought up only to reject them ("we don't need a feature store").
    public var dismissed: [DismissedPoint]
    /// Points neither made nor dismissed, most important first.
    public var missed: [MissedPoint]
    public var pitfalls: [PitfallHit]
    /// What an interviewer would probe next; nil only when the step has no follow-ups and nothing is missing.
    public var followup: String?

    public init(score: Double, level: Level, covered: [CoveredPoint], dismissed: [DismissedPoint],
                missed: [MissedPoint], pitfalls: [PitfallHit], followup: String?) {
        self.score = score
        self.level = level
        self.covered = covered
        self.dismissed = dismissed
        self.missed = missed
        self.pitfalls = pitfalls
        self.followup = followup
    }

    public enum Level: String, Codable, Sendable, CaseIterable, Comparable {
        case missing, weak, adequate, strong

        /// Strong from 70, adequate from 45, weak above 0. Tuned on the graded answer set: strong
        /// answers (most weight-3 points made in real sentences) land above 70, answers that make
        /// about half the points land between 45 and 70, keyword lists below 45.
        public init(score: Double) {
            switch score {
            case 70...: self = .strong
            case 45..<70: self = .adequate
            case let s where s > 0: self = .weak
            default: self = .missing
            }
        }

        public static func < (a: Level, b: Level) -> Bool {
            Level.allCases.firstIndex(of: a)! < Level.allCases.firstIndex(of: b)!
        }
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

public struct DismissedPoint: Codable, Sendable, Equatable {
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

/// A follow-up question the interviewer asked within the step, and the candidate's answer to it.
public struct FollowupAnswer: Sendable, Equatable {
    public var question: String
    public var answer: String

    public init(question: String, answer: String) {
        self.question = question
        self.answer = answer
    }
}
