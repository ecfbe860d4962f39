import Foundation
import MLSDContent
import MLSDCore
import MLSDStore
import Testing

@Suite struct ContentSyncTests {
    let now = Date(timeIntervalSince1970: 1_790_000_000)

    @Test func loadsCasesAndReadsThemBack() throws {
        let folder = TemporaryFolder()
        let store = try Store(path: folder.file("db.sqlite3"), content: SampleContent.bundle, now: now)
        #expect(try store.cases.ids() == ["alpha", "beta"])
        let alpha = try #require(try store.cases.load("alpha"))
        #expect(alpha == SampleContent.study("alpha"))
    }

    @Test func contentChangeRetiresPointsAndKeepsHistory() throws {
        let folder = TemporaryFolder()
        let path = folder.file("db.sqlite3")
        let store = try Store(path: path, content: SampleContent.bundle, now: now)
        try store.db.write {
            try store.db.execute(
                "INSERT INTO cards (kind, case_id, step, point_id, due, created_at) VALUES ('point', 'alpha', 'data', 'data-p2', ?, ?)",
                [now, now])
            try store.db.execute(
                "INSERT INTO sessions (case_id, steps, status, started_at, updated_at) VALUES ('beta', '[]', 'finished', ?, ?)",
                [now, now])
        }
        let changed = SampleContent.bundle([SampleContent.study("alpha", pointIDs: ["p1", "p3"])])
        let reopened = try Store(path: path, content: changed, now: now)
        let alpha = try #require(try reopened.cases.load("alpha"))
        #expect(alpha.step(.data)?.points.map(\.id) == ["data-p1", "data-p3"])
        #expect(try reopened.cases.ids() == ["alpha"])
        #expect(try reopened.db.scalarInt("SELECT COUNT(*) FROM cards") == 1)
        #expect(try reopened.db.scalarInt("SELECT retired FROM points WHERE point_id = 'data-p2'") == 1)
        #expect(try reopened.db.scalarInt("SELECT COUNT(*) FROM sessions WHERE case_id = 'beta'") == 1)
        // Bringing the point back un-retires it.
        let back = try Store(path: path, content: SampleContent.bundle, now: now)
        #expect(try back.db.scalarInt("SELECT retired FROM points WHERE point_id = 'data-p2'") == 0)
    }

    @Test func builtinCaseNeverReplacesAUserCaseWithTheSameID() throws {
        let folder = TemporaryFolder()
        let path = folder.file("db.sqlite3")
        let store = try Store(path: path, content: SampleContent.bundle, now: now)
        var mine = SampleContent.study("gamma")
        mine.title = "My own gamma"
        try store.db.write { try ContentSync.upsert(store.db, mine, source: "user", position: 0, now: now) }
        let later = SampleContent.bundle([SampleContent.study("alpha"), SampleContent.study("gamma")])
        let reopened = try Store(path: path, content: later, now: now)
        #expect(try reopened.cases.load("gamma")?.title == "My own gamma")
        #expect(try reopened.cases.source(of: "gamma") == "user")
    }

    @Test func currentContentIsNotParsedAgain() throws {
        let folder = TemporaryFolder()
        let path = folder.file("db.sqlite3")
        _ = try Store(path: path, content: SampleContent.bundle, now: now)
        // Same hash, unreadable documents: opening must not look at them.
        let broken = ContentBundle(hash: SampleContent.bundle.hash, documents: [(path: "cases/x.json", json: "{")])
        _ = try Store(path: path, content: broken, now: now)
    }

    @Test func builtinContentDecodesAndLoads() throws {
        let folder = TemporaryFolder()
        let bundle = ContentBundle(hash: BuiltinContent.hash, documents: BuiltinContent.documents)
        let decoded = try bundle.decode()
        let store = try Store(path: folder.file("db.sqlite3"), content: bundle, now: now)
        #expect(try store.cases.ids().count == decoded.cases.count)
        for study in decoded.cases {
            let loaded = try #require(try store.cases.load(study.id))
            #expect(loaded == study)
        }
        #expect(try store.cases.pitfalls() == decoded.pitfalls)
    }
}
