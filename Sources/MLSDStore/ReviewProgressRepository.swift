import Foundation
import MLSDCore

/// Read-only views of review cards and the review log for progress reports and export.
public struct ReviewProgressRepository {
    let db: Database

    public init(_ db: Database) { self.db = db }

    /// A stored state: its number (as MemoryCard encodes it) or its name.
    static func state(_ text: String) -> CardState? {
        if let number = Int(text) { return CardState(rawValue: number) }
        return CardState.allCases.first { $0.name == text.lowercased() }
    }

    /// The cards of one case, with point titles (kept for retired points too).
    public func cards(caseID: String) throws -> [CardStatus] {
        try db.query(
            """
            SELECT c.kind, c.step, c.point_id, p.title, c.state, c.due, c.reps, c.lapses, c.suspended
            FROM cards c LEFT JOIN points p ON p.case_id = c.case_id AND p.point_id = c.point_id
            WHERE c.case_id = ? ORDER BY c.id
            """, [caseID]
        ) { row in
            let kind = CardStatus.Kind(rawValue: row.string(0)) ?? .point
            let step = StepID(rawValue: row.string(1)) ?? .requirements
            let title = kind == .step ? step.title : (row.optionalString(3) ?? row.string(2))
            return CardStatus(
                kind: kind, step: step, pointID: row.string(2), title: title,
                state: CardState(rawValue: row.int(4)) ?? .learning, due: row.date(5),
                reps: row.count(6), lapses: row.count(7), suspended: row.bool(8))
        }
    }
}

extension Store {
    public var history: HistoryRepository { HistoryRepository(db) }
    public var reviewProgress: ReviewProgressRepository { ReviewProgressRepository(db) }
}
