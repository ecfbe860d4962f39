import MLSDCore
import Testing

@Suite struct SessionProgressTests {
    let all = StepID.allCases

    @Test func aFreshSessionStartsAtTheFirstStepAndEndsAfterTheLast() {
        var progress = SessionProgress(plan: all)
        #expect(progress.current == .requirements)
        #expect(!progress.canGoBack)
        for step in all {
            #expect(progress.current == step)
            let moved = progress.apply(.finished)
            #expect(moved)
        }
        #expect(progress.isComplete)
        #expect(progress.current == nil)
        #expect(progress.done == Set(all))
    }

    @Test func aResumedSessionStartsAtTheFirstStepNotDone() {
        let progress = SessionProgress(plan: all, done: [.requirements, .metrics, .features])
        #expect(progress.current == .data)
        #expect(progress.remaining == [.data, .model, .evaluation, .serving])
        #expect(SessionProgress(plan: all, done: Set(all)).isComplete)
    }

    @Test func stepsOutsideThePlanDoNotCount() {
        let progress = SessionProgress(plan: [.model], done: [.requirements])
        #expect(progress.current == .model)
        #expect(progress.done.isEmpty)
    }

    @Test func backThenAnswerReturnsToWhereTheUserLeftOff() {
        var progress = SessionProgress(plan: all, done: [.requirements, .metrics, .data])
        #expect(progress.current == .features)
        let backOnce = progress.apply(.back)
        #expect(backOnce && progress.current == .data)
        let backTwice = progress.apply(.back)
        #expect(backTwice)
        #expect(progress.current == .metrics)
        progress.apply(.finished)
        // data is done already, so the next step is the one not yet answered.
        #expect(progress.current == .features)
    }

    @Test func backOnTheFirstStepDoesNothing() {
        var progress = SessionProgress(plan: all)
        let moved = progress.apply(.back)
        #expect(!moved)
        #expect(progress.current == .requirements)
    }

    @Test func passLeavesAStepAsItWas() {
        var progress = SessionProgress(plan: all, done: [.requirements])
        progress.apply(.back)
        progress.apply(.pass)
        #expect(progress.current == .metrics)
        #expect(progress.done == [.requirements])
    }

    @Test func aSkippedEarlierStepIsAskedAfterTheLastOne() {
        var progress = SessionProgress(plan: [.data, .model, .serving], done: [.model, .serving])
        #expect(progress.current == .data)
        progress.apply(.finished)
        #expect(progress.isComplete)
        var wrapped = SessionProgress(plan: [.data, .model, .serving], done: [.model])
        wrapped.apply(.finished)  // data
        #expect(wrapped.current == .serving)
    }

    @Test func planFollowsTheFrameworkOrderOrOneStep() {
        let study = CaseStudy(
            id: "c", title: "C", scenario: "S", difficulty: .easy, tags: ["t"],
            steps: all.reversed().map {
                Step(id: $0, prompt: "p", minutes: 5, hints: [], outline: [], followups: [], points: [])
            })
        #expect(SessionProgress.plan(for: study) == all)
        #expect(SessionProgress.plan(for: study, only: .evaluation) == [.evaluation])
        let partial = CaseStudy(id: "c", title: "C", scenario: "S", difficulty: .easy, tags: ["t"], steps: [])
        #expect(SessionProgress.plan(for: partial, only: .model).isEmpty)
    }
}
