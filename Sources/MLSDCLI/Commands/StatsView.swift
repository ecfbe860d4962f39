import MLSDCore

/// The text of `mlsd stats`: charts for a terminal, the same figures as plain numbers otherwise.
/// Every line fits 80 columns.
struct StatsView {
    var report: StatsCommand.Report
    var style: Style
    var charts: Bool

    func lines() -> [String] {
        steps() + [""] + cases() + [""] + habits() + [""] + forecast()
    }

    func steps() -> [String] {
        var lines = [style.bold("Strength by step") + style.dim("  (mean of your best score per case)")]
        for strength in report.steps {
            let label = "  \(strength.step.number) " + Columns.left(strength.step.rawValue, 14)
            let value = strength.averageBest.map { String(Int($0.rounded())) } ?? "-"
            let count = strength.cases == 0 ? "" : "  \(strength.cases) case\(strength.cases == 1 ? "" : "s")"
            let bar =
                charts
                ? colour(TextChart.bar(strength.averageBest ?? 0, maximum: 100, width: 40), strength.averageBest) + " "
                : ""
            lines.append(label + bar + Columns.right(value, 3) + count)
        }
        return lines
    }

    func cases() -> [String] {
        guard !report.cases.isEmpty else {
            return [style.bold("Cases"), "  None practised yet: start with 'mlsd practice <id>' (see 'mlsd cases')."]
        }
        let idWidth = min(max(report.cases.map(\.caseID.count).max() ?? 0, 4), 28)
        var lines = [
            style.bold("Cases") + "  " + String(repeating: " ", count: max(idWidth - 5, 0))
                + style.dim(" best latest  " + (charts ? "trend" : "scores, oldest first"))
        ]
        for progress in report.cases {
            let best = progress.best.map { String(Int($0.rounded())) } ?? "-"
            let latest = progress.latest.map { String(Int($0.rounded())) } ?? "-"
            let recent = Array(progress.scores.suffix(charts ? 16 : 8))
            let trend =
                charts ? TextChart.sparkline(recent) : recent.map { String(Int($0.rounded())) }.joined(separator: " ")
            let attempts = "\(progress.attempts) attempt\(progress.attempts == 1 ? "" : "s")"
            lines.append(
                "  " + Columns.left(Columns.truncate(progress.caseID, idWidth), idWidth) + Columns.right(best, 5)
                    + Columns.right(latest, 7) + "  " + Columns.left(trend, charts ? 16 : 0) + "  "
                    + style.dim(attempts))
        }
        return lines
    }

    func habits() -> [String] {
        let streak = report.streak
        var streakText = "\(streak.current) day\(streak.current == 1 ? "" : "s")"
        if streak.longest > streak.current { streakText += " (longest \(streak.longest))" }
        if streak.current > 0 {
            streakText += streak.activeToday ? ", done today" : ", practise or review today to keep it"
        }
        let reviews = report.reviews
        let reviewText =
            reviews.total == 0
            ? "none yet"
            : "\(reviews.total) in all, \(reviews.last30Days) in the last 30 days, \(reviews.today) today"
        let retention = report.retention
        let target = "target \(percent(retention.desired))"
        let retentionText =
            retention.achieved.map {
                "\(percent($0)) recalled (\(retention.recalled) of \(retention.reviews) reviews of review cards), "
                    + "\(target)"
            } ?? "no reviews of review cards yet, \(target)"
        return [
            style.bold("Streak     ") + streakText, style.bold("Reviews    ") + reviewText,
            style.bold("Retention  ") + retentionText,
        ]
    }

    func forecast() -> [String] {
        let counts = report.forecast.map(\.due)
        let total = counts.reduce(0, +)
        let title = style.bold("Reviews due, next 30 days")
        guard total > 0 else { return [title + "  none scheduled"] }
        let summary = style.dim("  \(counts[0]) today, \(total) in all")
        guard charts else {
            return [title + summary]
                + report.forecast.filter { $0.due > 0 }.map { "  \($0.date)  " + Columns.right(String($0.due), 4) }
        }
        let peak = counts.max()!
        // As many rows as the peak needs, up to 5: one card a day should not look like a wall.
        let rows = TextChart.columns(counts, height: min(peak, 5))
        var lines = [title + summary]
        for (index, row) in rows.enumerated() {
            let axis = index == 0 ? Columns.right(String(peak), 5) + " ┤" : String(repeating: " ", count: 6) + "│"
            lines.append(axis + row)
        }
        lines.append("    0 └" + String(repeating: "─", count: counts.count * 2 - 1))
        var labels = String(repeating: " ", count: 7 + counts.count * 2)
        for (offset, label) in [(0, "today"), (7, "+7"), (14, "+14"), (21, "+21"), (28, "+28")] {
            labels = place(label, at: 7 + offset * 2, in: labels)
        }
        lines.append(labels.trimmingTrailingSpaces())
        return lines
    }

    private func place(_ label: String, at column: Int, in line: String) -> String {
        var characters = Array(line)
        for (index, character) in label.enumerated() where column + index < characters.count {
            characters[column + index] = character
        }
        return String(characters)
    }

    /// Green for strong, yellow for middling, red for weak: the weakest step stands out.
    private func colour(_ bar: String, _ score: Double?) -> String {
        guard let score else { return bar }
        return score >= 75 ? style.green(bar) : score >= 50 ? style.yellow(bar) : style.red(bar)
    }

    private func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
