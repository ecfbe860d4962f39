import Foundation
import Testing

@testable import MLSDStore

@Suite struct ResultCodeTests {
    @Test func primaryCodeMatchesItsExtendedCodes() {
        let ioErrorWrite = ResultCode(ResultCode.ioError.rawValue | 3 << 8)
        #expect(ResultCode.ioError ~= ioErrorWrite)
        #expect(!(ioErrorWrite ~= ResultCode.ioError))
        #expect(!(ResultCode.full ~= ioErrorWrite))
        #expect(ioErrorWrite.primary == .ioError)
    }

    @Test func catchClausesMatchByCode() throws {
        let db = try Database(path: ":memory:")
        var caught = ""
        do {
            try db.execute("CREATE TABLE t (x INTEGER NOT NULL)")
            try db.execute("INSERT INTO t VALUES (NULL)")
        } catch ResultCode.busy, ResultCode.locked {
            caught = "busy"
        } catch ResultCode.constraint {
            caught = "constraint"
        }
        #expect(caught == "constraint")
    }

    @Test func descriptionKeepsTheNumericCode() {
        let error = SQLiteError(code: .full, message: "database or disk is full", context: "saving")
        #expect(error.description == "saving: database or disk is full (SQLite error 13)")
    }
}
