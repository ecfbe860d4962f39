import Foundation
import MLSDStore

/// `mlsd cases`: the case-study catalog with the user's record on each.
enum CasesCommand {
    static let spec = CommandSpec(
        name: "cases",
        abstract: "List the case studies.",
        discussion: "Shows each case's id (use it with 'mlsd practice' and 'mlsd show'), difficulty, tags, your attempts and best score.",
        options: [OptionSpec(name: "tag", value: "tag", help: "Only cases with this tag."), .json],
        run: run
    )

    static func run(_ invocation: Invocation, _ context: Context) throws {
        let store = try context.store()
        let tag = invocation.value("tag")
        let cases = try store.cases.summaries(tag: tag)
        if let tag, cases.isEmpty {
            let tags = Set(try store.cases.summaries().flatMap(\.tags)).sorted()
            throw CLIError.unknown("tag", tag, among: tags, see: "mlsd cases")
        }
        if invocation.json { return try context.printJSON(cases) }
        let style = context.style
        let idWidth = max(4, cases.map(\.id.count).max() ?? 0)
        context.console.line(style.bold("id".padding(toLength: idWidth + 2, withPad: " ", startingAt: 0)
            + "level   best  tries  title"))
        for summary in cases {
            let best = summary.bestScore.map { String(format: "%3.0f", $0) } ?? "  -"
            context.console.line(summary.id.padding(toLength: idWidth + 2, withPad: " ", startingAt: 0)
                + summary.difficulty.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
                + best + "  " + String(format: "%5d", summary.attempts) + "  " + summary.title)
        }
        context.console.line(style.dim("\n\(cases.count) case\(cases.count == 1 ? "" : "s"). Start one with 'mlsd practice <id>'."))
    }
}
