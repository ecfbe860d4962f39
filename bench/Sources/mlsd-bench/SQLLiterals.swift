import Foundation

/// The SQL a Swift source tree runs, found as its string literals: every `"..."` or `"""..."""`
/// whose text starts with a statement keyword. Literals with interpolation are skipped (their
/// text is only known at run time); the store binds every value, so there should be none.
struct SQLLiteral: Hashable {
    var file: String
    var line: Int
    var sql: String

    static let keywords: Set<String> = ["SELECT", "WITH", "UPDATE", "DELETE", "INSERT", "REPLACE"]

    static func find(in folder: String) throws -> [SQLLiteral] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else {
            throw BenchError("cannot read the folder \(folder)")
        }
        var found: [SQLLiteral] = []
        for case let path as String in enumerator where path.hasSuffix(".swift") {
            let text = try readText(folder + "/" + path)
            for (line, literal) in literals(in: text) {
                let sql = literal.trimmingCharacters(in: .whitespacesAndNewlines)
                // Upper case only: SQL in the store is written so, and prose in messages is not.
                let first = String(sql.prefix { $0.isLetter })
                guard keywords.contains(first) else { continue }
                found.append(SQLLiteral(file: path, line: line, sql: sql))
            }
        }
        return found.sorted { ($0.file, $0.line) < ($1.file, $1.line) }
    }

    /// String literals with the line they start on, escapes resolved, interpolated ones left out.
    static func literals(in text: String) -> [(Int, String)] {
        let characters = Array(text)
        var results: [(Int, String)] = []
        var index = 0
        var line = 1
        func at(_ offset: Int) -> Character? {
            index + offset < characters.count ? characters[index + offset] : nil
        }
        while index < characters.count {
            let character = characters[index]
            if character == "\n" { line += 1; index += 1; continue }
            if character == "/", at(1) == "/" {
                while index < characters.count, characters[index] != "\n" { index += 1 }
                continue
            }
            guard character == "\"" else { index += 1; continue }
            let multiline = at(1) == "\"" && at(2) == "\""
            let startLine = line
            index += multiline ? 3 : 1
            var value = ""
            var interpolated = false
            while index < characters.count {
                let current = characters[index]
                if current == "\\" {
                    let next = at(1) ?? " "
                    switch next {
                    case "(": interpolated = true; value.append("\\(")
                    case "n": value.append("\n")
                    case "t": value.append("\t")
                    case "\n": line += 1 // a line continuation in a multi-line literal
                    default: value.append(next)
                    }
                    index += 2
                    continue
                }
                if current == "\n" { line += 1 }
                if multiline, current == "\"", at(1) == "\"", at(2) == "\"" { index += 3; break }
                if !multiline, current == "\"" || current == "\n" { index += 1; break }
                value.append(current)
                index += 1
            }
            if !interpolated { results.append((startLine, value)) }
        }
        return results
    }

    /// Table names by the names a query refers to them with (`FROM cards c` maps c to cards).
    var tablesByAlias: [String: String] {
        var map: [String: String] = [:]
        let pattern = #"(?i)\b(?:FROM|JOIN|UPDATE|INTO)\s+([A-Za-z_][A-Za-z0-9_]*)(?:\s+(?:AS\s+)?([A-Za-z_][A-Za-z0-9_]*))?"#
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return map }
        let range = NSRange(sql.startIndex..., in: sql)
        let notAliases: Set<String> = ["WHERE", "JOIN", "LEFT", "INNER", "CROSS", "ON", "GROUP", "ORDER", "LIMIT",
                                       "SET", "USING", "VALUES", "SELECT", "DEFAULT", "NATURAL", "UNION", "HAVING",
                                       "WINDOW", "AS", "OUTER", "INDEXED", "NOT", "RETURNING", "EXCEPT", "INTERSECT"]
        for match in regex.matches(in: sql, range: range) {
            guard let tableRange = Range(match.range(at: 1), in: sql) else { continue }
            let table = String(sql[tableRange])
            map[table] = table
            if let aliasRange = Range(match.range(at: 2), in: sql) {
                let alias = String(sql[aliasRange])
                if !notAliases.contains(alias.uppercased()) { map[alias] = table }
            }
        }
        return map
    }

    /// The statement on one line, for a report.
    var oneLine: String {
        sql.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
