import MLSDCore

extension HistoryRepository {
    /// Every current rubric point the user has missed at least once, with how often: per session,
    /// a point counts as missed when none of the answers to its step covered it.
    public func pointMisses() throws -> [PointMisses] {
        try db.query(
            """
            SELECT r.case_id, COALESCE(c.title, r.case_id), p.step, p.title, p.weight, \
            r.assessed - r.covered, r.assessed
            FROM (SELECT pr.case_id, pr.point_id, COUNT(DISTINCT a.session_id) AS assessed,
                         COUNT(DISTINCT CASE WHEN pr.outcome = 'covered' THEN a.session_id END) AS covered
                  FROM point_results pr JOIN answers a ON a.id = pr.answer_id
                  GROUP BY pr.case_id, pr.point_id) r
            JOIN points p ON p.case_id = r.case_id AND p.point_id = r.point_id AND p.retired = 0
            LEFT JOIN cases c ON c.id = r.case_id
            WHERE r.assessed > r.covered
            ORDER BY r.case_id, p.step, p.position
            """
        ) { row in
            PointMisses(
                caseID: row.string(0), caseTitle: row.string(1), step: StepID(rawValue: row.string(2)) ?? .requirements,
                title: row.string(3), weight: row.int(4), missed: row.int(5), assessed: row.int(6))
        }
    }
}
