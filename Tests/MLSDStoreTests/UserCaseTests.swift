import Foundation
import MLSDCore
import MLSDStore
import Testing

@Suite struct UserCaseTests {
    let now = Date(timeIntervalSince1970: 1_790_000_000)

    func open(_ folder: TemporaryFolder) throws -> Store {
        try Store(path: folder.file("db.sqlite3"), content: SampleContent.bundle, now: now)
    }

    /// Everything in the content tables, to compare before and after.
    func contentDump(_ store: Store) throws -> [String] {
        try store.db.query(
            "SELECT id || '|' || title || '|' || source || '|' || position || '|' || retired || '|' || updated_at FROM cases ORDER BY id"
        ) { $0.string(0) }
            + store.db.query(
                "SELECT case_id || '|' || point_id || '|' || step || '|' || position || '|' || retired FROM points ORDER BY case_id, point_id"
            ) { $0.string(0) }
            + store.db.query("SELECT case_id || '|' || step || '|' || prompt FROM steps ORDER BY case_id, step") {
                $0.string(0)
            }
    }

    @Test func importAddsUserCasesAfterTheBuiltinOnes() throws {
        let folder = TemporaryFolder()
        let store = try open(folder)
        let result = try store.userCases.importCases(
            [SampleContent.study("mine"), SampleContent.study("yours")], now: now)
        #expect(result.map(\.action) == [.added, .added])
        #expect(result[0].points == 14 && result[0].pointsAdded.count == 14 && result[0].pointsRetired.isEmpty)
        #expect(try store.cases.ids() == ["alpha", "beta", "mine", "yours"])
        #expect(try store.cases.source(of: "mine") == "user")
        #expect(try store.cases.load("mine") == SampleContent.study("mine"))
        #expect(try store.userCases.ids() == ["mine", "yours"])
    }

    @Test func importingTheSamePackTwiceChangesNothing() throws {
        let folder = TemporaryFolder()
        let store = try open(folder)
        _ = try store.userCases.importCases([SampleContent.study("mine")], now: now)
        let before = try contentDump(store)
        let again = try store.userCases.importCases([SampleContent.study("mine")], now: now.addingTimeInterval(3_600))
        #expect(again.map(\.action) == [.unchanged])
        #expect(try contentDump(store) == before)
    }

    @Test func reimportRetiresRemovedPointsAndKeepsHistory() throws {
        let folder = TemporaryFolder()
        let store = try open(folder)
        _ = try store.userCases.importCases([SampleContent.study("mine", pointIDs: ["p1", "p2"])], now: now)
        try store.db.write {
            try store.db.execute(
                "INSERT INTO sessions (id, case_id, steps, status, started_at, updated_at) VALUES (1, 'mine', '[]', 'finished', ?, ?)",
                [now, now])
            try store.db.execute(
                "INSERT INTO answers (id, session_id, step, kind, question, text, seconds, created_at) VALUES (1, 1, 'data', 'answer', 'q', 'my answer', 30, ?)",
                [now])
            try store.db.execute(
                "INSERT INTO point_results (answer_id, case_id, point_id, outcome) VALUES (1, 'mine', 'data-p2', 'covered')"
            )
            try store.db.execute(
                "INSERT INTO cards (kind, case_id, step, point_id, due, created_at) VALUES ('point', 'mine', 'data', 'data-p2', ?, ?)",
                [now, now])
        }
        let result = try store.userCases.importCases([SampleContent.study("mine", pointIDs: ["p1", "p3"])], now: now)
        #expect(result.first?.action == .updated)
        #expect(result.first?.pointsAdded.count == 7)
        #expect(result.first?.pointsRetired.contains("data-p2") == true)
        #expect(try store.cases.load("mine")?.step(.data)?.points.map(\.id) == ["data-p1", "data-p3"])
        #expect(
            try store.db.scalarInt("SELECT retired FROM points WHERE case_id = 'mine' AND point_id = 'data-p2'") == 1)
        #expect(try store.db.scalarString("SELECT text FROM answers WHERE id = 1") == "my answer")
        #expect(try store.db.scalarInt("SELECT COUNT(*) FROM point_results WHERE point_id = 'data-p2'") == 1)
        #expect(try store.db.scalarInt("SELECT COUNT(*) FROM cards WHERE case_id = 'mine'") == 1)
    }

    @Test func aBuiltinIDAnywhereInThePackWritesNothing() throws {
        let folder = TemporaryFolder()
        let store = try open(folder)
        let before = try contentDump(store)
        #expect(throws: UserCaseError.builtin("beta")) {
            try store.userCases.importCases([SampleContent.study("mine"), SampleContent.study("beta")], now: now)
        }
        #expect(try contentDump(store) == before)
        #expect(try store.cases.load("beta") == SampleContent.study("beta"))
    }

    @Test func removeRetiresAndReimportRestores() throws {
        let folder = TemporaryFolder()
        let store = try open(folder)
        _ = try store.userCases.importCases([SampleContent.study("mine")], now: now)
        try store.db.write {
            try store.db.execute(
                "INSERT INTO sessions (case_id, steps, status, started_at, updated_at) VALUES ('mine', '[]', 'finished', ?, ?)",
                [now, now])
        }
        let removed = try store.userCases.remove("mine", purge: false, now: now)
        #expect(removed.id == "mine" && removed.title == "Case mine")
        #expect(!removed.purged && !removed.wasRemoved && removed.sessions == 1 && removed.cards == 0)
        #expect(try store.cases.ids() == ["alpha", "beta"])
        #expect(try store.db.scalarInt("SELECT COUNT(*) FROM sessions WHERE case_id = 'mine'") == 1)
        #expect(try store.userCases.remove("mine", purge: false, now: now).wasRemoved)
        let back = try store.userCases.importCases([SampleContent.study("mine")], now: now)
        #expect(back.map(\.action) == [.restored])
        #expect(try store.cases.ids().contains("mine"))
    }

    @Test func purgeDeletesTheCaseAndItsHistory() throws {
        let folder = TemporaryFolder()
        let store = try open(folder)
        _ = try store.userCases.importCases([SampleContent.study("mine")], now: now)
        try store.db.write {
            try store.db.execute(
                "INSERT INTO sessions (case_id, steps, status, started_at, updated_at) VALUES ('mine', '[]', 'finished', ?, ?)",
                [now, now])
            try store.db.execute(
                "INSERT INTO cards (kind, case_id, step, point_id, due, created_at) VALUES ('point', 'mine', 'data', 'data-p1', ?, ?)",
                [now, now])
        }
        let removed = try store.userCases.remove("mine", purge: true, now: now)
        #expect(removed.purged && removed.sessions == 1 && removed.cards == 1)
        for table in ["cases", "steps", "points", "sessions", "cards"] {
            let column = table == "cases" ? "id" : "case_id"
            #expect(try store.db.scalarInt("SELECT COUNT(*) FROM \(table) WHERE \(column) = 'mine'") == 0, "\(table)")
        }
    }

    @Test func builtinAndUnknownCasesCannotBeRemoved() throws {
        let folder = TemporaryFolder()
        let store = try open(folder)
        _ = try store.userCases.importCases([SampleContent.study("mine")], now: now)
        #expect(throws: UserCaseError.builtin("alpha")) { try store.userCases.remove("alpha", purge: true, now: now) }
        #expect(throws: UserCaseError.notFound("mnie", userCases: ["mine"])) {
            try store.userCases.remove("mnie", purge: false, now: now)
        }
        #expect(try store.cases.ids() == ["alpha", "beta", "mine"])
    }
}
