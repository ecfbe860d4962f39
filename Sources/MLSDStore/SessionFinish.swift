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
    public func finish(
        _ sessionID: Int, caseID: String, overall: Double, missed: [StepMissedPoint],
        practised: [StepID], now: Date
    ) throws -> ReviewCardsAdded {
        try db.write {
            try db.execute(
                """
                UPDATE sessions SET status = 'finished', overall = ?, finished_at = ?, updated_at = ? WHERE id = ?
                """, [overall, now, now, sessionID])
            let cards = CardRepository(db)
            var added = ReviewCardsAdded()
            var seen = Set<String>()
            for point in missed where seen.insert(point.id).inserted {
                let key = CardKey(kind: .point, caseID: caseID, step: point.step, pointID: point.id)
                if try cards.create([key], now: now).isEmpty {
                    added.existing += 1
                } else {
                    added.newPoints.append(point)
                }
            }
            for step in practised {
                let key = CardKey(kind: .step, caseID: caseID, step: step)
                if try cards.create([key], now: now).isEmpty {
                    added.existing += 1
                } else {
                    added.newSteps.append(step)
                }
            }
            return added
        }
    }
}
