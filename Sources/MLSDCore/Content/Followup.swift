/// A question the interviewer probes with once the candidate has answered a step, with what a
/// right answer to it says (content format v2).
///
/// Older packs and database rows hold a plain string: it decodes as a question with nothing expected.
public struct Followup: Codable, Sendable, Equatable, ExpressibleByStringLiteral {
    public var question: String
    /// What an interviewer wants to hear back; empty for a plain-string follow-up.
    public var expects: [ExpectedPoint]
    /// Choices that make this the follow-up to ask: it probes the technique the candidate committed to.
    public var triggers: [String]

    public init(question: String, expects: [ExpectedPoint] = [], triggers: [String] = []) {
        self.question = question
        self.expects = expects
        self.triggers = triggers
    }

    public init(stringLiteral question: String) { self.init(question: question) }

    enum CodingKeys: String, CodingKey { case question, expects, triggers }

    public init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let question = try? single.decode(String.self) {
            self.init(question: question)
            return
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            question: try c.decode(String.self, forKey: .question),
            expects: try c.decodeIfPresent([ExpectedPoint].self, forKey: .expects) ?? [],
            triggers: try c.decodeIfPresent([String].self, forKey: .triggers) ?? [])
    }
}

/// One thing a right answer to a follow-up says.
public struct ExpectedPoint: Codable, Sendable, Equatable {
    public var title: String
    public var phrasings: [String]

    public init(title: String, phrasings: [String]) {
        self.title = title
        self.phrasings = phrasings
    }
}
