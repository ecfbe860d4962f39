import Foundation
import MLSDCore
import MLSDStore

/// What opens each step: its number and name, the clock, the interviewer's prompt and how to answer.
struct StepHeader {
    let console: Console
    let style: Style

    func show(step: StepID, content: Step, session: SessionRecord, elapsed: TimeInterval, sessionBudget: TimeInterval) {
        let width = min(console.width, ProseLayout.maximumWidth)
        let title = "Step \(step.number) of \(StepID.allCases.count): \(step.title) "
        console.line()
        console.line(style.bold(title) + style.dim(String(repeating: "-", count: max(3, width - title.count))))
        let budget = TimeInterval(content.minutes * 60)
        var clock = "Budget \(ClockText.minutes(budget))"
        if session.timed { clock += ", \(ClockText.format(budget)) left" }
        clock += ". Session so far \(ClockText.format(elapsed)) of \(ClockText.minutes(sessionBudget))."
        console.line(style.dim(clock))
        if let earlier = session.answers.last(where: { $0.step == step && $0.kind == .answer }) {
            let latest =
                session.answers.filter { $0.step == step && $0.id >= earlier.id }.compactMap(\.score).max() ?? 0
            let note =
                earlier.skipped
                ? "You skipped this step earlier. Answer it now, or :skip to leave it."
                : "You already answered this step (score \(Int(latest.rounded()))). A new answer replaces that result; "
                    + ":skip keeps it."
            console.line(style.yellow(ProseLayout.wrap(note, width: width)))
        }
        console.line()
        console.line(ProseLayout.wrap(content.prompt, width: width, first: style.bold("Interviewer: ")))
        console.line(
            style.dim(
                ProseLayout.wrap("End with a line holding only '.' (or Ctrl-D); :help lists commands.", width: width)))
    }
}
