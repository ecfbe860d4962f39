import CSQLite
import Foundation

/// EXPLAIN QUERY PLAN for every statement the store runs, against a database at scale: a full
/// SCAN of a big table is what turns a 5 ms command into a 500 ms one as history grows.
///
/// The statements are the SQL literals of the sources plus, with `--captured DIR`, those that real
/// runs prepared (bench/sqltrace writes DIR/<command>.sql.log), which adds SQL assembled at run time.
/// Prints one line per statement, `ok|WARN|skip where detail`, then a summary line
/// `queries N warnings W skipped S`. Unbound parameters are fine: the plan does not need values.
enum QueryPlans {
    static func command(_ options: Options) throws {
        let path = try options.string("db")
        let bigRows = try options.int("big-rows", default: 10_000)
        let literals = try statements(sources: try options.string("sources"), captured: options.optionalString("captured"))
        var db: OpaquePointer?
        guard sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, nil) == SQLITE_OK, let db else {
            throw BenchError("cannot open \(path)")
        }
        defer { sqlite3_close_v2(db) }

        var rowCounts: [String: Int?] = [:]
        func rows(in table: String) -> Int? {
            if let known = rowCounts[table] { return known }
            let count = scalar(db, "SELECT COUNT(*) FROM \"\(table)\"")
            rowCounts[table] = count
            return count
        }
        /// A scan of a partial index reads only the rows its WHERE admits: those are what count.
        func rows(in table: String, scanning detail: String) -> Int? {
            guard let index = detail.range(of: "INDEX ").map({ detail[$0.upperBound...].split(separator: " ").first.map(String.init) }) ?? nil,
                  let sql = scalarText(db, "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = '\(index)'"),
                  let filter = sql.range(of: " WHERE ", options: .caseInsensitive) else { return rows(in: table) }
            let key = "\(table) WHERE \(sql[filter.upperBound...])"
            if let known = rowCounts[key] { return known }
            let count = scalar(db, "SELECT COUNT(*) FROM \"\(table)\"" + " WHERE " + sql[filter.upperBound...])
            rowCounts[key] = count
            return count
        }

        var warnings = 0
        var skipped = 0
        var checked = 0
        for literal in literals {
            let place = literal.line > 0 ? "\(literal.file):\(literal.line)" : literal.file
            guard let plan = plan(db, literal.sql) else {
                skipped += 1
                print("skip \(place) does not prepare here: \(literal.oneLine.prefix(70))")
                continue
            }
            checked += 1
            let aliases = literal.tablesByAlias
            var scans: [String] = []
            for detail in plan where detail.hasPrefix("SCAN ") {
                let name = detail.dropFirst(5).split(separator: " ").first.map(String.init) ?? ""
                let table = aliases[name] ?? name
                if let count = rows(in: table, scanning: detail), count >= bigRows {
                    scans.append("\(detail) [\(table): \(count) rows]")
                }
            }
            if scans.isEmpty {
                print("ok   \(place) \(literal.oneLine.prefix(70))")
            } else {
                warnings += 1
                print("WARN \(place) \(scans.joined(separator: "; ")) in: \(literal.oneLine.prefix(110))")
            }
        }
        print("queries \(checked) warnings \(warnings) skipped \(skipped)")
    }

    /// Source literals and captured statements, one per distinct text (whitespace aside). A
    /// statement found in both keeps its source location; one only run is named by its command.
    static func statements(sources: String, captured: String?) throws -> [SQLLiteral] {
        var known = Set<String>()
        var result = try SQLLiteral.find(in: sources).filter { known.insert($0.oneLine).inserted }
        guard let captured else { return result }
        var ran: [SQLLiteral] = []
        let files = (try? FileManager.default.contentsOfDirectory(atPath: captured)) ?? []
        for file in files.sorted() where file.hasSuffix(".sql.log") {
            let command = "mlsd " + file.dropLast(".sql.log".count)
            let data = (try? Data(contentsOf: URL(fileURLWithPath: captured + "/" + file))) ?? Data()
            for chunk in data.split(separator: 0) {
                let sql = String(decoding: chunk, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                let first = sql.prefix { $0.isLetter }.uppercased()
                let statement = SQLLiteral(file: "run by \(command)", line: 0, sql: sql)
                guard SQLLiteral.keywords.contains(first), known.insert(statement.oneLine).inserted else { continue }
                ran.append(statement)
            }
        }
        // A literal that only starts a statement that ran (a shared SELECT the code completes with
        // a WHERE) is a fragment: its plan alone would be a scan nobody runs.
        result.removeAll { literal in
            ran.contains { $0.oneLine.count > literal.oneLine.count && $0.oneLine.hasPrefix(literal.oneLine) }
        }
        return result + ran
    }

    /// The plan's detail lines, or nil when the statement does not prepare (a fragment, or a table
    /// this schema does not have).
    static func plan(_ db: OpaquePointer, _ sql: String) -> [String]? {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(db, "EXPLAIN QUERY PLAN " + sql, -1, &statement, nil) == SQLITE_OK else {
            sqlite3_finalize(statement)
            return nil
        }
        defer { sqlite3_finalize(statement) }
        var details: [String] = []
        while sqlite3_step(statement) == SQLITE_ROW {
            if let text = sqlite3_column_text(statement, 3) { details.append(String(cString: text)) }
        }
        return details
    }

    static func scalarText(_ db: OpaquePointer, _ sql: String) -> String? {
        var statement: OpaquePointer?
        defer { sqlite3_finalize(statement) }
        guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK,
              sqlite3_step(statement) == SQLITE_ROW, let text = sqlite3_column_text(statement, 0) else { return nil }
        return String(cString: text)
    }

    static func scalar(_ db: OpaquePointer, _ sql: String) -> Int? {
        var statement: OpaquePointer?
        defer { sqlite3_finalize(statement) }
        guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK,
              sqlite3_step(statement) == SQLITE_ROW else { return nil }
        return Int(sqlite3_column_int64(statement, 0))
    }
}
