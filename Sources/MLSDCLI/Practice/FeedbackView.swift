import Foundation
import MLSDCore

/// The feedback on one step, from its score: a bar, what was covered (with the user's words),
/// what was missed and why it matters, what was dismissed, and the pitfalls.
struct FeedbackView {
    let console: Console
    let style: Style

    private var width: Int { console.width }

    func show(_ score: StepScore, title: String = "Feedback") {
        let percent = Int(score.score.rounded())
        console.line()
        console.line(style.bold(title) + "  " + colour(ProseLayout.bar(score.score, fancy: style.enabled), score.level)
                     + " " + style.bold("\(percent)/100") + " " + colour(score.level.rawValue, score.level))
        if !score.covered.isEmpty {
            section("Covered")
            for point in score.covered {
                console.line(ProseLayout.wrap("\(point.title) \u{2014} \(ProseLayout.quote(point.evidence))",
                                            width: width, first: "  " + style.green("+") + " ", rest: "    "))
            }
        }
        if !score.missed.isEmpty {
            section("Missed, most important first")
            for point in score.missed.sorted(by: { $0.weight > $1.weight }) {
                console.line(ProseLayout.wrap("\(point.title) \(importance(point.weight)) \u{2014} \(point.why)",
                                            width: width, first: "  " + style.red("-") + " ", rest: "    "))
            }
        }
        if !score.dismissed.isEmpty {
            section("Dismissed (you ruled these out; an interviewer may not agree)")
            for point in score.dismissed {
                console.line(ProseLayout.wrap("\(point.title) \u{2014} \(ProseLayout.quote(point.evidence))",
                                            width: width, first: "  ~ ", rest: "    "))
            }
        }
        if !score.pitfalls.isEmpty {
            section("Pitfalls")
            for pitfall in score.pitfalls {
                console.line(ProseLayout.wrap("\(pitfall.title) \u{2014} \(pitfall.why)",
                                            width: width, first: "  " + style.yellow("!") + " ", rest: "    "))
            }
        }
    }

    /// The short form after a follow-up: the new score and the points it added. A follow-up only
    /// adds: when the two answers together score lower, the answer's own score stands.
    func showUpdate(_ score: StepScore, before: StepScore) {
        console.line()
        guard score.score >= before.score else {
            console.line(ProseLayout.wrap("With the follow-up: no new points, so your answer's \(Int(before.score.rounded()))/100 stands.", width: width))
            return
        }
        let gained = score.covered.filter { point in !before.covered.contains { $0.id == point.id } }
        console.line(style.bold("With the follow-up") + "  " + colour(ProseLayout.bar(score.score, fancy: style.enabled), score.level)
                     + " " + style.bold("\(Int(score.score.rounded()))/100") + " " + colour(score.level.rawValue, score.level))
        if gained.isEmpty {
            console.line("  No new rubric points from the follow-up.")
        }
        for point in gained {
            console.line(ProseLayout.wrap("\(point.title) \u{2014} \(ProseLayout.quote(point.evidence))",
                                        width: width, first: "  " + style.green("+") + " ", rest: "    "))
        }
    }

    private func section(_ name: String) {
        console.line(style.bold(name))
    }

    private func importance(_ weight: Int) -> String {
        switch weight {
        case 3...: "(must have)"
        case 2: "(expected)"
        default: "(nice to have)"
        }
    }

    private func colour(_ text: String, _ level: StepScore.Level) -> String {
        switch level {
        case .strong: style.green(text)
        case .adequate: style.cyan(text)
        case .weak: style.yellow(text)
        case .missing: style.red(text)
        }
    }
}
