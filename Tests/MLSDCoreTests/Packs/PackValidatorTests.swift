import Foundation
import MLSDCore
import Testing

@Suite struct PackValidatorTests {
    @Test func examplePackIsValidAndDecodes() throws {
        let validation = PackValidator.validate(try RepositoryFiles.bytes("docs/example-pack.json"))
        #expect(validation.problems == [])
        let study = try #require(validation.cases.first)
        #expect(study.id == "churn-prediction")
        #expect(study.steps.map(\.id) == StepID.allCases)
        #expect(study.steps.allSatisfy { $0.points.count == 5 })
        #expect(validation.stepCount == 7 && validation.pointCount == 35)
        #expect(study.step(.requirements)?.points.first?.details == ["label window", "observation window"])
        let requirements = try #require(study.step(.requirements))
        #expect(requirements.points.first?.plain == ["how far in advance", "cancel within the next month"])
        #expect(requirements.wrong.map(\.id) == ["churn-any-inactivity", "everyone-gets-offer"])
        #expect(requirements.followups.first?.expects.count == 2)
        #expect(requirements.followups.first?.triggers == ["real time scoring", "in the app"])
        #expect(requirements.followups.last == Followup(question: "How many subscribers are there?"))
        #expect(study.step(.serving)?.wrong == [])
    }

    @Test(arguments: PackBreakage.all)
    func eachBreakageIsReportedWhereItIs(_ breakage: PackBreakage) throws {
        var pack = try RepositoryFiles.examplePack()
        breakage.mutate(&pack)
        let bytes = try RepositoryFiles.serialise(pack)
        let validation = PackValidator.validate(bytes)
        #expect(validation.cases.isEmpty, "nothing decodes from an invalid pack")
        let problem = validation.problems.first { $0.path == breakage.path && $0.message.hasPrefix(breakage.message) }
        #expect(problem != nil, "got: \(validation.problems.map(\.description))")
        // Every position points into the file.
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for problem in validation.problems {
            let line = try #require(problem.line)
            #expect(line >= 1 && line <= lines.count)
        }
    }

    @Test func everyProblemIsReportedNotOnlyTheFirst() throws {
        var pack = try RepositoryFiles.examplePack()
        let names = [
            "weight out of range", "missing question", "zero minutes", "unknown step id",
            "duplicate point id", "empty phrasing", "bad difficulty",
        ]
        for breakage in PackBreakage.all where names.contains(breakage.name) { breakage.mutate(&pack) }
        PackEdit.point(&pack, 6, 4) { $0["weight"] = 0 }
        let problems = PackValidator.validate(try RepositoryFiles.serialise(pack)).problems
        #expect(problems.count == 8, "\(problems.map(\.description))")
        #expect(problems.contains { $0.path == "$.steps[6].points[4].weight" })
    }

    @Test func problemPositionPointsAtTheValue() throws {
        let text = "{\n  \"id\": \"x\",\n  \"steps\": [\n    {\"id\": \"requirements\", \"minutes\": 99}\n  ]\n}"
        let problems = PackValidator.validate(Array(text.utf8)).problems
        let minutes = try #require(problems.first { $0.path == "$.steps[0].minutes" })
        #expect(minutes.description == "$.steps[0].minutes: must be 1 to 20, got 99 (line 4, column 39)")
        let missing = try #require(problems.first { $0.message.hasPrefix("missing field 'title'") })
        #expect(missing.path == "$" && missing.line == 1 && missing.column == 1)
    }

    @Test func hugeAndStrangeNumbersAreReportedAsWritten() {
        for (literal, message) in [
            ("1e400", "must be a whole number from 1 to 3, got 1e400"),
            ("99999999999999999999", "must be 1 to 3, got 99999999999999999999"),
            ("-0", "must be 1 to 3, got -0"), ("3.0", "must be a whole number from 1 to 3, got 3.0"),
        ] {
            let text = "{\"cases\": [{\"steps\": [{\"points\": [{\"weight\": \(literal)}]}]}]}"
            let problems = PackValidator.validate(Array(text.utf8)).problems
            #expect(
                problems.contains { $0.path == "$.cases[0].steps[0].points[0].weight" && $0.message == message },
                "\(literal)")
        }
    }

    @Test func duplicateFieldsAreReported() {
        let problems = PackValidator.validate(Array("{\"id\": \"a\", \"id\": \"b\"}".utf8)).problems
        #expect(
            problems.contains {
                $0.path == "$.id" && $0.message.hasPrefix("the field appears twice") && $0.column == 13
            })
    }

    @Test func severalCasesInOnePack() throws {
        let example = try RepositoryFiles.examplePack()
        var second = example
        second["id"] = "churn-prediction-2"
        let valid = PackValidator.validate(try RepositoryFiles.serialise(["cases": [example, second]]))
        #expect(valid.problems == [])
        #expect(valid.cases.map(\.id) == ["churn-prediction", "churn-prediction-2"])
        #expect(valid.pointCount == 70)

        let duplicate = PackValidator.validate(try RepositoryFiles.serialise(["cases": [example, example]])).problems
        #expect(duplicate.map(\.path) == ["$.cases[1].id"])
        #expect(
            duplicate.first?.message
                == "the case id 'churn-prediction' is already used at $.cases[0]; case ids must be unique")

        let empty = PackValidator.validate(Array("{\"cases\": []}".utf8)).problems
        #expect(empty.map(\.description) == ["$.cases: needs at least one case, got none (line 1, column 11)"])

        let extra = PackValidator.validate(try RepositoryFiles.serialise(["cases": [example], "version": 2])).problems
        #expect(extra.map(\.path) == ["$.version"])

        let tooMany = PackValidator.validate(try RepositoryFiles.serialise(["cases": Array(repeating: 1, count: 101)]))
            .problems
        #expect(tooMany.first?.message == "has 101 cases; the limit is 100")
    }

    @Test func builtinIDsAreReserved() throws {
        let problems = PackValidator.validate(
            try RepositoryFiles.bytes("docs/example-pack.json"), reservedIDs: ["churn-prediction"]
        ).problems
        #expect(
            problems.map(\.description) == [
                "$.id: 'churn-prediction' is the id of a built-in case; give your case another id (line 2, column 9)"
            ])
    }

    @Test func aByteOrderMarkIsAccepted() throws {
        let validation = PackValidator.validate(
            [0xEF, 0xBB, 0xBF] + (try RepositoryFiles.bytes("docs/example-pack.json")))
        #expect(validation.problems == [])
        #expect(validation.cases.count == 1)
    }
}

/// A hand-written pack full of the mistakes people make, against its reviewed report: every
/// problem, in order, worded and placed exactly as `mlsd validate` prints it.
@Suite struct MistakesFixtureTests {
    static func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/packs/\(name)")
        return try Data(contentsOf: url)
    }

    @Test func reportMatchesTheReviewedOne() throws {
        let problems = PackValidator.validate(try Self.fixture("mistakes.json")).problems
        let expected = String(decoding: try Self.fixture("mistakes.expected"), as: UTF8.self)
        #expect(problems.map { $0.description + "\n" }.joined() == expected)
        #expect(problems.count == 35)
    }
}
