import Foundation
import Testing

@testable import MLSDTestSupport

@Suite struct ReviewAnswerCheckTests {
    @Test func typedStepAnswerIsScoredAndSuggestsARating() throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
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
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        try mlsd.run(["cards", "add", "--case", "fraud-detection", "--step", "model", "--all-points"])
        let id = try mlsd.sql("SELECT MIN(id) FROM cards WHERE kind = 'point' AND point_id LIKE '%baseline%'")
        #expect(!id.isEmpty)
        try mlsd.run(["cards", "suspend", try mlsd.sql("SELECT id FROM cards WHERE kind = 'step'")])
        for other in try mlsd.sql("SELECT id FROM cards WHERE kind = 'point' AND id != \(id)").split(separator: "\n") {
            try mlsd.run(["cards", "suspend", String(other)])
        }
        // Named with a reason: made, and Enter accepts Good.
        let made = try mlsd.run(
            ["review", "--limit", "1"],
            input:
                "Ship a logistic regression baseline first, because it is quick to build and sets the bar the complex model must beat.\n.\n\n"
        )
        #expect(made.stdout.contains("Your answer: you made the point"))
        #expect(try mlsd.sql("SELECT rating FROM review_log") == "3")
        // Named with no reason: Hard, never Again.
        try mlsd.run(["cards", "reset", id])
        let named = try mlsd.run(["review", "--limit", "1"], input: "Start with a simple baseline.\n.\n\n")
        #expect(named.stdout.contains("Your answer: you named it"))
        #expect(try mlsd.sql("SELECT rating FROM review_log ORDER BY id DESC LIMIT 1") == "2")
    }
}

@Suite struct ReviewPointVerdictTests {
    /// A fixture with only one point card of the fraud case active.
    func onlyPoint(_ pointID: String, step: String) throws -> MLSDSandbox {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        try mlsd.run(["cards", "add", "--case", "fraud-detection", "--step", step, "--all-points"])
        for id in try mlsd.sql("SELECT id FROM cards WHERE point_id IS NULL OR point_id != '\(pointID)'").split(
            separator: "\n")
        {
            try mlsd.run(["cards", "suspend", String(id)])
        }
        return mlsd
    }

    @Test("a list of the right signals is recalled (Good); one named alone is Hard; nothing right is Again")
    func suggestionsAgreeWithTheVerdict() throws {
        for (answer, verdict, rating) in [
            (
                "device fingerprint, IP reputation, proxy detection, emulator detection", "you listed the right things",
                "3"
            ),
            ("Device fingerprint.", "you named it", "2"),
            ("the weather and the moon", "the answer did not make the point", "1"),
        ] {
            let mlsd = try onlyPoint("device-network-signals", step: "features")
            defer { mlsd.remove() }
            // Enter at the rating accepts the suggestion.
            let result = try mlsd.run(["review", "--limit", "1"], input: answer + "\n.\n\n")
            #expect(result.status == 0)
            #expect(result.stdout.contains("Your answer: \(verdict)"), "\(answer)")
            #expect(!result.stdout.contains("/100"), "a point card shows a verdict, not a step score")
            #expect(try mlsd.sql("SELECT rating FROM review_log") == rating, "\(answer)")
        }
    }

    @Test("a point card whose question asks why and how shows what to do from the model outline")
    func remedyOnTheBack() throws {
        let mlsd = try onlyPoint("label-delay-maturity", step: "data")
        defer { mlsd.remove() }
        let result = try mlsd.run(["review", "--limit", "1"], input: "\n3\n")
        #expect(result.stdout.contains("  Why: Chargebacks arrive weeks or months later"))
        #expect(result.stdout.contains("  What to do: Label maturity: chargebacks arrive up to 90+ days later"))
        let sources = try onlyPoint("label-sources", step: "data")
        defer { sources.remove() }
        #expect(!(try sources.run(["review", "--limit", "1"], input: "\n3\n").stdout.contains("What to do:")))
    }
}
