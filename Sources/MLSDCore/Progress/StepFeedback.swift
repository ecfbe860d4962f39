import Foundation

/// The feedback stored with a scored answer (the `answers.feedback` column), written and read as
/// this one type: which rubric points it covered, with the words that earned them, which it
/// missed and why they matter, the pitfalls it fell into, the wrong claims, and the follow-up.
///
/// Read leniently (StepFeedback+Decoding.swift): history written by an older or newer scorer must
/// still export, so a field that is missing or shaped differently is left empty rather than
/// failing the whole answer.
public struct StepFeedback: Sendable, Equatable {
    public struct Covered: Codable, Sendable, Equatable {
        public var id: String
        public var title: String
        /// The words of the answer that earned the point.
        public var evidence: String

        public init(id: String, title: String, evidence: String = "") {
            self.id = id
            self.title = title
            self.evidence = evidence
        }
    }

    public struct Missed: Codable, Sendable, Equatable {
        public var id: String
        public var title: String
        public var why: String
        public var weight: Int?

        public init(id: String, title: String, why: String = "", weight: Int? = nil) {
            self.id = id
            self.title = title
            self.why = why
            self.weight = weight
        }
    }

    public struct PitfallNote: Codable, Sendable, Equatable {
        public var id: String
        public var title: String
        public var why: String
        /// The words that raised it, when some did.
        public var evidence: String

        public init(id: String, title: String, why: String = "", evidence: String = "") {
            self.id = id
            self.title = title
            self.why = why
            self.evidence = evidence
        }
    }

    public var score: Double?
    public var level: StepScore.Level?
    public var covered: [Covered]
    /// Points the answer named only to wave away ("no need for a feature store").
    public var dismissed: [Covered]
    public var missed: [Missed]
    public var pitfalls: [PitfallNote]
    public var followup: String?
    public var wrong: [WrongHit]
    public var followupVerdict: FollowupVerdict?

    public init(
        score: Double? = nil, level: StepScore.Level? = nil, covered: [Covered] = [], dismissed: [Covered] = [],
        missed: [Missed] = [], pitfalls: [PitfallNote] = [], followup: String? = nil, wrong: [WrongHit] = [],
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

    /// What is kept of a score: everything but the per-point credit and depth details, which the
    /// score already sums up.
    public init(_ score: StepScore) {
        self.init(
            score: score.score, level: score.level,
            covered: score.covered.map { Covered(id: $0.id, title: $0.title, evidence: $0.evidence) },
            dismissed: score.dismissed.map { Covered(id: $0.id, title: $0.title, evidence: $0.evidence) },
            missed: score.missed.map { Missed(id: $0.id, title: $0.title, why: $0.why, weight: $0.weight) },
            pitfalls: score.pitfalls.map {
                PitfallNote(id: $0.id, title: $0.title, why: $0.why, evidence: $0.evidence ?? "")
            },
            followup: score.followup, wrong: score.wrong, followupVerdict: score.followupVerdict)
    }

    /// The stored text: stable JSON (sorted snake_case keys).
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    /// Reads the stored text; nil when it is not a JSON object at all.
    public static func decode(_ json: String) -> StepFeedback? {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try? decoder.decode(StepFeedback.self, from: Data(json.utf8))
    }
}
