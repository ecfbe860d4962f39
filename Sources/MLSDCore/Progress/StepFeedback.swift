import Foundation

/// The feedback stored with a scored answer (the `answers.feedback` column), written and read as
/// this one type: which rubric points it covered, with the words that earned them, which it
/// missed and why they matter, the pitfalls it fell into, the wrong claims, and the follow-up.
///
/// Read leniently (StepFeedback+Decoding.swift): history written by an older or newer scorer must
/// still export, so a field that is missing or shaped differently is left empty rather than
/// failing the whole answer.
public struct StepFeedback: Sendable, Equatable {
    public var score: Double?
    public var level: StepScore.Level?
    public var covered: [QuotedPoint] = []
    /// Points the answer named only to wave away ("no need for a feature store").
    public var dismissed: [QuotedPoint] = []
    public var missed: [MissedPoint] = []
    public var pitfalls: [PitfallHit] = []
    public var followup: String?
    public var wrong: [WrongHit] = []
    public var followupVerdict: FollowupVerdict?

    /// Nothing found yet; fill in what is known.
    public init() {}

    /// What is kept of a score: everything but the per-point credit and depth details, which the
    /// score already sums up.
    public init(_ score: StepScore) {
        self.score = score.score
        level = score.level
        covered = score.covered.map { QuotedPoint(id: $0.id, title: $0.title, evidence: $0.evidence) }
        (dismissed, missed, pitfalls) = (score.dismissed, score.missed, score.pitfalls)
        (followup, wrong, followupVerdict) = (score.followup, score.wrong, score.followupVerdict)
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
