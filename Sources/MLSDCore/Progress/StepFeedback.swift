import Foundation

/// The feedback stored with a scored answer (the `answers.feedback` column): which rubric points
/// it covered, with the words that earned them, which it missed and why they matter, the pitfalls
/// it fell into and the follow-up that was asked.
///
/// Read leniently: history written by an older or newer scorer must still export, so a field
/// that is missing or shaped differently is left empty rather than failing the whole answer.
public struct StepFeedback: Sendable, Equatable {
    public struct Covered: Sendable, Equatable {
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

    public struct Missed: Sendable, Equatable {
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

    public struct PitfallNote: Sendable, Equatable {
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

    public init(score: Double? = nil, level: StepScore.Level? = nil, covered: [Covered] = [], dismissed: [Covered] = [],
                missed: [Missed] = [], pitfalls: [PitfallNote] = [], followup: String? = nil) {
        self.score = score
        self.level = level
        self.covered = covered
        self.dismissed = dismissed
        self.missed = missed
        self.pitfalls = pitfalls
        self.followup = followup
    }

    /// Reads the stored JSON; nil when it is not a JSON object at all.
    public static func decode(_ json: String) -> StepFeedback? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else {
            return nil
        }
        return StepFeedback(
            score: number(object["score"]),
            level: (object["level"] as? String).flatMap(StepScore.Level.init(rawValue:)),
            covered: list(object["covered"]).map(covered),
            dismissed: list(object["dismissed"]).map(covered),
            missed: list(object["missed"]).map { item in
                let fields = item as? [String: Any] ?? [:]
                return Missed(id: text(fields["id"] ?? item), title: text(fields["title"] ?? fields["id"] ?? item),
                              why: text(fields["why"]), weight: number(fields["weight"]).map { Int($0) })
            },
            pitfalls: list(object["pitfalls"]).map { item in
                let fields = item as? [String: Any] ?? [:]
                return PitfallNote(id: text(fields["id"] ?? item), title: text(fields["title"] ?? fields["id"] ?? item),
                                   why: text(fields["why"]), evidence: text(fields["evidence"]))
            },
            followup: followup(object["followup"] ?? object["follow_up"]))
    }

    private static func covered(_ item: Any) -> Covered {
        let fields = item as? [String: Any] ?? [:]
        return Covered(id: text(fields["id"] ?? item), title: text(fields["title"] ?? fields["id"] ?? item),
                       evidence: text(fields["evidence"]))
    }

    private static func list(_ value: Any?) -> [Any] { value as? [Any] ?? [] }

    private static func number(_ value: Any?) -> Double? {
        guard let value, !(value is NSNull), !(value is String) else { return nil }
        return (value as? NSNumber)?.doubleValue
    }

    /// A string, or several joined ("evidence" may be one quote or a list of them).
    private static func text(_ value: Any?) -> String {
        switch value {
        case let string as String: string
        case let strings as [Any]: strings.map { text($0) }.filter { !$0.isEmpty }.joined(separator: " … ")
        case let number as NSNumber: number.stringValue
        default: ""
        }
    }

    private static func followup(_ value: Any?) -> String? {
        if let fields = value as? [String: Any] {
            return followup(fields["question"] ?? fields["text"])
        }
        let question = text(value)
        return question.isEmpty ? nil : question
    }
}
