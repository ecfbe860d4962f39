import Foundation
import MLSDCore
import MLSDStore

/// Walks a session through its planned steps: asks, saves, scores, gives feedback, and at the end
/// sums up and fills the review queue. Every answer is committed before anything is said about it,
/// so stopping at any point (`:quit`, Ctrl-D, Ctrl-C, a crash) loses at most the answer being typed.
final class PracticeRunner {
    enum Ending { case finished, paused }

    let context: Context
    let store: Store
    let study: CaseStudy
    var session: SessionRecord
    var progress: SessionProgress
    let scoring: RubricScoring
    let reader: AnswerReader
    /// The step answered last in this sitting and what was written, for `:outline`.
    var lastAnswered: (step: StepID, text: String)?
    /// True while an answer is being committed, to say what a failed write lost.
    private var savingAnswer = false

    var console: Console { context.console }
    var style: Style { context.style }
    var feedback: FeedbackView { FeedbackView(console: console, style: style) }

    init(context: Context, store: Store, study: CaseStudy, session: SessionRecord) throws {
        self.context = context
        self.store = store
        self.study = study
        self.session = session
        progress = SessionProgress(plan: session.plan, done: session.answers.doneSteps)
        scoring = RubricScoring(study: study, pitfalls: try store.cases.pitfalls(), store: store, clock: context.clock)
        let settings = try context.settings()
        let environment = context.environment
        reader = AnswerReader(
            console: context.console, style: context.style,
            editor: { EditorLauncher(setting: settings.editor, environment: environment) },
            environment: environment)
    }

    func run() throws -> Ending {
        do {
            return try walk()
        } catch let error as SQLiteError where error.isFull || error.isIOError {
            throw diskFull(error)
        }
    }

    /// Says exactly what a full disk cost: answers are committed one by one, so all but the one
    /// being written (or the scoring after it) are safe, and the session can be resumed.
    private func diskFull(_ error: SQLiteError) -> CLIError {
        let count = session.answers.count
        let saved = "\(count) answer\(count == 1 ? "" : "s") of this session \(count == 1 ? "was" : "were") saved"
        let lost = savingAnswer ? "the last one was not" : "the scoring of the last one was not"
        return ErrorReport.diskFull(
            error, path: store.db.path, kept: "\(saved); \(lost)", then: "continue with 'mlsd practice --resume'")
    }

    private func walk() throws -> Ending {
        try scoreSavedAnswers()
        while let step = progress.current {
            switch try ask(step) {
            case .next(let move):
                progress.apply(move)
            case .back:
                if !progress.apply(.back) {
                    console.line(style.yellow("This is the first step of the session; there is nothing to go back to."))
                }
            case .stop(let reason):
                pause(reason)
                return .paused
            }
        }
        try finish()
        return .finished
    }

    /// Answers saved but never scored (the session stopped in between, or `:quit` kept a draft)
    /// are scored now, and their feedback shown, before the session goes on.
    private func scoreSavedAnswers() throws {
        for index in session.answers.indices where session.answers[index].needsScore {
            let answer = session.answers[index]
            guard let score = try scoring.scoreAndSave(answer, among: session.answers) else { continue }
            session.answers[index].score = score.score
            let what = answer.kind == .answer ? "answer" : "follow-up answer"
            feedback.show(score, title: "Your saved \(what) to step \(answer.step.number), \(answer.step.title):")
            if answer.kind == .answer { lastAnswered = (answer.step, answer.text) }
        }
    }

    private func pause(_ reason: String) {
        let done = session.answers.doneSteps.intersection(session.plan).count, total = session.plan.count
        console.line()
        console.line(
            ProseLayout.wrap(
                "\(reason) Session saved: \(done) of \(total) step\(total == 1 ? "" : "s") done.", width: console.width)
        )
        console.line("Continue it with 'mlsd practice --resume'.")
    }

    private func finish() throws {
        let budgets = Dictionary(
            study.steps.map { ($0.id, TimeInterval($0.minutes * 60)) }, uniquingKeysWith: { a, _ in a })
        let scored = session.answers.filter { $0.score != nil }.map(\.id)
        let missed = try store.sessions.missedPoints(answerIDs: scored)
        let summary = SessionSummary(
            steps: session.answers.outcomes(plan: session.plan, budgets: budgets, missed: missed))
        let cards = try store.sessions.finish(
            session.id, caseID: study.id, overall: summary.overall,
            missed: summary.missed, practised: summary.practised, now: context.now)
        session.status = .finished
        SummaryView(console: console, style: style).show(summary, study: study, cards: cards)
    }

    /// Saves an answer (committed before the caller shows anything) and keeps it in the session.
    func save(_ answer: PracticeAnswer) throws -> PracticeAnswer {
        savingAnswer = true
        let saved = try store.sessions.save(answer, in: session.id, now: context.now)
        savingAnswer = false
        session.answers.append(saved)
        return saved
    }

    func recordScore(_ score: StepScore, for answer: PracticeAnswer) {
        if let index = session.answers.firstIndex(where: { $0.id == answer.id }) {
            session.answers[index].score = score.score
            session.answers[index].level = score.level
        }
    }

    /// `:outline` at a prompt: the last answered step's model answer beside the user's, when there is one.
    var outlineHandler: (() -> Void)? {
        guard let last = lastAnswered, let content = study.step(last.step) else { return nil }
        return { [self] in
            OutlineView(console: console, style: style).show(step: last.step, content: content, answer: last.text)
        }
    }

    var sessionBudget: TimeInterval {
        TimeInterval(study.steps.filter { session.plan.contains($0.id) }.map(\.minutes).reduce(0, +) * 60)
    }

    /// Time spent in this session so far, every saved answer counted.
    var sessionSeconds: TimeInterval { session.answers.map(\.seconds).reduce(0, +) }
}
