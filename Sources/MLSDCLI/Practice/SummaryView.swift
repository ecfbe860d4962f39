import Foundation
import MLSDCore
import MLSDStore

/// The end of a session: a table of steps, the overall score, the missed points most worth
/// learning, the session-level pitfalls and what went into review.
struct SummaryView {
    let console: Console
    let style: Style

    func show(_ summary: SessionSummary, study: CaseStudy, cards: ReviewCardsAdded) {
        let width = console.width
        console.line()
        console.line(style.bold("Session summary: \(study.title)"))
        let nameWidth = max(20, (summary.steps.map { $0.step.title.count }.max() ?? 0) + 1)
        console.line(style.dim("  " + TerminalLayout.pad("step", nameWidth + 3) + "  score    time  budget"))
        for row in summary.steps {
            let score: String
            switch row.status {
            case .answered: score = String(format: "%7.0f", row.score)
            case .skipped: score = "skipped"
            case .unanswered: score = "      -"
            }
            var time = ClockText.format(row.seconds).leftPadded(6) + "  " + ClockText.minutes(row.budget).leftPadded(6)
            if row.seconds > row.budget, row.budget > 0 { time += style.yellow(" over") }
            console.line("  \(row.step.number). " + TerminalLayout.pad(row.step.title, nameWidth) + score + "  " + time)
        }
        let overall = String(format: "%7.0f", summary.overall)
        console.line(
            style.bold("     " + TerminalLayout.pad("Overall", nameWidth) + overall) + "  "
                + ClockText.format(summary.seconds).leftPadded(6) + "  "
                + ClockText.minutes(summary.budget).leftPadded(6))
        console.line(
            "  " + ProseLayout.bar(summary.overall, fancy: style.enabled) + " "
                + style.bold("\(Int(summary.overall.rounded()))/100"))

        showSignals(InterviewSignal.estimate(from: summary.steps), width: width)

        if !summary.topMissed.isEmpty {
            console.line()
            console.line(style.bold("Most valuable points you missed"))
            for (index, point) in summary.topMissed.enumerated() {
                console.line(
                    ProseLayout.wrap(
                        "\(point.title) (\(point.step.title)) \u{2014} \(point.why)",
                        width: width, first: "  \(index + 1). ", rest: "     "))
            }
        }
        if !summary.pitfalls.isEmpty {
            console.line()
            console.line(style.bold("Across the session"))
            for pitfall in summary.pitfalls {
                console.line(
                    ProseLayout.wrap(
                        "\(pitfall.title) \u{2014} \(pitfall.why)",
                        width: width, first: "  " + style.yellow("!") + " ", rest: "    "))
            }
        }
        console.line()
        console.line(ProseLayout.wrap(reviewLine(cards), width: width))
        console.line("Study them with 'mlsd review'.")
    }

    /// The interview signals as short bars, each with the step that pulls it down.
    private func showSignals(_ signals: [InterviewSignal], width: Int) {
        guard !signals.isEmpty else { return }
        console.line()
        console.line(style.bold("Interview signals"))
        console.line(
            style.dim(
                ProseLayout.wrap(
                    "An estimate from your step scores, not an interviewer's verdict.",
                    width: width, first: "  ")))
        let nameWidth = InterviewSignal.Kind.allCases.map(\.rawValue.count).max() ?? 0
        for signal in signals {
            let line =
                "  " + TerminalLayout.pad(signal.kind.rawValue, nameWidth) + " "
                + ProseLayout.bar(signal.score, cells: 10, fancy: style.enabled)
                + String(format: " %3.0f", signal.score)
            var note = ""
            if signal.steps.allSatisfy({ $0.status == .skipped }) {
                note = "skipped"
            } else if let step = signal.pulledDownBy {
                let what = step.status == .skipped ? "skipped" : String(format: "%.0f", step.score)
                note = "pulled down by \(step.step.rawValue) (\(what))"
            }
            if note.isEmpty {
                console.line(line)
            } else if TerminalLayout.visibleWidth(line) + 2 + note.count <= width {
                console.line(line + "  " + style.dim(note))
            } else {
                // Too narrow for one line: the note goes under the bar, never past the edge.
                console.line(line)
                console.line(style.dim(String(repeating: " ", count: nameWidth + 3) + note))
            }
        }
    }

    private func reviewLine(_ cards: ReviewCardsAdded) -> String {
        let points = cards.newPoints.count, steps = cards.newSteps.count
        var text = "Review: "
        if points + steps == 0 {
            text += "nothing new"
        } else {
            text +=
                "added \(points) point card\(points == 1 ? "" : "s") (what you missed) and \(steps) "
                + "step card\(steps == 1 ? "" : "s")"
        }
        if cards.existing > 0 { text += "; \(cards.existing) already in review" }
        return text + "."
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
