import Foundation

/// The `mlsd doctor` check for stored values outside the ranges mlsd reads them in (`ValueRange`):
/// a date of 1e300, a negative count. Commands read such a value as the nearest one in range, so
/// nothing crashes; this says which rows hold them, so the user can restore or correct them.
extension HealthCheck {
    /// (table, column, range) for every domain value the store clamps when reading.
    static let rangedColumns: [(table: String, column: String, range: ClosedRange<Double>)] = {
        let seconds = ValueRange.seconds, score = ValueRange.score, duration = ValueRange.duration
        let count = Double(ValueRange.count.lowerBound)...Double(ValueRange.count.upperBound)
        let weight = Double(ValueRange.weight.lowerBound)...Double(ValueRange.weight.upperBound)
        let stability = ValueRange.stability, difficulty = ValueRange.difficulty
        return [
            ("cards", "due", seconds), ("cards", "last_review", seconds), ("cards", "created_at", seconds),
            ("cards", "reps", count), ("cards", "lapses", count), ("cards", "step_index", count),
            ("cards", "stability", stability), ("cards", "difficulty", difficulty),
            ("review_log", "reviewed_at", seconds), ("review_log", "due", seconds), ("review_log", "step_index", count),
            ("review_log", "elapsed_days", count), ("review_log", "scheduled_days", duration),
            ("review_log", "score", score),
            ("review_log", "stability", stability), ("review_log", "difficulty", difficulty),
            ("sessions", "started_at", seconds), ("sessions", "updated_at", seconds),
            ("sessions", "finished_at", seconds),
            ("sessions", "overall", score),
            ("answers", "seconds", duration), ("answers", "hints_used", count), ("answers", "score", score),
            ("answers", "created_at", seconds),
            ("steps", "minutes", count), ("points", "weight", weight),
        ]
    }()

    func valuesOutOfRange() throws -> HealthFinding {
        // NULL is never out of range: the columns that allow it mean "not yet" by it.
        let sql =
            Self.rangedColumns.map { table, column, range in
                "SELECT '\(table)', rowid, '\(column)', quote(\(column)) FROM \(table) WHERE \(column) "
                    + "NOT BETWEEN \(range.lowerBound) AND \(range.upperBound)"
            }.joined(separator: " UNION ALL ") + " LIMIT 1000"
        let rows = try db.query(sql) { "\($0.string(0)) row \($0.int(1)) \($0.string(2)) = \($0.string(3).prefix(24))" }
        guard !rows.isEmpty else {
            return HealthFinding(
                check: "values", status: .ok, detail: "every date, score and count is in range", fix: "",
                repairable: false)
        }
        let more = rows.count > 3 ? ", and \(rows.count == 1000 ? "more" : "\(rows.count - 3) more")" : ""
        return HealthFinding(
            check: "values", status: .warning,
            detail:
                "\(rows.count == 1000 ? "1000 or more" : "\(rows.count)") "
                + "stored value\(rows.count == 1 ? " is" : "s are") out of range "
                + "(\(rows.prefix(3).joined(separator: "; "))\(more)); "
                + "mlsd reads each as the nearest value in range",
            fix: "restore a backup with 'mlsd restore PATH', or correct those rows", repairable: false)
    }
}
