import Foundation
import MLSDCore

/// Sentences about a schedule, shared by `rate`, `cards show` and the review session.
enum ScheduleText {
    /// "review · due 2026-03-03 09:10 (in 2d) · interval 2d · S 2.31 · D 2.11"
    static func summary(_ card: ReviewCard, explanation: IntervalExplanation, time: TimeText, now: Date) -> String {
        var state = card.memory.state.name
        if let step = card.memory.step, card.memory.state != .review { state += " step \(step + 1)" }
        return [
            state, "due \(time.local(card.memory.due)) (\(TimeText.relative(card.memory.due, from: now)))",
            "interval \(explanation.shortInterval)", "S \(TimeText.number(card.memory.stability))",
            "D \(TimeText.number(card.memory.difficulty))",
        ].joined(separator: " · ")
    }

    /// Why the last review chose this due time, as short lines (for `cards show`).
    static func why(
        _ why: IntervalExplanation, rating: Rating, maximumInterval: Int, interviewSet: Bool,
        time: TimeText
    ) -> [String] {
        var lines: [String] = []
        if let days = why.elapsedDays, days < 1, why.retrievabilityAtReview != nil {
            lines.append(
                "Answered \(rating.title) within 24 hours of the review before: FSRS's same-day rule "
                    + "adjusts S slightly and does not use R.")
        } else if let recall = why.retrievabilityAtReview, let days = why.elapsedDays {
            lines.append(
                "R at that review: \(TimeText.percent(recall)) after \(days) whole day\(days == 1 ? "" : "s"); "
                    + "answered \(rating.title).")
        } else {
            lines.append("First review, answered \(rating.title): S and D start from FSRS-6's initial values.")
        }
        lines.append(
            "Now S = \(TimeText.number(why.stability)) d (days until R falls to 90%), "
                + "D = \(TimeText.number(why.difficulty))."
        )
        switch why.kind {
        case .learningStep, .relearningStep:
            let list = why.kind == .learningStep ? "learning" : "relearning"
            lines.append(
                "Still in \(list) step \((why.step ?? 0) + 1): a fixed wait of \(why.shortInterval) "
                    + "from the \(list)_steps setting, not the forgetting curve."
            )
        case .review:
            let raw = why.rawIntervalDays.map { String(format: "%.2f", $0) } ?? "?"
            let rounded = why.roundedIntervalDays ?? 0
            var line =
                "Target retention \(TimeText.percent(why.desiredRetention)): R falls to it after \(raw) d, "
                + "rounded to \(rounded) d"
            if why.clampedToMaximum { line += " (capped by maximum_interval = \(maximumInterval) d)" }
            lines.append(line + ".")
            if let fuzzed = why.fuzzedIntervalDays, why.changedByFuzz {
                lines.append("Fuzz moved it to \(fuzzed) d, so cards learned together spread out.")
            } else {
                lines.append("Fuzz: no change (off, under 2.5 d, or drew the same day).")
            }
        }
        if why.cappedByInterview {
            lines.append(
                "Interview cap: R at the interview would be below target, so it is due the day before, "
                    + "\(time.local(why.due))."
            )
        } else if interviewSet, why.kind == .review {
            lines.append("Interview cap: none (recall at the interview stays on target, or the card is due before it).")
        }
        return lines
    }
}
