import Foundation

/// Stored feedback is read leniently: rows written by older scorers hold items as bare ids,
/// evidence as a list of quotes, numbers as text, or the follow-up as an object. A field that
/// does not read is left empty; only text that is not a JSON object at all is refused.
extension StepFeedback: Codable {
    enum CodingKeys: String, CodingKey {
        case score, level, covered, dismissed, missed, pitfalls, followup, wrong, followupVerdict
        /// An older spelling (`follow_up`).
        case followUp
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let followup = [CodingKeys.followup, .followUp].compactMap { try? c.decode(LooseText.self, forKey: $0).text }
        self.init()
        score = try? c.decode(Double.self, forKey: .score)
        level = try? c.decode(StepScore.Level.self, forKey: .level)
        (covered, dismissed) = (c.quoted(.covered), c.quoted(.dismissed))
        (missed, pitfalls, wrong) = (c.missed(.missed), c.pitfalls(.pitfalls), c.list(.wrong))
        self.followup = followup.first { !$0.isEmpty }
        followupVerdict = try? c.decode(FollowupVerdict.self, forKey: .followupVerdict)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(score, forKey: .score)
        try c.encodeIfPresent(level, forKey: .level)
        try c.encode(covered, forKey: .covered)
        try c.encode(dismissed, forKey: .dismissed)
        try c.encode(missed, forKey: .missed)
        try c.encode(pitfalls, forKey: .pitfalls)
        try c.encodeIfPresent(followup, forKey: .followup)
        try c.encode(wrong, forKey: .wrong)
        try c.encodeIfPresent(followupVerdict, forKey: .followupVerdict)
    }
}

/// The lists of stored feedback, read item by item however an older scorer wrote them.
extension KeyedDecodingContainer {
    func quoted(_ key: Key) -> [QuotedPoint] {
        items(key).map { QuotedPoint(id: $0.id, title: $0.title, evidence: $0.text("evidence")) }
    }

    func missed(_ key: Key) -> [MissedPoint] {
        items(key).map { MissedPoint(id: $0.id, title: $0.title, why: $0.text("why"), weight: $0.whole("weight") ?? 0) }
    }

    func pitfalls(_ key: Key) -> [PitfallHit] {
        items(key).map { item in
            let evidence = item.text("evidence")
            return PitfallHit(
                id: item.id, title: item.title, why: item.text("why"), evidence: evidence.isEmpty ? nil : evidence)
        }
    }

    private func items(_ key: Key) -> [LooseItem] { (list(key) as [LooseDecoded]).map(\.item) }
}

/// A list element as a `LooseItem`, so that `list(_:)` can read it.
struct LooseDecoded: Decodable {
    var item: LooseItem
    init(from decoder: any Decoder) { item = LooseItem(decoder) }
}

extension KeyedDecodingContainer {
    /// A list, or none when the field is missing or not a list.
    func list<T: Decodable>(_ key: Key) -> [T] { (try? decode([T].self, forKey: key)) ?? [] }
}

/// Text however it was stored: a string, a number, a list of them (quotes joined by " … "), or
/// an object with the text under `question` or `text` (an older follow-up); else empty.
struct LooseText: Decodable {
    var text = ""

    init(from decoder: any Decoder) {
        if var list = try? decoder.unkeyedContainer() {
            var parts: [String] = []
            while !list.isAtEnd, let part = try? list.decode(LooseText.self) { parts.append(part.text) }
            text = parts.filter { !$0.isEmpty }.joined(separator: " … ")
        } else if let fields = try? decoder.container(keyedBy: AnyKey.self) {
            let item = LooseItem(fields: fields)
            text = item.has("question") ? item.text("question") : item.text("text")
        } else if let single = try? decoder.singleValueContainer() {
            if let string = try? single.decode(String.self) {
                text = string
            } else if let number = try? single.decode(Int.self) {
                text = String(number)
            } else if let number = try? single.decode(Double.self) {
                text = String(number)
            }
        }
    }
}

/// A stored list item: an object with `id`, `title` and more, or just the id.
struct LooseItem {
    private var fields: KeyedDecodingContainer<AnyKey>?
    private var bare = ""

    init(fields: KeyedDecodingContainer<AnyKey>) { self.fields = fields }

    init(_ decoder: any Decoder) {
        fields = try? decoder.container(keyedBy: AnyKey.self)
        if fields == nil { bare = LooseText(from: decoder).text }
    }

    func has(_ name: String) -> Bool { fields?.contains(AnyKey(name)) ?? false }

    func text(_ name: String) -> String {
        guard let fields, let value = try? fields.decode(LooseText.self, forKey: AnyKey(name)) else { return "" }
        return value.text
    }

    func whole(_ name: String) -> Int? {
        guard let value = try? fields?.decode(Double.self, forKey: AnyKey(name)), value.isFinite, abs(value) < 1e9
        else { return nil }
        return Int(value)
    }

    var id: String { fields == nil ? bare : text("id") }
    var title: String { has("title") ? text("title") : has("id") ? text("id") : bare }
}

struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
