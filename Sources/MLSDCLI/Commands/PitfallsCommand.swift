import Foundation
import MLSDCore
import MLSDStore

/// `mlsd pitfalls`: the classic mistakes that practice answers are checked for.
enum PitfallsCommand {
    static let spec = CommandSpec(
        name: "pitfalls",
        abstract: "List the classic mistakes answers are checked for.",
        discussion: "Each pitfall names the steps whose answers are checked and why it costs you in an interview.",
        options: [.json],
        run: run
    )

    static func run(_ invocation: Invocation, _ context: Context) throws {
        let pitfalls = try context.store().cases.pitfalls()
        if invocation.json { return try context.printJSON(pitfalls) }
        let style = context.style
        let width = context.console.width
        for (index, pitfall) in pitfalls.enumerated() {
            if index > 0 { context.console.line() }
            let steps = pitfall.steps.map(\.rawValue).joined(separator: ", ")
            context.console.line(
                style.bold(TextWrap.wrap("\(pitfall.title) (\(pitfall.id)) · checked in: \(steps)", width: width)))
            context.console.line(TextWrap.wrap(pitfall.why, width: width, first: "  "))
        }
        context.console.line(
            style.dim(
                "\n\(TextWrap.count(pitfalls.count, "pitfall")). Practice feedback names the ones an answer falls into."
            ))
    }
}
