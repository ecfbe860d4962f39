import Foundation

/// Rows as `mlsd practice` and `mlsd review` write them, as SQL for the sqlite3 shell, so that
/// progress commands can be tested against realistic history before those commands exist.
enum ProgressSeed {
    /// A database after mlsd's first run, filled with the standard history.
    static func sandbox(_ runner: MLSDSandbox.Runner) throws -> MLSDSandbox {
        var mlsd = MLSDSandbox.afterFirstRun(runner)
        mlsd.environment["TZ"] = "UTC"
        _ = try mlsd.sql(ProgressSeed.standard)
        return mlsd
    }

    /// A day as the commands print it (UTC).
    static func dayText(_ seconds: Double) -> String {
        let formatter = DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date(timeIntervalSince1970: seconds))
    }

    static let now = Date().timeIntervalSince1970
    static let day = 86_400.0

    /// A SQL expression for `text`, control characters included (as char(n)), since a NUL
    /// cannot travel in a command-line argument.
    static func text(_ text: String) -> String {
        var parts: [String] = []
        var plain = ""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
                if !plain.isEmpty {
                    parts.append("'" + plain.replacingOccurrences(of: "'", with: "''") + "'"); plain = ""
                }
                parts.append("char(\(scalar.value))")
            } else {
                plain.unicodeScalars.append(scalar)
            }
        }
        if !plain.isEmpty || parts.isEmpty { parts.append("'" + plain.replacingOccurrences(of: "'", with: "''") + "'") }
        return parts.joined(separator: " || ")
    }

    struct Step {
        var step: String
        var score: Double?
        var answer: String
        var seconds: Double = 240
        var covered: [(id: String, title: String, evidence: String)] = []
        var missed: [(id: String, title: String, why: String)] = []
        var pitfalls: [(id: String, title: String, why: String)] = []
        var followup: (question: String, answer: String)? = nil
        var skipped = false
    }

    /// A session with one scored answer per step (and its follow-up), its point results and
    /// the feedback JSON the scorer produces.
    static func session(
        _ id: Int, caseID: String, status: String = "finished", startedDaysAgo: Double,
        overall: Double?, steps: [Step]
    ) -> String {
        let started = now - startedDaysAgo * day
        let planned = "[" + steps.map { "\"\($0.step)\"" }.joined(separator: ",") + "]"
        var sql = """
            INSERT INTO sessions (id, case_id, steps, timed, hints, status, started_at, updated_at, finished_at, overall)
            VALUES (\(id), '\(caseID)', '\(planned)', 0, 1, '\(status)', \(started), \(started + 3600),
                    \(status == "finished" ? String(started + 3600) : "NULL"), \(overall.map { String($0) } ?? "NULL"));

            """
        for (index, step) in steps.enumerated() {
            let answerID = id * 100 + index * 2
            let at = started + Double(index) * 300
            let prompt = "(the \(step.step) prompt)"
            // As practice saves a skip: no text, score 0, level "missing", no feedback.
            let score = step.skipped ? 0 : step.score
            sql += """
                INSERT INTO answers (id, session_id, step, kind, question, text, seconds, hints_used, skipped, score, level, feedback, created_at)
                VALUES (\(answerID), \(id), '\(step.step)', 'answer', \(text(prompt)), \(text(step.answer)), \(step.seconds), 0,
                        \(step.skipped ? 1 : 0), \(score.map { String($0) } ?? "NULL"), \(score == nil ? "NULL" : text(level(score))),
                        \(score == nil || step.skipped ? "NULL" : text(feedback(step, score: score!))), \(at));

                """ + pointResults(answerID, caseID, step)
            if let followup = step.followup, let score {
                // A follow-up is scored together with the answer it follows: a little higher here.
                let combined = min(100, score + 5)
                sql += """
                    INSERT INTO answers (id, session_id, step, kind, question, text, seconds, score, level, feedback, created_at)
                    VALUES (\(answerID + 1), \(id), '\(step.step)', 'followup', \(text(followup.question)), \(text(followup.answer)), 60,
                            \(combined), \(text(level(combined))), \(text(feedback(step, score: combined, followup: false))), \(at + 200));

                    """ + pointResults(answerID + 1, caseID, step)
            }
        }
        return sql
    }

    /// The scorer's StepScore as practice stores it (snake_case keys, sorted).
    static func feedback(_ step: Step, score: Double, followup: Bool = true) -> String {
        let feedback: [String: Any] = [
            "score": score, "level": level(score),
            "covered": step.covered.map {
                ["id": $0.id, "title": $0.title, "evidence": $0.evidence, "credit": 1, "details": [String]()]
            },
            "dismissed": [[String: Any]](),
            "missed": step.missed.map { ["id": $0.id, "title": $0.title, "why": $0.why, "weight": 3] },
            "pitfalls": step.pitfalls.map {
                ["id": $0.id, "title": $0.title, "why": $0.why, "evidence": "a deep two-tower model"]
            },
            "followup": (followup ? step.followup?.question : nil) ?? NSNull(),
        ]
        return String(
            decoding: try! JSONSerialization.data(withJSONObject: feedback, options: [.sortedKeys]), as: UTF8.self)
    }

    static func pointResults(_ answerID: Int, _ caseID: String, _ step: Step) -> String {
        step.covered.map {
            "INSERT INTO point_results VALUES (\(answerID), '\(caseID)', '\($0.id)', 'covered', \(text($0.evidence)));\n"
        }.joined()
            + step.missed.map {
                "INSERT INTO point_results VALUES (\(answerID), '\(caseID)', '\($0.id)', 'missed', NULL);\n"
            }.joined()
    }

    static func level(_ score: Double?) -> String {
        guard let score else { return "" }
        return score >= 70 ? "strong" : score >= 45 ? "adequate" : score > 0 ? "weak" : "missing"
    }

    /// A review card; `reps` 0 makes it new. `state`: 1 learning, 2 review, 3 relearning.
    static func card(
        _ id: Int, caseID: String, step: String, pointID: String, dueInDays: Double,
        state: Int = 2, reps: Int = 3, lapses: Int = 0, suspended: Bool = false
    ) -> String {
        let kind = pointID.isEmpty ? "step" : "point"
        return """
            INSERT INTO cards (id, kind, case_id, step, point_id, state, step_index, stability, difficulty, due,
                               last_review, reps, lapses, suspended, created_at)
            VALUES (\(id), '\(kind)', '\(caseID)', '\(step)', '\(pointID)', \(state), 0,
                    \(reps == 0 ? "NULL" : "8.5"), \(reps == 0 ? "NULL" : "5.1"), \(now + dueInDays * day),
                    \(reps == 0 ? "NULL" : String(now - day)), \(reps), \(lapses), \(suspended ? 1 : 0), \(now - 10 * day));

            """
    }

    /// A logged review of `card`, the card having been in `stateBefore` just before it.
    static func review(card: Int, rating: Int, daysAgo: Double, stateBefore: Int = 2, repsBefore: Int = 2) -> String {
        let at = now - daysAgo * day
        let previous =
            "{\"difficulty\":5.3,\"due\":\(at),\"lapses\":0,\"last_review\":\(at - 4 * day),\"reps\":\(repsBefore),\"stability\":4.2,\"state\":\(stateBefore),\"step\":null}"
        return """
            INSERT INTO review_log (card_id, rating, reviewed_at, previous, state, step_index, stability, difficulty, due,
                                    elapsed_days, scheduled_days, answer, score)
            VALUES (\(card), \(rating), \(at), '\(previous)', 2, 0, 9.1, 5.0, \(at + 9 * day), 4, 9, NULL, NULL);

            """
    }
}
