import Foundation
import MLSDStore

/// `mlsd` with no command: where the user stands and the one thing to do next.
enum DashboardCommand {
    static func run(_ invocation: Invocation, _ context: Context) throws {
        let store = try context.store()
        let cases = try store.cases.summaries()
        let style = context.style
        context.console.line(style.bold("mlsd") + " — machine-learning system design interview coach")
        let practised = cases.filter { $0.attempts > 0 }
        context.console.line("\(cases.count) case studies, \(practised.count) practised.")
        let next = cases.first { $0.attempts == 0 } ?? cases.min { ($0.bestScore ?? 0) < ($1.bestScore ?? 0) }
        if let next {
            context.console.line("\nNext: " + style.cyan("mlsd practice \(next.id)") + "  (\(next.title))")
        }
        context.console.line(style.dim("See 'mlsd --help' for every command."))
    }
}

import MLSDCore
