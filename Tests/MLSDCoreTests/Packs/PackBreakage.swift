import Foundation
import Testing

/// One way to break the example pack, and the problem the validator must report for it.
struct PackBreakage: Sendable, CustomTestStringConvertible {
    var name: String
    var path: String
    var message: String
    var mutate: @Sendable (inout [String: Any]) -> Void

    var testDescription: String { name }

    init(_ name: String, _ path: String, _ message: String, _ mutate: @escaping @Sendable (inout [String: Any]) -> Void)
    {
        self.name = name
        self.path = path
        self.message = message
        self.mutate = mutate
    }
}

/// Edits inside a pack held as JSONSerialization objects.
enum PackEdit {
    static func steps(_ pack: inout [String: Any], _ body: (inout [[String: Any]]) -> Void) {
        var steps = pack["steps"] as! [[String: Any]]
        body(&steps)
        pack["steps"] = steps
    }

    static func step(_ pack: inout [String: Any], _ index: Int, _ body: (inout [String: Any]) -> Void) {
        steps(&pack) { body(&$0[index]) }
    }

    static func points(_ pack: inout [String: Any], _ stepIndex: Int, _ body: (inout [[String: Any]]) -> Void) {
        step(&pack, stepIndex) { step in
            var points = step["points"] as! [[String: Any]]
            body(&points)
            step["points"] = points
        }
    }

    static func point(
        _ pack: inout [String: Any], _ stepIndex: Int, _ pointIndex: Int, _ body: (inout [String: Any]) -> Void
    ) {
        points(&pack, stepIndex) { body(&$0[pointIndex]) }
    }
}

