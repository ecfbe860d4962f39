import Foundation
import Testing

@testable import MLSDTestSupport

/// Importing, re-importing and removing user cases, checked in the database itself.
@Suite struct ImportTests {
    /// The content rows of the user's cases, to compare before and after.
    func userContent(_ mlsd: MLSDSandbox) throws -> String {
        try mlsd.sql("SELECT id, title, position, retired, updated_at FROM cases WHERE source = 'user' ORDER BY id")
            + mlsd.sql(
                "SELECT case_id, point_id, step, position, weight, retired FROM points WHERE case_id IN (SELECT id FROM cases WHERE source = 'user') ORDER BY 1, 2"
            )
            + mlsd.sql(
                "SELECT case_id, step, prompt, minutes FROM steps WHERE case_id IN (SELECT id FROM cases WHERE source = 'user') ORDER BY 1, 2"
            )
    }

    @Test func importingTwiceIsIdempotent() throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        #expect(try mlsd.run(["import", PackFiles.examplePath]).status == 0)
        let first = try userContent(mlsd)
        let again = try mlsd.run(["import", PackFiles.examplePath])
        #expect(again.status == 0)
        #expect(
            again.stdout
                == "unchanged churn-prediction (Subscriber churn prediction): no changes\nNothing changed: the database already holds this pack.\n"
        )
        #expect(try userContent(mlsd) == first)
        let json =
            try JSONSerialization.jsonObject(
                with: Data(try mlsd.run(["import", "--json", PackFiles.examplePath]).stdout.utf8)) as! [[String: Any]]
        #expect(json.first?["action"] as? String == "unchanged")
    }

    @Test func reimportWithAPointReplacedKeepsTheUsersAnswers() throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        #expect(try mlsd.run(["import", PackFiles.examplePath]).status == 0)
        _ = try mlsd.sql(
            """
            INSERT INTO sessions (id, case_id, steps, status, started_at, updated_at) VALUES (1, 'churn-prediction', '["requirements"]', 'finished', 0, 0);
            INSERT INTO answers (id, session_id, step, kind, question, text, seconds, created_at) VALUES (1, 1, 'requirements', 'answer', 'q', 'I would fix the prediction horizon first.', 60, 0);
            INSERT INTO point_results (answer_id, case_id, point_id, outcome, evidence) VALUES (1, 'churn-prediction', 'horizon', 'covered', 'prediction horizon');
            INSERT INTO cards (kind, case_id, step, point_id, due, created_at) VALUES ('point', 'churn-prediction', 'requirements', 'horizon', 0, 0);
            """)
        let edited = PackFiles.editing(step: 0, point: 0) { point in
            point["id"] = "forecast-window"
            point["title"] = "Forecast window"
        }
        let path = PackFiles.write(PackFiles.serialise(edited), in: mlsd)
        let result = try mlsd.run(["import", path])
        #expect(result.status == 0)
        #expect(
            result.stdout.hasPrefix(
                "updated churn-prediction (Subscriber churn prediction): 1 point added (forecast-window); 1 point retired (horizon); your answers to them are kept\n"
            ))
        #expect(
            try mlsd.sql("SELECT retired FROM points WHERE case_id = 'churn-prediction' AND point_id = 'horizon'")
                == "1")
        #expect(
            try mlsd.sql(
                "SELECT retired FROM points WHERE case_id = 'churn-prediction' AND point_id = 'forecast-window'") == "0"
        )
        #expect(try mlsd.sql("SELECT text FROM answers WHERE id = 1") == "I would fix the prediction horizon first.")
        #expect(try mlsd.sql("SELECT outcome FROM point_results WHERE point_id = 'horizon'") == "covered")
        #expect(try mlsd.sql("SELECT COUNT(*) FROM cards WHERE point_id = 'horizon'") == "1")
        let show = try mlsd.run(["show", "churn-prediction", "--outline", "--step", "1"])
        #expect(show.stdout.contains("[3] Forecast window") && !show.stdout.contains("Prediction horizon\n"))
    }

    @Test func builtinIDIsRefusedAndNothingWritten() throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        var clash = PackFiles.example()
        clash["id"] = "video-recommendation"
        clash["title"] = "My own video case"
        #expect(try mlsd.run(["cases"]).status == 0)
        let before = try mlsd.sql("SELECT title, source, updated_at FROM cases WHERE id = 'video-recommendation'")
        for pack in [clash, ["cases": [PackFiles.example(), clash]]] as [Any] {
            let path = PackFiles.write(PackFiles.serialise(pack), in: mlsd)
            let result = try mlsd.run(["import", path])
            #expect(result.status == 65)
            #expect(
                result.stderr.contains(
                    "id: 'video-recommendation' is the id of a built-in case; give your case another id"))
            #expect(result.stderr.hasSuffix("nothing was imported\n"))
            #expect(try mlsd.sql("SELECT COUNT(*) FROM cases WHERE source = 'user'") == "0", "all or nothing")
            #expect(
                try mlsd.sql("SELECT title, source, updated_at FROM cases WHERE id = 'video-recommendation'") == before)
        }
    }

    @Test func removeKeepsHistoryUntilPurged() throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        #expect(try mlsd.run(["import", PackFiles.examplePath]).status == 0)
        _ = try mlsd.sql(
            "INSERT INTO sessions (id, case_id, steps, status, started_at, updated_at) VALUES (1, 'churn-prediction', '[]', 'finished', 0, 0)"
        )
        let removed = try mlsd.run(["remove", "churn-prediction"])
        #expect(removed.status == 0)
        #expect(
            removed.stdout.hasPrefix(
                "removed churn-prediction (Subscriber churn prediction); its 1 session and 0 review cards are kept\n"))
        #expect(try mlsd.sql("SELECT retired FROM cases WHERE id = 'churn-prediction'") == "1")
        #expect(try mlsd.sql("SELECT COUNT(*) FROM sessions") == "1")
        #expect(!(try mlsd.run(["cases"]).stdout.contains("churn-prediction")))
        #expect(try mlsd.run(["show", "churn-prediction"]).status == 64)
        #expect(try mlsd.run(["remove", "churn-prediction"]).stdout.hasPrefix("churn-prediction was already removed"))

        let restored = try mlsd.run(["import", PackFiles.examplePath])
        #expect(restored.stdout.hasPrefix("restored churn-prediction"))
        #expect(try mlsd.sql("SELECT retired FROM cases WHERE id = 'churn-prediction'") == "0")

        let purged = try mlsd.run(["remove", "churn-prediction", "--purge"])
        #expect(purged.status == 0)
        #expect(
            purged.stdout
                == "deleted churn-prediction (Subscriber churn prediction) with its 1 session and 0 review cards\n")
        for table in ["cases WHERE id", "steps WHERE case_id", "points WHERE case_id", "sessions WHERE case_id"] {
            #expect(try mlsd.sql("SELECT COUNT(*) FROM \(table) = 'churn-prediction'") == "0", "\(table)")
        }
    }

    @Test func onlyImportedCasesCanBeRemoved() throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        let none = try mlsd.run(["remove", "churn-prediction"])
        #expect(none.status == 64)
        #expect(
            none.stderr
                == "mlsd: no imported case 'churn-prediction': you have not imported any case (see 'mlsd import --help')\n"
        )
        #expect(try mlsd.run(["import", PackFiles.examplePath]).status == 0)
        let builtin = try mlsd.run(["remove", "video-recommendation", "--purge"])
        #expect(builtin.status == 64)
        #expect(
            builtin.stderr
                == "mlsd: 'video-recommendation' is a built-in case and cannot be removed; only cases you imported can be (see 'mlsd cases')\n"
        )
        #expect(try mlsd.sql("SELECT retired FROM cases WHERE id = 'video-recommendation'") == "0")
        let misspelt = try mlsd.run(["remove", "churn-predicton"])
        #expect(misspelt.status == 64)
        #expect(
            misspelt.stderr
                == "mlsd: unknown imported case 'churn-predicton' (did you mean 'churn-prediction'? see 'mlsd cases')\n"
        )
    }
}
