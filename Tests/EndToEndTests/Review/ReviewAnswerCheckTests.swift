import Foundation
import Testing

@Suite struct ReviewAnswerCheckTests {
    @Test func typedStepAnswerIsScoredAndSuggestsARating() throws {
        let mlsd = MLSDProcess()
        defer { mlsd.remove() }
        #expect(try mlsd.run(["cards", "add", "--case", "fraud-detection", "--step", "model"]).status == 0)
        let answer = "I would start with a simple baseline: gradient boosted trees on card and merchant features."
        // An empty rating line accepts the suggestion.
        let result = try mlsd.run(["review", "--limit", "1"], input: answer + "\n.\n\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("Your answer: "))
        #expect(result.stdout.contains("Suggested from your answer: "))
        let logged = try mlsd.sql("SELECT rating, score IS NOT NULL, answer FROM review_log")
        #expect(logged.hasSuffix("|1|" + answer))
    }

    @Test func pointCardChecksThatOnePoint() throws {
        let mlsd = MLSDProcess()
        defer { mlsd.remove() }
        try mlsd.run(["cards", "add", "--case", "fraud-detection", "--step", "model", "--all-points"])
        let id = try mlsd.sql("SELECT MIN(id) FROM cards WHERE kind = 'point' AND point_id LIKE '%baseline%'")
        #expect(!id.isEmpty)
        try mlsd.run(["cards", "suspend", try mlsd.sql("SELECT id FROM cards WHERE kind = 'step'")])
        for other in try mlsd.sql("SELECT id FROM cards WHERE kind = 'point' AND id != \(id)").split(separator: "\n") {
            try mlsd.run(["cards", "suspend", String(other)])
        }
        let made = try mlsd.run(["review", "--limit", "1"], input: "Start with a simple baseline such as logistic regression or GBDT before any deep model, because it sets the bar a deep model must beat.\n.\n\n")
        #expect(made.stdout.contains("you made the point"))
        #expect(try mlsd.sql("SELECT rating FROM review_log") == "3")
    }
}
