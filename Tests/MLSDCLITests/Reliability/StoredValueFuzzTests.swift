import Foundation
import Testing

@testable import MLSDTestSupport

/// Extreme values written straight into the database, as a hand edit, another tool or a damaged
/// disk could leave them: every column of every table gets one, then every command that reads
/// runs. Seeded and bounded. A crash is an exit by signal or an exit code mlsd does not document.
@Suite struct StoredValueFuzzTests {
    /// More rounds than the widest table has columns, so every column is written at least once.
    static let rounds =
        Int(ProcessInfo.processInfo.environment["FUZZ_ROUNDS"] ?? "") ?? StressSize.pick(quick: 6, full: 18)
    static let now = "2026-03-01T09:00:00Z"

    /// SQL literals by column type: the ends of each type, then (for any column) text where numbers
    /// belong and values of the wrong type, which a STRICT table refuses: the statement then changes nothing.
    static let values: [String: [String]] = [
        "INTEGER": [
            "9223372036854775807", "-9223372036854775808", "-1", "-1000000", "0", "4", "1000000000000", "NULL",
        ],
        "REAL": [
            "1e300", "-1e300", "9223372036854775807", "-9223372036854775808", "-1", "-86400.5", "0", "4.9e-324",
            "1e18", "-1e18", "253402300800", "1e999", "-1e999", "NULL",
        ],
        "TEXT": [
            "''", "'NaN'", "'-Infinity'", "'[1, 2'", "'{}'", "'[]'", "'null'", "'[null, 1e300, -5]'",
            "printf('%.*c', 300000, 'x')", "'[\"' || printf('%.*c', 100000, 'y') || '\"]'",
            "char(27) || '[2J' || char(27) || ']0;title' || char(7) || char(155) || char(8238)",
            "'{\"due\": 1e300, \"reps\": -5, \"state\": 9}'", "NULL",
        ],
        "": ["'NaN'", "'1e999'", "x'00ff'", "1e300", "-1"],
    ]

    static func value(for type: String, _ random: inout SeededRandom) -> String {
        let own = values[type] ?? []
        let pool = own.isEmpty || Int.random(in: 0..<6, using: &random) == 0 ? values[""]! : own
        return pool.randomElement(using: &random)!
    }

    /// The reading commands, given a case, a card and a session that existed before the damage;
    /// notes are exported into `folder`.
    static func commands(caseID: String, cardID: String, folder: String) -> [(arguments: [String], input: String?)] {
        [
            ([], nil), (["cases"], nil), (["cases", "--json"], nil), (["show", caseID], nil),
            (["show", caseID, "--json"], nil), (["due"], nil), (["due", "--json"], nil), (["cards"], nil),
            (["cards", "--json"], nil), (["cards", "show", cardID], nil), (["cards", "show", cardID, "--json"], nil),
            (["history"], nil), (["history", "--case", caseID, "--json"], nil), (["stats"], nil),
            (["stats", "--json"], nil),
            (["export", "--out", folder + "/notes"], nil), (["export", "--case", caseID, "--out", "-"], nil),
            (["review"], "we would measure it\n.\n3\n\n3\nq\n"),
            (["doctor"], nil), (["doctor", "--json"], nil), (["pitfalls"], nil), (["config", "list"], nil),
        ]
    }

    /// Every column of every table, as the database itself lists them.
    static func columns(_ mlsd: MLSDSandbox) throws -> [(table: String, columns: [(name: String, type: String)])] {
        let rows = try mlsd.sql(
            """
            SELECT m.name, p.name, p.type FROM sqlite_master m, pragma_table_info(m.name) p
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY m.name, p.cid
            """
        ).split(separator: "\n").map { $0.split(separator: "|", omittingEmptySubsequences: false).map(String.init) }
        var tables: [(table: String, columns: [(name: String, type: String)])] = []
        for row in rows where row.count == 3 {
            let column = (name: row[1], type: row[2])
            if tables.last?.table == row[0] {
                tables[tables.count - 1].columns.append(column)
            } else {
                tables.append((row[0], [column]))
            }
        }
        return tables
    }

    /// Turns the STRICT tables into ordinary ones, as another tool could, so that values of the
    /// wrong type (text in a REAL column, a number in a TEXT one) can be stored at all.
    static let loosen = """
        PRAGMA writable_schema = ON;
        UPDATE sqlite_schema SET sql = replace(sql, ') STRICT', ')') WHERE type = 'table';
        """

    /// One round's damage: in each table, one column (each in turn) of every other row gets a value.
    /// In `loose` rounds half the values are of the other type.
    static func damage(
        round: Int, loose: Bool, _ tables: [(table: String, columns: [(name: String, type: String)])],
        _ random: inout SeededRandom
    ) -> String {
        var sql = "PRAGMA ignore_check_constraints = ON;\n"
        for (table, columns) in tables {
            let column = columns[round % columns.count]
            let swapped = loose && Bool.random(using: &random)
            let value = value(for: swapped ? (column.type == "TEXT" ? "REAL" : "TEXT") : column.type, &random)
            sql += "UPDATE OR IGNORE \"\(table)\" SET \"\(column.name)\" = \(value) WHERE rowid % 2 = \(round % 2);\n"
        }
        return sql
    }

