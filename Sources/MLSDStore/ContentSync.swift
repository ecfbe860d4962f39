import Foundation
import MLSDCore

/// Built-in content as the binary carries it: a hash of everything plus the JSON documents.
public struct ContentBundle: Sendable {
    public var hash: String
    public var documents: [(path: String, json: String)]

    public init(hash: String, documents: [(path: String, json: String)]) {
        self.hash = hash
        self.documents = documents
    }

    /// Decodes every case (`cases/*.json`) and the pitfall catalog (`pitfalls.json`).
    public func decode() throws -> (cases: [CaseStudy], pitfalls: [Pitfall]) {
        let decoder = JSONDecoder()
        var cases: [CaseStudy] = []
        var pitfalls: [Pitfall] = []
        for document in documents {
            do {
                if document.path == "pitfalls.json" {
                    pitfalls = try decoder.decode([Pitfall].self, from: Data(document.json.utf8))
                } else if document.path.hasPrefix("cases/") {
                    cases.append(try decoder.decode(CaseStudy.self, from: Data(document.json.utf8)))
                }
            } catch {
                throw ContentError.invalidBuiltin(path: document.path, reason: "\(error)")
            }
        }
        return (cases, pitfalls)
    }
}

public enum ContentError: Error, Sendable {
    case invalidBuiltin(path: String, reason: String)
}

/// Keeps the content tables in step with the built-in content without touching the user's history:
/// rows are upserted, and what disappeared from content is retired rather than deleted.
public enum ContentSync {
    static let hashKey = "content_hash"

    public static func isCurrent(_ db: Database, hash: String) throws -> Bool {
        try db.scalarString("SELECT value FROM meta WHERE key = ?", [hashKey]) == hash
    }

    public static func synchronise(_ db: Database, bundle: ContentBundle, now: Date) throws {
        if try isCurrent(db, hash: bundle.hash) { return }
        let content = try bundle.decode()
        try db.write {
            // Another mlsd may have synchronised while this one waited for the lock.
            if try isCurrent(db, hash: bundle.hash) { return }
            try db.execute("UPDATE cases SET retired = 1 WHERE source = 'builtin'")
            for (position, study) in content.cases.enumerated() {
                // A user's imported case keeps its id even if a later build ships one with the same id.
                if try db.scalarString("SELECT source FROM cases WHERE id = ?", [study.id]) == "user" { continue }
                try upsert(db, study, source: "builtin", position: position, now: now)
            }
            try db.execute("UPDATE pitfalls SET retired = 1")
            for (position, pitfall) in content.pitfalls.enumerated() {
                try db.execute(
                    """
                    INSERT INTO pitfalls (id, position, title, why, steps, triggers, unless, retired)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 0)
                    ON CONFLICT (id) DO UPDATE SET position = excluded.position, title = excluded.title,
                        why = excluded.why, steps = excluded.steps, triggers = excluded.triggers,
                        unless = excluded.unless, retired = 0
                    """,
                    [
                        pitfall.id, position, pitfall.title, pitfall.why,
                        JSONText.encode(pitfall.steps.map(\.rawValue)), JSONText.encode(pitfall.triggers),
                        JSONText.encode(pitfall.unless),
                    ])
            }
            try db.execute(
                """
                INSERT INTO meta (key, value) VALUES (?, ?)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value
                """, [hashKey, bundle.hash])
        }
    }

    /// Writes one case with its steps and points; points no longer in it are retired.
    public static func upsert(_ db: Database, _ study: CaseStudy, source: String, position: Int, now: Date) throws {
        try db.execute(
            """
            INSERT INTO cases (id, title, scenario, difficulty, tags, source, position, retired, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)
            ON CONFLICT (id) DO UPDATE SET title = excluded.title, scenario = excluded.scenario,
                difficulty = excluded.difficulty, tags = excluded.tags, source = excluded.source,
                position = excluded.position, retired = 0, updated_at = excluded.updated_at
            """,
            [
                study.id, study.title, study.scenario, study.difficulty.rawValue,
                JSONText.encode(study.tags), source, position, now,
            ])
        try db.execute("UPDATE points SET retired = 1 WHERE case_id = ?", [study.id])
        for (stepPosition, step) in study.steps.enumerated() {
            try db.execute(
                """
                INSERT INTO steps (case_id, step, position, prompt, minutes, hints, outline, followups,
                    followup_items, wrong)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (case_id, step) DO UPDATE SET position = excluded.position,
                    prompt = excluded.prompt, minutes = excluded.minutes, hints = excluded.hints,
                    outline = excluded.outline, followups = excluded.followups,
                    followup_items = excluded.followup_items, wrong = excluded.wrong
                """,
                [
                    study.id, step.id.rawValue, stepPosition, step.prompt, step.minutes,
                    JSONText.encode(step.hints), JSONText.encode(step.outline),
                    JSONText.encode(step.followups.map(\.question)), JSONText.encodeValue(step.followups),
                    JSONText.encodeValue(step.wrong),
                ])
            for (pointPosition, point) in step.points.enumerated() {
                try db.execute(
                    """
                    INSERT INTO points (case_id, point_id, step, position, title, weight, why, question,
                        phrasings, details, plain, retired)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                    ON CONFLICT (case_id, point_id) DO UPDATE SET step = excluded.step,
                        position = excluded.position, title = excluded.title, weight = excluded.weight,
                        why = excluded.why, question = excluded.question, phrasings = excluded.phrasings,
                        details = excluded.details, plain = excluded.plain, retired = 0
                    """,
                    [
                        study.id, point.id, step.id.rawValue, pointPosition, point.title, point.weight,
                        point.why, point.question, JSONText.encode(point.phrasings), JSONText.encode(point.details),
                        JSONText.encode(point.plain),
                    ])
            }
        }
    }
}

/// Lists of strings are stored as JSON text in one column.
enum JSONText {
    static func encode(_ strings: [String]) -> String {
        let data = (try? JSONEncoder().encode(strings)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    static func decode(_ text: String) -> [String] {
        (try? JSONDecoder().decode([String].self, from: Data(text.utf8))) ?? []
    }

    /// Structured content (wrong claims, follow-up objects); sorted keys keep the text stable.
    static func encodeValue<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(value)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    static func decodeValue<T: Decodable>(_ type: T.Type, _ text: String) -> T? {
        try? JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
