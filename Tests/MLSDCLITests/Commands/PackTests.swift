import Foundation
import Testing

@testable import MLSDTestSupport

/// `mlsd validate`, `mlsd import` and `mlsd remove` on real files and a real database.
@Suite struct PackTests {
    @Test func examplePackValidatesWithoutADatabase() throws {
        let mlsd = MLSDSandbox(.inProcess)
        defer { mlsd.remove() }
        let result = try mlsd.run(["validate", PackFiles.examplePath])
        #expect(result.status == 0)
        #expect(result.stdout == "ok: 1 case, 7 steps, 35 points\n")
        #expect(result.stderr.isEmpty)
        let piped = try mlsd.run(["validate", "-"], inputData: Data(PackFiles.serialise(PackFiles.example())))
        #expect(piped.stdout == result.stdout)
        let json =
            try JSONSerialization.jsonObject(
                with: Data(try mlsd.run(["validate", "--json", PackFiles.examplePath]).stdout.utf8)) as! [String: Any]
        #expect(
            json["valid"] as? Bool == true && json["points"] as? Int == 35
                && json["cases"] as? [String] == ["churn-prediction"])
        #expect(!FileManager.default.fileExists(atPath: mlsd.database), "validate never touches the database")
    }

    @Test func examplePackImportsEndToEnd() throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        let result = try mlsd.run(["import", PackFiles.examplePath])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("added churn-prediction (Subscriber churn prediction): 35 points\n"))
        #expect(try mlsd.sql("SELECT source || ' ' || retired FROM cases WHERE id = 'churn-prediction'") == "user 0")
        #expect(try mlsd.sql("SELECT COUNT(*) FROM points WHERE case_id = 'churn-prediction' AND retired = 0") == "35")
        #expect(
            try mlsd.sql(
                "SELECT group_concat(step, ',') FROM (SELECT step FROM steps WHERE case_id = 'churn-prediction' ORDER BY position)"
            )
                == "requirements,metrics,data,features,model,evaluation,serving")
        #expect(try mlsd.run(["cases"]).stdout.contains("churn-prediction"))
        let show = try mlsd.run(["show", "churn-prediction", "--outline", "--step", "requirements"])
        #expect(PackFiles.words(show.stdout).contains("[3] Prediction horizon The label and every feature window"))
    }

    struct Malformed: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: [UInt8]
        var problem: String
        var testDescription: String { name }
    }

    static let malformed: [Malformed] = {
        func pack(_ object: [String: Any]) -> [UInt8] { PackFiles.serialise(object) }
        var steps = PackFiles.example()
        var list = steps["steps"] as! [[String: Any]]
        list.swapAt(1, 2)
        steps["steps"] = list
        var missing = PackFiles.example()
        missing["steps"] = Array((missing["steps"] as! [[String: Any]]).dropLast())
        var badID = PackFiles.example()
        badID["id"] = "Churn Prediction"
        let example = PackFiles.example()
        // The file as written (pretty-printed with "key": value), for edits on the text itself.
        let text = String(decoding: try! Data(contentsOf: URL(fileURLWithPath: PackFiles.examplePath)), as: UTF8.self)
        return [
            Malformed(
                name: "weight", bytes: pack(PackFiles.editing(step: 2, point: 0) { $0["weight"] = 5 }),
                problem: "$.steps[2].points[0].weight: must be 1 to 3, got 5 (line"),
            Malformed(
                name: "missing field", bytes: pack(PackFiles.editing(step: 3) { $0["prompt"] = nil }),
                problem: "$.steps[3]: missing field 'prompt' (a string)"),
            Malformed(
                name: "wrong type", bytes: pack(PackFiles.editing(step: 0) { $0["minutes"] = "5" }),
                problem: "$.steps[0].minutes: must be a whole number from 1 to 20, got the string '5'"),
            Malformed(
                name: "unknown step", bytes: pack(PackFiles.editing(step: 3) { $0["id"] = "feature" }),
                problem: "$.steps[3].id: unknown step 'feature' (did you mean 'features'?"),
            Malformed(name: "missing step", bytes: pack(missing), problem: "$.steps: missing step 'serving'"),
            Malformed(
                name: "steps out of order", bytes: pack(steps),
                problem: "$.steps: steps are out of order: 'metrics' comes after 'data'"),
            Malformed(
                name: "duplicate point id", bytes: pack(PackFiles.editing(step: 4, point: 1) { $0["id"] = "horizon" }),
                problem: "$.steps[4].points[1].id: the point id 'horizon' is already used at $.steps[0].points[0]"),
            Malformed(
                name: "budget", bytes: pack(PackFiles.editing(step: 0) { $0["minutes"] = 6 }),
                problem: "$.steps: the steps' minutes add up to 46; they must add up to 45"),
            Malformed(
                name: "minutes out of range", bytes: pack(PackFiles.editing(step: 0) { $0["minutes"] = 21 }),
                problem: "$.steps[0].minutes: must be 1 to 20, got 21"),
            Malformed(
                name: "empty phrasing list",
                bytes: pack(PackFiles.editing(step: 1, point: 1) { $0["phrasings"] = [String]() }),
                problem: "$.steps[1].points[1].phrasings: needs at least one phrasing, got none"),
            Malformed(
                name: "empty phrasing", bytes: pack(PackFiles.editing(step: 1, point: 1) { $0["phrasings"] = [""] }),
                problem: "$.steps[1].points[1].phrasings[0]: must not be empty"),
            Malformed(name: "bad id", bytes: pack(badID), problem: "$.id: must be lower-case kebab-case"),
            Malformed(
                name: "hints", bytes: pack(PackFiles.editing(step: 0) { $0["hints"] = ["one"] }),
                problem: "$.steps[0].hints: needs 2 to 4 hints, got 1"),
            Malformed(
                name: "outline", bytes: pack(PackFiles.editing(step: 0) { $0["outline"] = ["a", "b"] }),
                problem: "$.steps[0].outline: needs at least 3 bullets, got 2"),
            Malformed(
                name: "follow-ups", bytes: pack(PackFiles.editing(step: 0) { $0["followups"] = [String]() }),
                problem: "$.steps[0].followups: needs 2 to 4 follow-ups, got none"),
            Malformed(
                name: "points per step",
                bytes: pack(PackFiles.editing(step: 5) { $0["points"] = Array(($0["points"] as! [Any]).prefix(4)) }),
                problem: "$.steps[5].points: needs 5 to 10 points, got 4"),
            Malformed(
                name: "duplicate case", bytes: pack(["cases": [example, example]]),
                problem: "$.cases[1].id: the case id 'churn-prediction' is already used at $.cases[0]"),
            Malformed(
                name: "invalid JSON",
                bytes: Array(text.replacingOccurrences(of: "\"tabular\"\n", with: "\"tabular\",\n").utf8),
                problem: "$: invalid JSON: a trailing comma before ']' is not allowed in JSON (line 9, column 3)"),
            Malformed(
                name: "invalid UTF-8",
                bytes: Array(text.utf8.prefix(40)) + [0xC0, 0xAF] + Array(text.utf8.dropFirst(40)),
                problem: "$: the file is not valid UTF-8 (byte 0xC0); save it as UTF-8 text"),
            Malformed(
                name: "too large", bytes: Array(text.utf8) + [UInt8](repeating: 0x20, count: 5_000_000),
                problem: "$: the pack is 5.0 MB; the limit is 5 MB (split it into several packs)"),
            Malformed(
                name: "deep nesting",
                bytes: Array((String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)).utf8),
                problem: "$: invalid JSON: nested more than 32 levels deep (line 1, column 33)"),
            Malformed(
                name: "NaN", bytes: Array(text.replacingOccurrences(of: "\"weight\": 3", with: "\"weight\": NaN").utf8),
                problem: "$: invalid JSON: 'NaN' is not a JSON value: numbers must be finite"),
            Malformed(
                name: "huge number",
                bytes: Array(text.replacingOccurrences(of: "\"minutes\": 8", with: "\"minutes\": 1e999").utf8),
                problem: "$.steps[2].minutes: must be a whole number from 1 to 20, got 1e999"),
        ]
    }()

    @Test(arguments: malformed)
    func malformedPackIsRejectedAndNothingWritten(_ pack: Malformed) throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        let path = PackFiles.write(pack.bytes, in: mlsd)
        let validated = try mlsd.run(["validate", path])
        #expect(validated.status == 65)
        #expect(validated.stdout.split(separator: "\n").contains { $0.hasPrefix(pack.problem) }, "\(validated.stdout)")
        #expect(validated.stderr.hasPrefix("mlsd: \(path) has "))

        #expect(try mlsd.run(["cases"]).status == 0)
        let before = try mlsd.sql("SELECT COUNT(*), SUM(retired) FROM cases") + mlsd.sql("SELECT COUNT(*) FROM points")
        let imported = try mlsd.run(["import", path])
        #expect(imported.status == 65)
        #expect(imported.stdout.isEmpty)
        #expect(imported.stderr.split(separator: "\n").contains { $0.hasPrefix(pack.problem) })
        #expect(imported.stderr.hasSuffix("; nothing was imported\n"))
        #expect(try mlsd.sql("SELECT COUNT(*) FROM cases WHERE source = 'user'") == "0")
        #expect(
            try mlsd.sql("SELECT COUNT(*), SUM(retired) FROM cases") + mlsd.sql("SELECT COUNT(*) FROM points") == before
        )
    }

    @Test func builtinCaseFilesValidateWithTheBuiltinFlag() throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        let path = PackFiles.root.appendingPathComponent("Data/cases/video-recommendation.json").path
        let refused = try mlsd.run(["validate", path])
        #expect(refused.status == 65)
        #expect(
            refused.stdout.hasPrefix(
                "$.id: 'video-recommendation' is the id of a built-in case; give your case another id (line 2, column"))
        let builtin = try mlsd.run(["validate", "--builtin", path])
        #expect(builtin.status == 0)
        #expect(builtin.stdout.hasPrefix("ok: 1 case, 7 steps, "))
    }

    @Test func unreadableFilesExit66() throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        for command in ["validate", "import"] {
            let missing = try mlsd.run([command, mlsd.folder + "/nope.json"])
            #expect(missing.status == 66)
            #expect(missing.stderr == "mlsd: cannot read '\(mlsd.folder)/nope.json': no such file\n")
            let folder = try mlsd.run([command, mlsd.folder])
            #expect(folder.status == 66)
            #expect(folder.stderr == "mlsd: cannot read '\(mlsd.folder)': it is a folder; name a pack file\n")
        }
        let usage = try mlsd.run(["validate"])
        #expect(usage.status == 64)
        #expect(usage.stderr.hasPrefix("mlsd: Missing expected argument '<file>'"))
    }
}
