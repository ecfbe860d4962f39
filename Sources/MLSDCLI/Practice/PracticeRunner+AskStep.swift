import Foundation
import MLSDCore

/// One step of a session: the interviewer's prompt, the answer, its feedback and the follow-up.
extension PracticeRunner {
    enum RoundResult {
        case next(SessionProgress.Move)
        case back
        /// Stop here; the session stays resumable. The text says why.
        case stop(String)
    }

    func ask(_ step: StepID) throws -> RoundResult {
        guard let content = study.step(step) else { return .next(.finished) }
        StepHeader(console: console, style: style).show(
            step: step, content: content, session: session,
            elapsed: sessionSeconds, sessionBudget: sessionBudget)
        let timing = StepTiming(minutes: content.minutes, startedAt: context.now)
        var hintsUsed = 0
        let previousHints = session.answers.filter { $0.step == step }.map(\.hintsUsed).reduce(0, +)
        let handlers = AnswerReader.Handlers(
            hint: { [self] in
                guard session.hints else {
                    return console.line(style.yellow("Hints are off for this session (--no-hints)."))
                }
                let index = previousHints + hintsUsed
                guard index < content.hints.count else {
                    return console.line(style.yellow("No more hints for this step."))
                }
                hintsUsed += 1
                console.line(
                    ProseLayout.wrap(
                        content.hints[index], width: console.width,
                        first: style.cyan("Hint \(index + 1)/\(content.hints.count): ")))
            },
            status: session.timed ? { [self] in console.line(style.dim("(\(timing.status(at: context.now)))")) } : nil,
            allowed: Set(AnswerCommand.allCases).subtracting([.more]),
            outline: outlineHandler)

        var outcome = reader.read(handlers)
        if case .submitted(let text) = outcome, AnswerDraft(text).isBlank { outcome = .skip }
        let seconds = timing.elapsed(at: context.now)
        let alreadyDone = progress.done.contains(step)
        switch outcome {
        case .back:
            return .back
        case .endOfInput:
            return .stop(console.isInteractive ? "Stopped." : "Input ended.")
        case .quit(let text):
            if !AnswerDraft(text).isBlank, !alreadyDone {
                _ = try save(
                    PracticeAnswer(
                        step: step, question: content.prompt, text: text, seconds: seconds, hintsUsed: hintsUsed))
                return .stop(
                    "Kept what you typed for \(step.title) as your answer; its feedback comes when you resume.")
            }
            return .stop("Stopped.")
        case .skip:
            if alreadyDone {
                let skippedBefore = session.answers.last { $0.step == step && $0.kind == .answer }?.skipped ?? false
                console.line(
                    skippedBefore ? "\(step.title) stays skipped." : "Kept your earlier answer to \(step.title).")
                return .next(.pass)
            }
            _ = try save(
                PracticeAnswer(
                    step: step, question: content.prompt, text: "", seconds: seconds,
                    hintsUsed: hintsUsed, skipped: true, score: 0, level: .missing))
            console.line("Skipped \(step.title). (:back returns to it.)")
            return .next(.finished)
        case .submitted(let text):
            let answer = try save(
                PracticeAnswer(
                    step: step, question: content.prompt, text: text,
                    seconds: seconds, hintsUsed: hintsUsed))
            console.line(style.dim(timeNote(seconds: seconds, budget: timing.budget)))
            if let score = try scoring.scoreAndSave(answer, among: session.answers) {
                recordScore(score, for: answer)
                feedback.show(score, more: "Type :more at the next prompt for every point, dismissal and pitfall.")
                lastAnswered = (step, text)
                console.line(
                    style.dim(
                        ProseLayout.wrap(
                            "Type :outline (here or at the next prompt) to see the model answer beside yours.",
                            width: console.width)))
                if let stop = try followUp(score, to: answer, timing: timing) { return stop }
            }
            return .next(.finished)
        }
    }

    private func timeNote(seconds: TimeInterval, budget: TimeInterval) -> String {
        let took = ClockText.format(seconds), allowed = ClockText.minutes(budget)
        guard session.timed else { return "Saved. You took \(took) (budget \(allowed))." }
        if seconds > budget {
            return "Saved. \(took): over the \(allowed) budget by \(ClockText.format(seconds - budget))."
        }
        return "Saved. \(took) of \(allowed)."
    }

    /// The interviewer's follow-up; its answer is saved, then scored together with the step's answer.
    /// Returns a stop when the user quits here (the step itself is done either way).
    private func followUp(_ score: StepScore, to answer: PracticeAnswer, timing stepTiming: StepTiming) throws
        -> RoundResult?
    {
        guard let question = score.followup, !question.isEmpty else { return nil }
        console.line()
        console.line(ProseLayout.wrap(question, width: console.width, first: style.bold("Follow-up: ")))
        console.line(style.dim("Answer it to add to this step's score, or type '.' alone to move on."))
        let timing = StepTiming(minutes: 0, startedAt: context.now)
        let status: (() -> Void)? =
            session.timed
            ? { [self] in console.line(style.dim("(\(stepTiming.status(at: context.now)) for this step)")) } : nil
        status?()
        let outcome = reader.read(
            AnswerReader.Handlers(
                hint: nil, status: status, allowed: [.edit, .help, .quit, .skip, .more],
                more: { [self] in feedback.show(score, full: true) },
                outline: outlineHandler))
        let text: String
        switch outcome {
        case .submitted(let typed): text = typed
        case .quit(let typed): text = typed
        case .skip, .back, .endOfInput: text = ""
        }
        if !AnswerDraft(text).isBlank {
            let followup = try save(
                PracticeAnswer(
                    step: answer.step, kind: .followup, question: question, text: text,
                    seconds: timing.elapsed(at: context.now)))
            if case .quit = outcome { return .stop("Kept your follow-up answer; its feedback comes when you resume.") }
            if let combined = try scoring.scoreAndSave(followup, among: session.answers) {
                recordScore(combined, for: followup)
                feedback.showUpdate(combined, before: score)
            }
        }
        if case .quit = outcome { return .stop("Stopped.") }
        return nil
    }
}
