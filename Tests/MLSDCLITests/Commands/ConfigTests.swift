import Foundation
import Testing

@testable import MLSDTestSupport

@Suite struct ConfigTests {
    @Test func setGetListUnset() throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        #expect(try mlsd.run(["config", "get", "desired_retention"]).stdout == "0.9\n")
        #expect(try mlsd.run(["config", "set", "desired_retention", "0.85"]).status == 0)
        #expect(try mlsd.run(["config", "get", "desired_retention"]).stdout == "0.85\n")
        #expect(try mlsd.sql("SELECT value FROM settings WHERE key = 'desired_retention'") == "0.85")
        #expect(try mlsd.run(["config", "set", "learning_steps", "1m, 30m"]).stdout == "learning_steps = 1m 30m\n")
        let list = try mlsd.run(["config", "list", "--json"])
        let entries = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as! [[String: Any]]
        #expect(entries.count == 9)
        #expect(entries.first { $0["key"] as? String == "learning_steps" }?["value"] as? String == "1m 30m")
        #expect(try mlsd.run(["config", "unset", "desired_retention"]).status == 0)
        #expect(try mlsd.run(["config", "get", "desired_retention"]).stdout == "0.9\n")
    }

    @Test(arguments: [
        ("desired_retention", "1.5", "0.70 to 0.99"), ("desired_retention", "abc", "0.70 to 0.99"),
        ("fuzz", "maybe", "on or off"), ("new_cards_per_day", "-1", "0 to 1000"),
        ("learning_steps", "10x", "durations"), ("maximum_interval", "0", "1 to 36500"),
        ("interview_date", "2026-02-30", "YYYY-MM-DD"), ("day_start_hour", "24", "0 to 23"),
    ])
    func invalidValuesAreRefusedAndNothingChanges(key: String, value: String, allowed: String) throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        let result = try mlsd.run(["config", "set", key, value])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("mlsd: invalid value '\(value)' for \(key)"))
        #expect(result.stderr.contains(allowed))
        #expect(try mlsd.sql("SELECT COUNT(*) FROM settings") == "0")
    }

    @Test func unknownKeyGetsDidYouMean() throws {
        let mlsd = MLSDSandbox.afterFirstRun(.inProcess)
        defer { mlsd.remove() }
        let result = try mlsd.run(["config", "set", "desired_retension", "0.9"])
        #expect(result.status == 64)
        #expect(
            result.stderr
                == "mlsd: unknown setting 'desired_retension' (did you mean 'desired_retention'? see 'mlsd config list')\n"
        )
    }
}
