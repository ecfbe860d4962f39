import Foundation
import MLSDCore

/// What a finished session put into review: cards created now, and those already there.
public struct ReviewCardsAdded: Sendable, Equatable {
    public var newPoints: [StepMissedPoint] = []
    public var newSteps: [StepID] = []
    /// Cards the session would have added but which were already in review.
    public var existing = 0
}

extension SessionRepository {
    /// Marks the session finished with its overall score and, in the same transaction, turns each
    /// missed point into a point card and each practised step into a step card. A card already in
    /// review is left alone (INSERT OR IGNORE on its unique key), keeping its schedule.
    public func finish(_ sessionID: Int, caseID: String, overall: Double, missed: [StepMissedPoint],
                       practised: [StepID], now: Date) throws -> ReviewCardsAdded {
        try db.write {
            try db.execute("""
                UPDATE sessions SET status = 'finished', overall = ?, finished_at = ?, updated_at = ? WHERE id = ?
                """, [overall, now, now, sessionID])
            var added = ReviewCardsAdded()
            var seen = Set<String>()
            for point in missed where seen.insert(point.id).inserted {
                if try addCard(kind: "point", caseID: caseID, step: point.step, pointID: point.id, now: now) {
                    added.newPoints.append(point)
                } else {
                    added.existing += 1
                }
            }
            for step in practised {
                if try addCard(kind: "step", caseID: caseID, step: step, pointID: "", now: now) {
                    added.newSteps.append(step)
                } else {
                    added.existing += 1
                }
            }
            return added
        }
    }

    /// A new card is due at once, in learning (state 1, first step), never reviewed.
    private func addCard(kind: String, caseID: String, step: StepID, pointID: String, now: Date) throws -> Bool {
        try db.execute("""
            INSERT OR IGNORE INTO cards (kind, case_id, step, point_id, state, step_index, due, reps, created_at)
            VALUES (?, ?, ?, ?, 1, 0, ?, 0, ?)
            """, [kind, caseID, step.rawValue, pointID, now, now])
        return db.changes > 0
    }
}
