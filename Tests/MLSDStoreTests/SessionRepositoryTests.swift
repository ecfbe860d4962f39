import Foundation
import MLSDCore
import MLSDStore
import Testing

@Suite struct SessionRepositoryTests {
    let folder = TemporaryFolder()
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    func open() throws -> Store {
        try Store(path: folder.file("mlsd.sqlite3"), content: SampleContent.bundle, now: now)
    }

    @Test func anAnswerIsSavedUnscoredThenScored() throws {
        let store = try open()
        let session = try store.sessions.create(
            caseID: "alpha", plan: StepID.allCases, timed: true, hints: false, now: now)
        let saved = try store.sessions.save(
            PracticeAnswer(
                step: .requirements, question: "Prompt", text: "my answer",
                seconds: 42, hintsUsed: 1), in: session.id, now: now)
        var loaded = try #require(try store.sessions.load(session.id))
        #expect(loaded.timed && !loaded.hints)
        #expect(loaded.answers.count == 1)
        #expect(loaded.answers[0].needsScore)
        #expect(loaded.answers[0].text == "my answer")
        #expect(loaded.answers[0].hintsUsed == 1)

        let score = StepScore(
            score: 50, level: .adequate,
            covered: [CoveredPoint(id: "requirements-p1", title: "P1", evidence: "my")], dismissed: [],
            missed: [MissedPoint(id: "requirements-p2", title: "P2", why: "", weight: 1)], pitfalls: [], followup: nil)
        try store.sessions.saveScore(score, answerID: saved.id, caseID: "alpha", now: now.addingTimeInterval(5))
        loaded = try #require(try store.sessions.load(session.id))
        #expect(loaded.answers[0].score == 50)
        #expect(loaded.answers[0].level == .adequate)
        #expect(loaded.answers[0].feedback?.covered.map(\.id) == ["requirements-p1"])
        #expect(loaded.updatedAt == now.addingTimeInterval(5))
        let missed = try store.sessions.missedPoints(answerIDs: [saved.id])
        #expect(missed[saved.id]?.map(\.id) == ["requirements-p2"])
        #expect(missed[saved.id]?.first?.why == "Why requirements-p2.")
        #expect(try store.db.scalarInt("SELECT COUNT(*) FROM point_results WHERE answer_id = ?", [saved.id]) == 2)
    }

    /// An answer stored without its feedback JSON is exported with feedback rebuilt from its
    /// point results: titles and reasons from the rubric, in rubric order rather than by id.
    @Test func feedbackMissingFromAnAnswerIsRebuiltFromItsPointResults() throws {
        let content = SampleContent.bundle([SampleContent.study("gamma", pointIDs: ["p3", "p1", "p2"])])
        let store = try Store(path: folder.file("mlsd.sqlite3"), content: content, now: now)
        let session = try store.sessions.create(caseID: "gamma", plan: [.data], timed: false, hints: true, now: now)
        let saved = try store.sessions.save(
            PracticeAnswer(step: .data, question: "Q", text: "an answer", seconds: 10, hintsUsed: 0),
            in: session.id, now: now)
        let score = StepScore(
            score: 40, level: .weak, covered: [CoveredPoint(id: "data-p1", title: "T", evidence: "an")],
            dismissed: [],
            missed: [
                MissedPoint(id: "data-p2", title: "T", why: "", weight: 2),
                MissedPoint(id: "data-p3", title: "T", why: "", weight: 2),
            ],
            pitfalls: [], followup: nil)
        try store.sessions.saveScore(score, answerID: saved.id, caseID: "gamma", now: now)
        try store.db.execute("UPDATE answers SET feedback = NULL")
        let attempts = try store.history.attempts(caseID: "gamma")
        #expect(attempts.map(\.session.id) == [session.id])
        #expect(attempts.first?.session.steps.map(\.step) == [.data])
        let feedback = try #require(attempts.first?.answers.first?.feedback)
        #expect(feedback.covered == [.init(id: "data-p1", title: "Title data-p1", evidence: "an")])
        #expect(feedback.dismissed.isEmpty)
        #expect(
            feedback.missed == [
                .init(id: "data-p3", title: "Title data-p3", why: "Why data-p3.", weight: 2),
                .init(id: "data-p2", title: "Title data-p2", why: "Why data-p2.", weight: 2),
            ])
    }

    @Test func theLatestActiveSessionIsFoundByCaseAndAbandonedOnRequest() throws {
        let store = try open()
        let first = try store.sessions.create(caseID: "alpha", plan: [.data], timed: false, hints: true, now: now)
        let second = try store.sessions.create(
            caseID: "beta", plan: [.data], timed: false, hints: true, now: now.addingTimeInterval(1))
        #expect(try store.sessions.latestActive()?.id == second.id)
        #expect(try store.sessions.latestActive(caseID: "alpha")?.id == first.id)
        try store.sessions.abandon(first.id, now: now)
        #expect(try store.sessions.latestActive(caseID: "alpha") == nil)
        #expect(try store.sessions.load(first.id)?.status == .abandoned)
    }

    @Test func finishingStoresTheOverallAndAddsEachCardOnce() throws {
        let store = try open()
        let session = try store.sessions.create(
            caseID: "alpha", plan: [.data, .model], timed: false, hints: true, now: now)
        let missed = [
            StepMissedPoint(step: .data, id: "data-p1", title: "T", why: "W", weight: 3),
            StepMissedPoint(step: .model, id: "model-p2", title: "T", why: "W", weight: 2),
        ]
        let added = try store.sessions.finish(
            session.id, caseID: "alpha", overall: 61.5, missed: missed,
            practised: [.data, .model], now: now)
        #expect(added.newPoints.map(\.id) == ["data-p1", "model-p2"])
        #expect(added.newSteps == [.data, .model])
        #expect(added.existing == 0)
        let finished = try #require(try store.sessions.load(session.id))
        #expect(finished.status == .finished)
        #expect(finished.overall == 61.5)
        let cards = try store.db.query(
            """
            SELECT kind, step, point_id, state, step_index, due, reps FROM cards ORDER BY id
            """
        ) { "\($0.string(0)) \($0.string(1)) \($0.string(2)) \($0.int(3)) \($0.int(4)) \($0.double(5)) \($0.int(6))" }
        #expect(
            cards == [
                "point data data-p1 1 0 1800000000.0 0", "point model model-p2 1 0 1800000000.0 0",
                "step data  1 0 1800000000.0 0", "step model  1 0 1800000000.0 0",
            ])

        let again = try store.sessions.create(caseID: "alpha", plan: [.data], timed: false, hints: true, now: now)
        let more = try store.sessions.finish(
            again.id, caseID: "alpha", overall: 70, missed: [missed[0]],
            practised: [.data], now: now.addingTimeInterval(60))
        #expect(more.newPoints.isEmpty && more.newSteps.isEmpty)
        #expect(more.existing == 2)
        #expect(try store.db.scalarInt("SELECT COUNT(*) FROM cards") == 4)
    }

    @Test func aSkippedStepIsStoredAsScoredZero() throws {
        let store = try open()
        let session = try store.sessions.create(caseID: "beta", plan: [.serving], timed: false, hints: true, now: now)
        _ = try store.sessions.save(
            PracticeAnswer(
                step: .serving, question: "P", text: "", seconds: 3, skipped: true,
                score: 0, level: .missing), in: session.id, now: now)
        let loaded = try #require(try store.sessions.load(session.id))
        #expect(loaded.answers[0].skipped)
        #expect(!loaded.answers[0].needsScore)
        #expect(loaded.answers.doneSteps == [.serving])
    }
}
