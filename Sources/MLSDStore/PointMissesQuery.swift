import MLSDCore

extension HistoryRepository {
    /// Every current rubric point the user has missed at least once, with how often: per session,
    /// a point counts as missed when none of the answers to its step covered it.
    public func pointMisses() throws -> [PointMisses] {
        try db.query("""
            SELECT r.case_id, COALESCE(c.title, r.case_id), p.step, p.title, p.weight,
                   SUM(r.covered = 0), COUNT(*)
            FROM (SELECT a.session_id, pr.case_id, pr.point_id, MAX(pr.outcome = 'covered') AS covered
                  FROM point_results pr JOIN answers a ON a.id = pr.answer_id
                  GROUP BY a.session_id, pr.case_id, pr.point_id) r
            JOIN points p ON p.case_id = r.case_id AND p.point_id = r.point_id AND p.retired = 0
            LEFT JOIN cases c ON c.id = r.case_id
            GROUP BY r.case_id, r.point_id
            HAVING SUM(r.covered = 0) > 0
            ORDER BY r.case_id, p.step, p.position
            """) { row in
            PointMisses(caseID: row.string(0), caseTitle: row.string(1), step: StepID(rawValue: row.string(2)) ?? .requirements,
                        title: row.string(3), weight: row.int(4), missed: row.int(5), assessed: row.int(6))
        }
    }
}