extension PackBreakage {
    static let all: [PackBreakage] = [
        .init("weight out of range", "$.steps[2].points[0].weight", "must be 1 to 3, got 5") {
            PackEdit.point(&$0, 2, 0) { $0["weight"] = 5 }
        },
        .init(
            "weight as a string", "$.steps[2].points[0].weight",
            "must be a whole number from 1 to 3, got the string '3'"
        ) { PackEdit.point(&$0, 2, 0) { $0["weight"] = "3" } },
        .init("fractional weight", "$.steps[2].points[0].weight", "must be a whole number from 1 to 3, got 2.5") {
            PackEdit.point(&$0, 2, 0) { $0["weight"] = 2.5 }
        },
        .init("missing question", "$.steps[1].points[2]", "missing field 'question' (a string)") {
            PackEdit.point(&$0, 1, 2) { $0["question"] = nil }
        },
        .init("zero minutes", "$.steps[0].minutes", "must be 1 to 20, got 0") {
            PackEdit.step(&$0, 0) { $0["minutes"] = 0 }
        },
        .init("budgets not adding to 45", "$.steps", "the steps' minutes add up to 46; they must add up to 45") {
            PackEdit.step(&$0, 0) { $0["minutes"] = 6 }
        },
        .init(
            "unknown step id", "$.steps[3].id",
            "unknown step 'feature' (did you mean 'features'? steps are requirements, metrics"
        ) { PackEdit.step(&$0, 3) { $0["id"] = "feature" } },
        .init("missing step", "$.steps", "missing step 'serving' (Serving and monitoring); all seven steps are needed")
        { PackEdit.steps(&$0) { $0.removeLast() } },
        .init(
            "duplicated step", "$.steps[6].id", "step 'data' appears twice (also at $.steps[2]); each step appears once"
        ) { PackEdit.step(&$0, 6) { $0["id"] = "data" } },
        .init(
            "steps out of order", "$.steps",
            "steps are out of order: 'metrics' comes after 'data'; the order is requirements, metrics, data"
        ) { PackEdit.steps(&$0) { $0.swapAt(1, 2) } },
        .init(
            "duplicate point id", "$.steps[4].points[1].id",
            "the point id 'horizon' is already used at $.steps[0].points[0]"
        ) { PackEdit.point(&$0, 4, 1) { $0["id"] = "horizon" } },
        .init("empty phrasing list", "$.steps[0].points[0].phrasings", "needs at least one phrasing, got none") {
            PackEdit.point(&$0, 0, 0) { $0["phrasings"] = [String]() }
        },
        .init("empty phrasing", "$.steps[0].points[0].phrasings[1]", "must not be empty") {
            PackEdit.point(&$0, 0, 0) { $0["phrasings"] = ["prediction horizon", "  "] }
        },
        .init(
            "bad case id", "$.id",
            "must be lower-case kebab-case (a-z, 0-9 and single hyphens, like 'churn-prediction'), got 'Churn_Prediction'"
        ) { $0["id"] = "Churn_Prediction" },
        .init("bad point id", "$.steps[0].points[0].id", "must be lower-case kebab-case") {
            PackEdit.point(&$0, 0, 0) { $0["id"] = "horizon--" }
        },
        .init("one hint", "$.steps[0].hints", "needs 2 to 4 hints, got 1") {
            PackEdit.step(&$0, 0) { $0["hints"] = ["Only one"] }
        },
        .init("five follow-ups", "$.steps[0].followups", "needs 2 to 4 follow-ups, got 5") {
            PackEdit.step(&$0, 0) { $0["followups"] = ["a?", "b?", "c?", "d?", "e?"] }
        },
        .init("short outline", "$.steps[0].outline", "needs at least 3 bullets, got 2") {
            PackEdit.step(&$0, 0) { $0["outline"] = ["a", "b"] }
        },
        .init("four points", "$.steps[5].points", "needs 5 to 10 points, got 4") {
            PackEdit.points(&$0, 5) { $0.removeLast() }
        },
        .init("eleven points", "$.steps[5].points", "needs 5 to 10 points, got 11") { pack in
            PackEdit.points(&pack, 5) { points in
                for extra in 0..<6 {
                    var copy = points[0]
                    copy["id"] = "extra-\(extra)"
                    points.append(copy)
                }
            }
        },
        .init("wrong claim with one phrasing", "$.steps[0].wrong[0].phrasings", "needs at least 2 phrasings, got 1") {
            PackEdit.step(&$0, 0) { step in
                var wrong = step["wrong"] as! [[String: Any]]
                wrong[0]["phrasings"] = ["one inactive week is churn"]
                step["wrong"] = wrong
            }
        },
        .init("negated wrong phrasing", "$.steps[0].wrong[1].phrasings[0]", "contains the negation 'never'") {
            PackEdit.step(&$0, 0) { step in
                var wrong = step["wrong"] as! [[String: Any]]
                wrong[1]["phrasings"] = ["never ask the capacity", "send the offer to everyone flagged"]
                step["wrong"] = wrong
            }
        },
        .init("wrong claim without a fix", "$.steps[0].wrong[0]", "missing field 'fix' (a string)") {
            PackEdit.step(&$0, 0) { step in
                var wrong = step["wrong"] as! [[String: Any]]
                wrong[0]["fix"] = nil
                step["wrong"] = wrong
            }
        },
        .init(
            "wrong claim reusing a point id", "$.steps[3].wrong[0].id",
            "the id 'horizon' is already used at $.steps[0].points[0]"
        ) {
            PackEdit.step(&$0, 3) { step in
                step["wrong"] = [["id": "horizon", "title": "t", "phrasings": ["a b", "c d"], "why": "w", "fix": "f"]]
            }
        },
        .init("follow-up without a question", "$.steps[0].followups[0]", "missing field 'question' (a string)") {
            PackEdit.step(&$0, 0) { step in
                var followups = step["followups"] as! [Any]
                var first = followups[0] as! [String: Any]
                first["question"] = nil
                followups[0] = first
                step["followups"] = followups
            }
        },
        .init("one expected point", "$.steps[0].followups[0].expects", "needs 2 to 4 expected points, got 1") {
            PackEdit.step(&$0, 0) { step in
                var followups = step["followups"] as! [Any]
                var first = followups[0] as! [String: Any]
                first["expects"] = [["title": "t", "phrasings": ["a b", "c d"]]]
                followups[0] = first
                step["followups"] = followups
            }
        },
        .init("misspelt follow-up field", "$.steps[0].followups[0].trigger", "unknown field (did you mean 'triggers'?)")
        {
            PackEdit.step(&$0, 0) { step in
                var followups = step["followups"] as! [Any]
                var first = followups[0] as! [String: Any]
                first["trigger"] = ["x"]
                followups[0] = first
                step["followups"] = followups
            }
        },
        .init(
            "follow-up of the wrong type", "$.steps[0].followups[1]",
            "must be a follow-up (a question string, or an object with 'question'), got 7"
        ) {
            PackEdit.step(&$0, 0) { step in
                var followups = step["followups"] as! [Any]
                followups[1] = 7
                step["followups"] = followups
            }
        },
        .init("misspelt plain field", "$.steps[0].points[0].plian", "unknown field (did you mean 'plain'?)") {
            PackEdit.point(&$0, 0, 0) { $0["plian"] = ["x"] }
        },
        .init("bad difficulty", "$.difficulty", "must be easy, medium or hard, got 'Hard'") {
            $0["difficulty"] = "Hard"
        },
        .init("no tags", "$.tags", "needs at least one tag, got none") { $0["tags"] = [String]() },
        .init("misspelt optional field", "$.steps[0].points[1].detail", "unknown field (did you mean 'details'?)") {
            PackEdit.point(&$0, 0, 1) { $0["detail"] = ["x"] }
        },
        .init("title of the wrong type", "$.title", "must be a string, got 42") { $0["title"] = 42 },
        .init("steps not an array", "$.steps", "must be an array of the seven steps (in brackets), got an object") {
            $0["steps"] = ["id": "requirements"]
        },
        .init("absurdly long title", "$.title", "is 200 characters long; the limit is 120") {
            $0["title"] = String(repeating: "x", count: 200)
        },
        .init("absurdly long phrasing", "$.steps[0].points[0].phrasings[0]", "is 201 characters long; the limit is 200")
        { PackEdit.point(&$0, 0, 0) { $0["phrasings"] = [String(repeating: "y", count: 201)] } },
        .init("empty prompt", "$.steps[3].prompt", "must not be empty") { PackEdit.step(&$0, 3) { $0["prompt"] = "" } },
        .init("null scenario", "$.scenario", "must be a string, got null") { $0["scenario"] = NSNull() },
        .init(
            "point not an object", "$.steps[0].points[2]",
            "must be a rubric point (an object in braces), got the string 'tenure'"
        ) { pack in
            PackEdit.step(&pack, 0) { step in
                var points = step["points"] as! [Any]
                points[2] = "tenure"
                step["points"] = points
            }
        },
    ]
}
