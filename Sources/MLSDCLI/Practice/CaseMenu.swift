import Foundation
import MLSDCore
import MLSDStore

/// `mlsd practice` without a case: a numbered list with the user's record on each, answered with a
/// number or an id. On a terminal a wrong choice is asked again; from a pipe it is an error.
struct CaseMenu {
    let console: Console
    let style: Style

    /// The chosen case id, or nil when input ended first.
    func choose(from cases: [CaseSummary]) throws -> String? {
        guard !cases.isEmpty else {
            throw CLIError("there are no case studies to practise; see 'mlsd cases'", code: .noInput)
        }
        show(cases)
        while true {
            console.write("Choose a case (number or id): ")
            guard let line = console.readLine() else {
                console.line()
                return nil
            }
            let choice = line.trimmingCharacters(in: .whitespaces)
            if choice.isEmpty {
                // On a terminal Enter alone asks again; from a pipe an empty line chooses nothing.
                if console.isInteractive { continue }
                return nil
            }
            if let number = Int(choice), cases.indices.contains(number - 1) { return cases[number - 1].id }
            if cases.contains(where: { $0.id == choice }) { return choice }
            let error =
                Int(choice) != nil
                ? CLIError("there is no case number \(choice); choose 1 to \(cases.count)", code: .usage)
                : CLIError.unknown("case", choice, among: cases.map(\.id), see: "mlsd cases")
            guard console.isInteractive else { throw error }
            console.line(style.yellow(error.message))
        }
    }

    private func show(_ cases: [CaseSummary]) {
        let idWidth = max(4, cases.map(\.id.count).max() ?? 0)
        let numberWidth = max(2, String(cases.count).count)
        let width = min(console.width, ProseLayout.maximumWidth)
        console.line(style.bold("Choose a case study to practise"))
        console.line(
            style.dim(
                "  " + "#".leftPadded(numberWidth) + "  " + TerminalLayout.pad("case", idWidth)
                    + "  best  last        title"))
        for (index, summary) in cases.enumerated() {
            let best = summary.bestScore.map { String(format: "%4.0f", $0) } ?? "   -"
            let last = summary.lastAttempt.map(Self.day) ?? "never"
            let line =
                "  " + String(index + 1).leftPadded(numberWidth) + "  " + TerminalLayout.pad(summary.id, idWidth)
                + "  " + best + "  " + TerminalLayout.pad(last, 10) + "  "
            console.line(line + Self.fit(summary.title, width - line.count))
        }
    }

    /// The text, cut with an ellipsis to fit `width` characters (at least a few are kept).
    static func fit(_ text: String, _ width: Int) -> String {
        let room = max(8, width)
        return text.count <= room ? text : String(text.prefix(room - 1)) + "\u{2026}"
    }

    /// A local calendar day, as the user remembers it.
    static func day(_ date: Date) -> String { LocalTime.day(date, in: .current) }
}