    /// Runs a script with the sqlite3 shell; statements a STRICT table refuses are skipped.
    static func script(_ path: String, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [path]
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        try input.fileHandleForWriting.write(contentsOf: Data(sql.utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    /// The line of a crash report that says what went wrong.
    static func fatal(_ stderr: String) -> String {
        stderr.split(separator: "\n").first { $0.contains("Fatal error") || $0.hasPrefix("mlsd: ") }.map(String.init)
            ?? ""
    }

    /// The database every round starts from, and each round's damage, drawn in order from one
    /// seed (every third round, the tables lose STRICT first).
    static let plan = Result { () throws -> (good: [UInt8], damages: [(loose: Bool, sql: String)]) in
        let good = try DamagedDatabaseTests.realDatabase(reviewed: true)
        let mlsd = MLSDSandbox(.inProcess)
        defer { mlsd.remove() }
        try Data(good).write(to: URL(fileURLWithPath: mlsd.database))
        let tables = try columns(mlsd)
        var random = SeededRandom(seed: 0x5707_ED)
        let damages = (0..<rounds).map { round in
            (loose: round % 3 == 2, sql: damage(round: round, loose: round % 3 == 2, tables, &random))
        }
        return (good, damages)
    }

    /// Each round is a case of its own, so that the rounds run in parallel.
    @Test(arguments: 0..<rounds)
    func everyReadingCommandSurvivesExtremeStoredValues(round: Int) throws {
        let (good, damages) = try Self.plan.get()
        let (loose, damage) = damages[round]
        let mlsd = MLSDSandbox(.inProcess)
        defer { mlsd.remove() }
        try Data(good).write(to: URL(fileURLWithPath: mlsd.database))
        let caseID = try mlsd.sql("SELECT case_id FROM cards ORDER BY id LIMIT 1")
        let cardID = try mlsd.sql("SELECT id FROM cards ORDER BY id LIMIT 1")
        // STRICT goes in a session of its own: the shell keeps the schema it read until it reopens the file.
        if loose { try Self.script(mlsd.database, Self.loosen) }
        try Self.script(mlsd.database, damage)
        var crashes: [String] = []
        for (arguments, input) in Self.commands(caseID: caseID, cardID: cardID, folder: mlsd.folder) {
            let result = try mlsd.run(arguments, input: input, environment: ["MLSD_NOW": Self.now])
            if result.signalled || !MLSDSandbox.documentedExitCodes.contains(result.status) {
                crashes.append(
                    "mlsd \(arguments.joined(separator: " ")): exit \(result.status)"
                        + "\(result.signalled ? " (signal)" : "") \(Self.fatal(result.stderr))")
            }
        }
        let applied = (loose ? Self.loosen + "\n" : "") + damage
        #expect(
            crashes.isEmpty, "round \(round), \(crashes.count) crashes:\n\(crashes.joined(separator: "\n"))\n\(applied)"
        )
    }

    /// The values of the issue that crashed commands: read as the nearest value in range, and
    /// named with their row by `mlsd doctor`.
    @Test func outOfRangeValuesAreReadClampedAndNamedByDoctor() throws {
        let mlsd = MLSDSandbox(.inProcess)
        defer { mlsd.remove() }
        try Data(try DamagedDatabaseTests.realDatabase(reviewed: true)).write(to: URL(fileURLWithPath: mlsd.database))
        let card = try mlsd.sql("SELECT id FROM cards ORDER BY id LIMIT 1")
        _ = try mlsd.sql(
            """
            UPDATE cards SET due = 1e300, reps = 9223372036854775807, lapses = -3 WHERE id = \(card);
            UPDATE sessions SET overall = 1e300; UPDATE answers SET seconds = -5;
            """)
        for command in [
            ["cards", "show", card], ["cards"], ["due"], ["history"], ["stats"], ["export", "--out", "-"],
        ] {
            let result = try mlsd.run(command, environment: ["MLSD_NOW": Self.now])
            #expect(
                result.status == 0 && !result.signalled, "\(command): \(result.status) \(Self.fatal(result.stderr))")
        }
        let doctor = try mlsd.run(["doctor"])
        let line = doctor.stdout.split(separator: "\n").first { $0.hasPrefix("warn  values") } ?? ""
        #expect(
            line.contains(
                "cards row \(card) due = 1.0e+300; cards row \(card) reps = 9223372036854775807; cards row \(card) lapses = -3"
            ), "\(doctor.stdout)")
        #expect(line.contains("mlsd reads each as the nearest value in range"))
        let json = try mlsd.run(["doctor", "--json"])
        #expect(json.stdout.contains("\"check\" : \"values\""), "\(json.stdout.prefix(400))")
    }
}
