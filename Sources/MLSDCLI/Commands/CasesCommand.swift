import Foundation
import MLSDCore
import MLSDStore

/// `mlsd cases`: the case-study catalog with the user's record on each.
enum CasesCommand {
    static let spec = CommandSpec(
        name: "cases",
        abstract: "List the case studies.",
        discussion:
            "Shows each case's id (use it with 'mlsd practice' and 'mlsd show'), difficulty, "
            + "your attempts and best score, then every tag with the number of cases that carry it. "
            + "--tag lists only the cases with that tag (a case family such as search or trust-and-safety).",
        options: [OptionSpec(.tag, value: "tag", help: "Only cases with this tag."), .json],
        run: run
    )

    static func run(_ invocation: Invocation, _ context: Context) throws {
        let store = try context.store()
        // Tags are lower-case kebab-case, so '--tag GenAI' means 'genai'.
        let tag = invocation.value(.tag)?.lowercased()
        let cases = try store.cases.summaries(tag: tag)
        if let tag, cases.isEmpty {
            let tags = Set(try store.cases.summaries().flatMap(\.tags)).sorted()
            throw CLIError.unknown("tag", tag, among: tags, see: "mlsd cases")
        }
        if invocation.json { return try context.printJSON(cases) }
        let style = context.style
        let idWidth = max(4, cases.map(\.id.count).max() ?? 0)
        context.console.line(
            style.bold(
                "id".padding(toLength: idWidth + 2, withPad: " ", startingAt: 0)
                    + "level   best  tries  title"))
        for summary in cases {
            let best = summary.bestScore.map { String(format: "%3.0f", $0) } ?? "  -"
            context.console.line(
                summary.id.padding(toLength: idWidth + 2, withPad: " ", startingAt: 0)
                    + summary.difficulty.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
                    + best + "  " + String(format: "%5d", summary.attempts) + "  " + summary.title)
        }
        let count = "\(cases.count) case\(cases.count == 1 ? "" : "s")"
        if let tag {
            context.console.line(style.dim("\n\(count) tagged '\(tag)'. Start one with 'mlsd practice <id>'."))
            return
        }
        let tags = TagTally.tally(cases.map(\.tags)).map { "\($0.tag) (\($0.count))" }
        if !tags.isEmpty {
            context.console.line()
            for line in tagLines(tags, width: context.console.width) { context.console.line(style.dim(line)) }
        }
        context.console.line(
            style.dim(
                "\n\(count). List one family with 'mlsd cases --tag TAG'; start a case with 'mlsd practice <id>'."))
    }

    /// "Tags: a (3), b (2), ..." wrapped to the width, breaking only between tags so that a tag
    /// and its count stay on one line.
    static func tagLines(_ tags: [String], width: Int) -> [String] {
        let lead = "Tags: ", indent = String(repeating: " ", count: lead.count)
        var lines: [String] = [], line = lead
        for (index, tag) in tags.enumerated() {
            let item = tag + (index < tags.count - 1 ? "," : "")
            if line.count > lead.count, line.count + 1 + item.count > width {
                lines.append(line)
                line = indent
            }
            line += (line == lead || line == indent ? "" : " ") + item
        }
        lines.append(line)
        return lines
    }
}
