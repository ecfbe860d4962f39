import Foundation

/// A temporary mlsd whose database went through the first run (a copy of it), and answers for practice sessions built from the
/// stored rubric, so tests keep working as the built-in content evolves.
struct PracticeFixture {
    static let steps = ["requirements", "metrics", "data", "features", "model", "evaluation", "serving"]

    let mlsd: MLSDSandbox
    let caseID: String

    /// A fixture practising `caseID`, by default the first built-in case.
    init(_ runner: MLSDSandbox.Runner = .binary, caseID: String? = nil) throws {
        mlsd = MLSDSandbox.afterFirstRun(runner)
        self.caseID =
            try caseID ?? mlsd.sql("SELECT id FROM cases WHERE retired = 0 ORDER BY source, position, id LIMIT 1")
    }

    func remove() { mlsd.remove() }

    /// Prose that states the first phrasing of each rubric point of the step in its own sentence.
    func goodAnswer(_ step: String) throws -> String {
        let phrases = try mlsd.sql(
            """
            SELECT json_extract(phrasings, '$[0]') FROM points
            WHERE case_id = '\(caseID)' AND step = '\(step)' AND retired = 0 ORDER BY position
            """
        ).split(separator: "\n")
        return phrases.map { "We need to account for \($0) because it changes the design of the system." }
            .joined(separator: "\n")
    }

    /// Lines for a whole session: each step answered, each follow-up skipped with '.'.
    func wholeSession(followup: (String) -> String? = { _ in nil }) throws -> [String] {
        try Self.steps.flatMap { step in
            try [goodAnswer(step), "."] + [followup(step) ?? "", "."].filter { !$0.isEmpty }
        }
    }

    /// Lines for a whole session answered from the case's own model outline, each follow-up
    /// answered with the first phrasing of everything the step's follow-ups expect (whichever is asked).
    func outlineSession() throws -> [String] {
        try Self.steps.flatMap { step in
            let outline = try mlsd.sql(
                """
                SELECT o.value FROM steps s, json_each(s.outline) o
                WHERE s.case_id = '\(caseID)' AND s.step = '\(step)' ORDER BY o.key
                """)
            let expected = try mlsd.sql(
                """
                SELECT json_extract(e.value, '$.phrasings[0]')
                FROM steps s, json_each(s.followup_items) f, json_each(f.value, '$.expects') e
                WHERE s.case_id = '\(caseID)' AND s.step = '\(step)' ORDER BY f.key, e.key
                """
            ).split(separator: "\n").map { "The \($0) matters here, because the design depends on it." }
            return [outline, "."] + expected + ["."]
        }
    }

    func run(_ arguments: [String], lines: [String], environment: [String: String] = [:]) throws -> MLSDSandbox.Result {
        try mlsd.run(arguments, input: lines.joined(separator: "\n") + "\n", environment: environment)
    }

    func count(_ query: String) throws -> Int { Int(try mlsd.sql(query)) ?? -1 }
}
