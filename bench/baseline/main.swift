// The physical limit for an mlsd command that reads the database: a Swift program that loads
// Foundation, opens the SQLite file the way mlsd does, runs one query and prints its rows.
// bench/run.sh times `mlsd <command>` against this running the command's own query.
//
// Usage: baseline DB SQL [PARAMETER ...]
// A parameter "now" binds the current time, "now+N" the time N seconds later, "null" NULL, a
// number a REAL, anything else TEXT.
import CSQLite
import Foundation

let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: baseline DB SQL [PARAMETER ...]\n".utf8))
    exit(64)
}

func fail(_ db: OpaquePointer?, _ what: String) -> Never {
    let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
    FileHandle.standardError.write(Data("baseline: \(what): \(message)\n".utf8))
    exit(1)
}

var db: OpaquePointer?
guard sqlite3_open_v2(arguments[1], &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK else {
    fail(db, "open")
}
sqlite3_busy_timeout(db, 5000)
for pragma in ["PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"] {
    guard sqlite3_exec(db, pragma, nil, nil, nil) == SQLITE_OK else { fail(db, pragma) }
}

// Rows go out as tab-separated text through one buffer, as a CLI would print a table. SQL with
// several statements runs each in turn, each binding the parameters it has from the start of the
// list (so a command's queries can be timed together).
var output = ""
var rows = 0
var remaining = arguments[2]
while !remaining.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
    var statement: OpaquePointer?
    var rest = ""
    let prepared = remaining.withCString { sql -> Int32 in
        var tail: UnsafePointer<CChar>?
        let code = sqlite3_prepare_v2(db, sql, -1, &statement, &tail)
        rest = tail.map { String(cString: $0) } ?? ""
        return code
    }
    guard prepared == SQLITE_OK else { fail(db, "prepare") }
    remaining = rest
    guard let statement else { continue }
    for (index, parameter) in arguments.dropFirst(3).prefix(Int(sqlite3_bind_parameter_count(statement))).enumerated() {
        let position = Int32(index + 1)
        if parameter == "now" || parameter.hasPrefix("now+") {
            let offset = Double(parameter.dropFirst(4)) ?? 0
            sqlite3_bind_double(statement, position, Date().timeIntervalSince1970 + offset)
        } else if parameter == "null" {
            sqlite3_bind_null(statement, position)
        } else if let number = Double(parameter) {
            sqlite3_bind_double(statement, position, number)
        } else {
            sqlite3_bind_text(statement, position, parameter, -1, transient)
        }
    }
    while true {
        let code = sqlite3_step(statement)
        if code == SQLITE_DONE { break }
        guard code == SQLITE_ROW else { fail(db, "step") }
        rows += 1
        var fields: [String] = []
        for column in 0..<sqlite3_column_count(statement) {
            if let text = sqlite3_column_text(statement, column) {
                fields.append(String(cString: text))
            } else {
                fields.append("-")
            }
        }
        output += fields.joined(separator: "\t") + "\n"
    }
    sqlite3_finalize(statement)
}
output += "\(rows) rows\n"
FileHandle.standardOutput.write(Data(output.utf8))
sqlite3_close_v2(db)
