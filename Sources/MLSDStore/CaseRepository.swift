import Foundation
import MLSDCore

/// A line of the case catalog, with the user's record on it.
public struct CaseSummary: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var difficulty: Difficulty
    public var tags: [String]
    public var source: String
    public var attempts: Int
    public var bestScore: Double?
    public var lastAttempt: Date?
}

/// Reads content back out of the database as MLSDCore values.
public struct CaseRepository {
    let db: Database

    public init(_ db: Database) { self.db = db }

    public func summaries(tag: String? = nil) throws -> [CaseSummary] {
        // Cases imported from one pack share their tags: each distinct text is decoded once.
        var decoded: [String: [String]] = [:]
        func tags(_ text: String) -> [String] {
            if let known = decoded[text] { return known }
            let value = JSONText.decode(text)
            decoded[text] = value
            return value
        }
        return try db.query(
            """
            SELECT c.id, c.title, c.difficulty, c.tags, c.source,
                   COUNT(s.id), MAX(s.overall), MAX(s.started_at)
            FROM cases c LEFT JOIN sessions s ON s.case_id = c.id
            WHERE c.retired = 0
            GROUP BY c.id
            ORDER BY c.source, c.position, c.id
            """
        ) { row in
            CaseSummary(
                id: row.string(0), title: row.string(1),
                difficulty: Difficulty(rawValue: row.string(2)) ?? .medium,
                tags: tags(row.string(3)), source: row.string(4),
                attempts: row.int(5), bestScore: row.score(6), lastAttempt: row.optionalDate(7))
        }.filter { tag == nil || $0.tags.contains(tag!) }
    }

    /// The current cases in catalog order, as progress reports name them: no tags to decode and
    /// no sessions to count, which matters with thousands of cases.
    public func catalog() throws -> [CaseEntry] {
        try db.query("SELECT id, title, difficulty FROM cases WHERE retired = 0 ORDER BY source, position, id") {
            CaseEntry(id: $0.string(0), title: $0.string(1), difficulty: Difficulty(rawValue: $0.string(2)) ?? .medium)
        }
    }

    public func ids(includeRetired: Bool = false) throws -> [String] {
        try db.query("SELECT id FROM cases WHERE retired = 0 OR ? ORDER BY source, position, id", [includeRetired]) {
            $0.string(0)
        }
    }

    public func source(of id: String) throws -> String? {
        try db.scalarString("SELECT source FROM cases WHERE id = ?", [id])
    }

    /// The case with its current (non-retired) rubric, or nil if there is no such case.
    public func load(_ id: String) throws -> CaseStudy? {
        try db.read {
            guard
                var study = try db.first(
                    """
                    SELECT id, title, scenario, difficulty, tags FROM cases WHERE id = ?
                    """, [id],
                    { row in
                        CaseStudy(
                            id: row.string(0), title: row.string(1), scenario: row.string(2),
                            difficulty: Difficulty(rawValue: row.string(3)) ?? .medium,
                            tags: JSONText.decode(row.string(4)), steps: [])
                    })
            else { return nil }
            var points: [String: [RubricPoint]] = [:]
            try db.statement(
                """
                SELECT step, point_id, title, weight, why, question, phrasings, details, plain
                FROM points WHERE case_id = ? AND retired = 0 ORDER BY position
                """, [id]
            ).forEachRow { row in
                points[row.string(0), default: []].append(
                    RubricPoint(
                        id: row.string(1), title: row.string(2), weight: row.weight(3), why: row.string(4),
                        question: row.string(5), phrasings: JSONText.decode(row.string(6)),
                        details: JSONText.decode(row.string(7)), plain: JSONText.decode(row.string(8))))
            }
            study.steps = try db.query(
                """
                SELECT step, prompt, minutes, hints, outline, followups, followup_items, wrong FROM steps
                WHERE case_id = ? ORDER BY position
                """, [id]
            ) { row in
                let stepID = row.string(0)
                // Rows written before schema v3 hold the questions only.
                let items = JSONText.decodeValue([Followup].self, row.string(6)) ?? []
                let followups = items.isEmpty ? JSONText.decode(row.string(5)).map { Followup(question: $0) } : items
                return Step(
                    id: StepID(rawValue: stepID) ?? .requirements, prompt: row.string(1), minutes: row.count(2),
                    hints: JSONText.decode(row.string(3)), outline: JSONText.decode(row.string(4)),
                    followups: followups, points: points[stepID] ?? [],
                    wrong: JSONText.decodeValue([WrongClaim].self, row.string(7)) ?? [])
            }
            return study
        }
    }

    public func pitfalls() throws -> [Pitfall] {
        try db.query(
            """
            SELECT id, title, why, steps, triggers, unless FROM pitfalls WHERE retired = 0 ORDER BY position
            """
        ) { row in
            Pitfall(
                id: row.string(0), title: row.string(1), why: row.string(2),
                steps: JSONText.decode(row.string(3)).compactMap(StepID.init(rawValue:)),
                triggers: JSONText.decode(row.string(4)), unless: JSONText.decode(row.string(5)))
        }
    }
}
