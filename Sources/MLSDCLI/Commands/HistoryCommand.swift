import Foundation
import MLSDCore
import MLSDStore

/// `mlsd history`: past practice sessions with their per-step scores.
enum HistoryCommand {
    static let spec = CommandSpec(
        name: "history",
        abstract: "List past practice sessions and their scores.",
        discussion: """
            Sessions are grouped by case, the case practised last first, then oldest
            session first. Step columns: req(uirements), met(rics), dat(a), fea(tures),
            mod(el), eva(luation), ser(ving); each is the step's score, which a
            follow-up can only raise. '-' not answered, 'skp' skipped, '?' not scored
            yet. Time is time spent answering. Export a session with
            'mlsd export --session ID'.
            """,
        options: [
            OptionSpec(.case, value: "case", help: "Only this case's sessions."),
            OptionSpec(
                .limit, value: "n",
                help: "Show the n latest sessions (default \(defaultLimit); with --json, every session unless given)."),
            OptionSpec(.all, help: "Show every session."),
            .json,
        ],
        run: run
    )

    static func run(_ invocation: Invocation, _ context: Context) throws {
        let store = try context.store()
        let caseID = try invocation.value(.case).map(context.knownCaseID)
        if invocation.flag(.all), invocation.value(.limit) != nil {
            throw CLIError.usage("'--all' shows every session; it cannot be combined with '--limit'", invocation.spec)
        }
        let given = try invocation.int(.limit, in: 1...1_000_000)
        let limit = invocation.flag(.all) ? nil : given ?? (invocation.json ? nil : defaultLimit)
        let sessions = try store.history.sessions(caseID: caseID, latest: limit)
        if invocation.json { return try context.printJSON(sessions) }
        guard !sessions.isEmpty else {
            let start = caseID.map { "'mlsd practice \($0)'" } ?? "'mlsd practice <id>' (see 'mlsd cases')"
            context.console.line(
                "No practice sessions\(caseID.map { " of \($0)" } ?? "") yet. Start one with \(start).")
            return
        }
        // A full page may be all there is: the count tells.
        let total = sessions.count == limit ? try store.history.sessionCount(caseID: caseID) : nil
        let lines = render(
            sessions, total: total, style: context.style, timeZone: context.timeZone, width: context.console.width)
        lines.forEach(context.console.line)
    }

    /// A page a terminal can scroll back through; a heavy user has thousands of sessions.
    static let defaultLimit = 50

    static let stepLabels = ["req", "met", "dat", "fea", "mod", "eva", "ser"]

    /// `total` counts every session when `sessions` are only the latest of them.
    static func render(
        _ sessions: [PastSession], total: (all: Int, finished: Int)?, style: Style, timeZone: TimeZone,
        width: Int
    ) -> [String] {
        let groups = Dictionary(grouping: sessions, by: \.caseID)
            .sorted { ($0.value.map(\.startedAt).max()!, $1.key) > ($1.value.map(\.startedAt).max()!, $0.key) }
        var lines: [String] = []
        for (_, group) in groups {
            if !lines.isEmpty { lines.append("") }
            let first = group[0]
            lines.append(
                Columns.fit(
                    style.bold(first.caseID) + "  " + first.caseTitle,
                    visible: first.caseID.count + 2 + first.caseTitle.count, width: width))
            lines.append(
                style.dim(
                    Columns.right("#", 6) + "  " + Columns.left("date", 10)
                        + stepLabels.map { Columns.right($0, 4) }.joined() + Columns.right("overall", 9)
                        + Columns.right("time", 7) + "  status"))
            for session in group {
                let cells = StepID.allCases.map { step -> String in
                    guard let result = session.result(for: step) else { return Columns.right("-", 4) }
                    if result.skipped { return Columns.right("skp", 4) }
                    return Columns.right(result.score.map { String(Int($0.rounded())) } ?? "?", 4)
                }
                let overall = session.overall.map { String(Int($0.rounded())) } ?? "-"
                lines.append(
                    Columns.right(String(session.id), 6) + "  " + LocalTime.day(session.startedAt, in: timeZone)
                        + cells.joined() + Columns.right(overall, 9)
                        + Columns.right(session.hasAnswers ? DurationText.format(seconds: session.seconds) : "-", 7)
                        + "  " + status(session.status, style))
            }
        }
        let all = total?.all ?? sessions.count
        let finished = total?.finished ?? sessions.filter { $0.status == .finished }.count
        lines.append("")
        lines.append(
            style.dim("\(all) session\(all == 1 ? "" : "s"), \(finished) finished. Write them up with 'mlsd export'."))
        if all > sessions.count {
            lines.append(style.dim("Showing the latest \(sessions.count); see more with --limit N or --all."))
        }
        return lines
    }

    static func status(_ status: SessionStatus, _ style: Style) -> String {
        switch status {
        case .finished: style.green(status.rawValue)
        case .active: style.yellow(status.rawValue)
        case .abandoned: style.dim(status.rawValue)
        }
    }
}
