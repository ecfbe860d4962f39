import Foundation
import MLSDCore

/// The feedback on one step, from its score. By default it fits one screen, in the order an
/// interviewer gives it: the score and level, what was wrong (the answer's words and the fix), then
/// the three most important points missed and why they matter. `full` adds everything else: each
/// point made with the words that made it, every miss, dismissals and pitfalls.
struct FeedbackView {
    let console: Console
    let style: Style

    private var width: Int { console.width }
    /// Missed points shown on the one-screen form.
    static let briefMissed = 3

    /// - Parameter more: how to see the rest ("type :more", "add --verbose"), shown when something was left out.
    func show(_ score: StepScore, title: String = "Feedback", full: Bool = false, more: String? = nil) {
        let percent = Int(score.score.rounded())
        console.line()
        console.line(
            style.bold(title) + "  " + colour(ProseLayout.bar(score.score, fancy: style.enabled), score.level)
                + " " + style.bold("\(percent)/100") + " " + colour(score.level.rawValue, score.level))
        if !score.wrong.isEmpty {
            section("Wrong")
            for claim in score.wrong {
                console.line(
                    ProseLayout.wrap(
                        "\(claim.title) \u{2014} \(ProseLayout.quote(claim.evidence)). \(claim.why)",
                        width: width, first: "  " + style.red("x") + " ", rest: "    "))
                console.line(
                    ProseLayout.wrap(claim.fix, width: width, first: "    " + style.bold("Fix: "), rest: "    "))
            }
        }
        let missed = score.missed.sorted { $0.weight > $1.weight }
        let shownMissed = full ? missed : Array(missed.prefix(Self.briefMissed))
        if !shownMissed.isEmpty {
            section(full || missed.count <= Self.briefMissed ? "Missed, most important first" : "Most important missed")
            for point in shownMissed {
                console.line(
                    ProseLayout.wrap(
                        "\(point.title) \(importance(point.weight)) \u{2014} \(point.why)",
                        width: width, first: "  " + style.red("-") + " ", rest: "    "))
            }
        }
        let substance = score.covered.filter { $0.credit >= Self.substanceCredit }
        let named = score.covered.filter { $0.credit < Self.substanceCredit }
        if full {
            if !score.covered.isEmpty { section("Covered") }
            for point in substance {
                console.line(
                    ProseLayout.wrap(
                        "\(point.title) \u{2014} \(ProseLayout.quote(point.evidence))",
                        width: width, first: "  " + style.green("+") + " ", rest: "    "))
            }
            for point in named {
                console.line(
                    ProseLayout.wrap(
                        "\(point.title) (named only: say why, a number or how) "
                            + "\u{2014} \(ProseLayout.quote(point.evidence))",
                        width: width, first: "  " + style.yellow("~") + " ", rest: "    "))
            }
            if !score.dismissed.isEmpty {
                section("Dismissed (you ruled these out; an interviewer may not agree)")
                for point in score.dismissed {
                    console.line(
                        ProseLayout.wrap(
                            "\(point.title) \u{2014} \(ProseLayout.quote(point.evidence))",
                            width: width, first: "  ~ ", rest: "    "))
                }
            }
            if !score.pitfalls.isEmpty {
                section("Pitfalls")
                for pitfall in score.pitfalls {
                    console.line(
                        ProseLayout.wrap(
                            "\(pitfall.title) \u{2014} \(pitfall.why)",
                            width: width, first: "  " + style.yellow("!") + " ", rest: "    "))
                }
            }
            return
        }
        // One line each for what was made, so the screen stays short.
        if !substance.isEmpty {
            console.line(
                ProseLayout.wrap(
                    substance.map(\.title).joined(separator: "; "), width: width,
                    first: style.green("Made: "), rest: "  "))
        }
        if !named.isEmpty {
            console.line(
                ProseLayout.wrap(
                    named.map(\.title).joined(separator: "; ") + " (say why, a number or how for full credit)",
                    width: width, first: style.yellow("Named only: "), rest: "  "))
        }
        if !score.pitfalls.isEmpty {
            console.line(
                ProseLayout.wrap(
                    score.pitfalls.map(\.title).joined(separator: "; "), width: width,
                    first: style.yellow("Pitfalls: "), rest: "  "))
        }
        let hidden =
            missed.count - shownMissed.count + score.covered.count + score.dismissed.count + score.pitfalls.count
        if hidden > 0, let more { console.line(style.dim(more)) }
    }

    /// Credit from which a point counts as made with substance rather than only named.
    static let substanceCredit = 0.9

    /// After a follow-up: its own verdict (what it got right, what it missed), then the step's new
    /// score and the points it added. A follow-up only adds: when the two answers together score
    /// lower, the answer's own score stands.
    func showUpdate(_ score: StepScore, before: StepScore) {
        console.line()
        if let verdict = score.followupVerdict, !(verdict.right.isEmpty && verdict.missing.isEmpty) {
            if !verdict.right.isEmpty {
                console.line(
                    ProseLayout.wrap(
                        verdict.right.joined(separator: "; "), width: width, first: style.green("Right: "), rest: "  "))
            }
            if !verdict.missing.isEmpty {
                console.line(
                    ProseLayout.wrap(
                        verdict.missing.joined(separator: "; "), width: width, first: style.red("Missing: "), rest: "  "
                    ))
            }
        }
        for claim in score.wrong where !before.wrong.contains(claim) {
            console.line(
                ProseLayout.wrap(
                    "\(claim.title) \u{2014} \(ProseLayout.quote(claim.evidence)). Fix: \(claim.fix)",
                    width: width, first: "  " + style.red("x") + " ", rest: "    "))
        }
        guard score.score >= before.score else {
            console.line(
                ProseLayout.wrap(
                    "With the follow-up: no new points, so your answer's \(Int(before.score.rounded()))/100 stands.",
                    width: width))
            return
        }
        let gained = score.covered.filter { point in
            !before.covered.contains { $0.id == point.id && $0.credit >= point.credit }
        }
        console.line(
            style.bold("With the follow-up") + "  "
                + colour(ProseLayout.bar(score.score, fancy: style.enabled), score.level)
                + " " + style.bold("\(Int(score.score.rounded()))/100") + " "
                + colour(score.level.rawValue, score.level))
        if gained.isEmpty {
            console.line(
                ProseLayout.wrap(
                    "No new rubric points from the follow-up (a point counts when said with its reason, "
                        + "number or mechanism).",
                    width: width, first: "  ", rest: "  "))
        }
        for point in gained {
            console.line(
                ProseLayout.wrap(
                    "\(point.title) \u{2014} \(ProseLayout.quote(point.evidence))",
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
