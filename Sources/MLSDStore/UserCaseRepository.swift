import Foundation
import MLSDCore

/// What importing did to one case of a pack.
public struct ImportedCase: Codable, Sendable, Equatable {
    public enum Action: String, Codable, Sendable {
        /// New to this database.
        case added
        /// Already imported; its content changed.
        case updated
        /// Removed earlier without --purge, and now back with its history.
        case restored
        /// Already imported with exactly this content: nothing was written.
        case unchanged
    }

    public var id: String
    public var title: String
    public var action: Action
    public var points: Int
    /// Point ids that were not active before, in rubric order.
    public var pointsAdded: [String]
    /// Point ids no longer in the case: retired, so answers and cards that cite them keep their meaning.
    public var pointsRetired: [String]
}

/// What removing a case did.
public struct RemovedCase: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    /// Deleted with its history, rather than retired.
    public var purged: Bool
    /// It had already been removed (retired) before.
    public var wasRemoved: Bool
    public var sessions: Int
    public var cards: Int
}

public enum UserCaseError: Error, Sendable, Equatable {
    /// The id belongs to a built-in case: a pack may not replace it, nor may it be removed.
    case builtin(String)
    /// No user case has this id; `userCases` lists those that exist, for a did-you-mean.
    case notFound(String, userCases: [String])
}

/// Cases the user imported from packs (source 'user'): imported all or nothing, updated in place
/// on re-import, removed by retiring (history kept) or purged with their history.
public struct UserCaseRepository {
    let db: Database

    public init(_ db: Database) { self.db = db }

    /// Imports every case in one transaction: a clash with a built-in id anywhere in the pack
    /// leaves the database untouched.
    public func importCases(_ cases: [CaseStudy], now: Date) throws -> [ImportedCase] {
        try db.write {
            var nextPosition = (try db.scalarInt("SELECT MAX(position) FROM cases WHERE source = 'user'") ?? -1) + 1
            var results: [ImportedCase] = []
            for study in cases {
                let existing = try db.first("SELECT source, position, retired FROM cases WHERE id = ?", [study.id]) {
                    (source: $0.string(0), position: $0.int(1), retired: $0.bool(2))
                }
                if existing?.source == "builtin" { throw UserCaseError.builtin(study.id) }
                let before = try db.query(
                    "SELECT point_id FROM points WHERE case_id = ? AND retired = 0 ORDER BY point_id",
                    [study.id]
                ) { $0.string(0) }
                let after = study.steps.flatMap { $0.points.map(\.id) }
                var result = ImportedCase(
                    id: study.id, title: study.title, action: .added, points: after.count,
                    pointsAdded: after.filter { !before.contains($0) },
                    pointsRetired: before.filter { !after.contains($0) })
                if let existing {
                    if !existing.retired, try CaseRepository(db).load(study.id) == study {
                        result.action = .unchanged
                        results.append(result)
                        continue
                    }
                    result.action = existing.retired ? .restored : .updated
                }
                let position = existing?.position ?? nextPosition
                if existing == nil { nextPosition += 1 }
                try ContentSync.upsert(db, study, source: "user", position: position, now: now)
                results.append(result)
            }
            return results
        }
    }

    /// Retires the case (its sessions, answers and cards stay), or with `purge` deletes it and
    /// everything that refers to it.
    public func remove(_ id: String, purge: Bool, now: Date) throws -> RemovedCase {
        try db.write {
            guard
                let row = try db.first(
                    "SELECT source, title, retired FROM cases WHERE id = ?", [id],
                    {
                        (source: $0.string(0), title: $0.string(1), retired: $0.bool(2))
                    })
            else {
                throw UserCaseError.notFound(id, userCases: try ids(includeRemoved: true))
            }
            if row.source == "builtin" { throw UserCaseError.builtin(id) }
            let removed = RemovedCase(
                id: id, title: row.title, purged: purge, wasRemoved: row.retired,
                sessions: try db.scalarInt("SELECT COUNT(*) FROM sessions WHERE case_id = ?", [id]) ?? 0,
                cards: try db.scalarInt("SELECT COUNT(*) FROM cards WHERE case_id = ?", [id]) ?? 0)
            if purge {
                // Foreign keys cascade to steps, points, sessions, answers, point results, cards and reviews.
                try db.execute("DELETE FROM cases WHERE id = ?", [id])
            } else if !row.retired {
                try db.execute("UPDATE cases SET retired = 1, updated_at = ? WHERE id = ?", [now, id])
            }
            return removed
        }
    }

    /// Ids of the user's cases, removed ones too when asked.
    public func ids(includeRemoved: Bool = false) throws -> [String] {
        try db.query(
            "SELECT id FROM cases WHERE source = 'user' AND (retired = 0 OR ?) ORDER BY position, id",
            [includeRemoved]
        ) { $0.string(0) }
    }
}
