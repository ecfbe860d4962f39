import Foundation
import MLSDCore
import MLSDStore

/// `mlsd remove CASE [--purge]`: takes one of the user's imported cases out of the catalog.
enum RemoveCommand {
    static let spec = CommandSpec(
        name: "remove",
        abstract: "Remove a case study you imported.",
        discussion: """
            The case leaves the catalog and practice, but its sessions, answers and review history are
            kept: importing it again brings it back with them. With --purge the case is deleted together
            with all of that history. Built-in cases cannot be removed.
            Exit status: 0 when removed, 64 for an unknown or built-in case.
            """,
        arguments: [ArgumentSpec(name: "case", help: "The id of a case you imported (see 'mlsd cases').")],
        options: [OptionSpec(.purge, help: "Also delete the case's sessions, answers and review cards."), .json],
        run: run
    )

    static func run(_ invocation: Invocation, _ context: Context) throws {
        let id = invocation.arguments[0]
        let purge = invocation.flag(.purge)
        let removed: RemovedCase
        do {
            removed = try context.store().userCases.remove(id, purge: purge, now: context.now)
        } catch UserCaseError.builtin(let id) {
            throw CLIError(
                "'\(id)' is a built-in case and cannot be removed; only cases you imported can be (see 'mlsd cases')",
                code: .usage)
        } catch UserCaseError.notFound(let id, let userCases) {
            if userCases.isEmpty {
                throw CLIError(
                    "no imported case '\(id)': you have not imported any case (see 'mlsd import --help')", code: .usage)
            }
            throw CLIError.unknown("imported case", id, among: userCases, see: "mlsd cases")
        }
        if invocation.json { return try context.printJSON(removed) }
        let history =
            TextWrap.count(removed.sessions, "session") + " and " + TextWrap.count(removed.cards, "review card")
        if removed.purged {
            context.console.line("deleted \(removed.id) (\(removed.title)) with its \(history)")
        } else if removed.wasRemoved {
            context.console.line(
                "\(removed.id) was already removed; its \(history) are kept (delete them with 'mlsd remove "
                    + "\(removed.id) --purge')"
            )
        } else {
            context.console.line("removed \(removed.id) (\(removed.title)); its \(history) are kept")
            context.console.line(
                context.style.dim(
                    "Import it again to bring it back, or delete the history with 'mlsd remove \(removed.id) --purge'.")
            )
        }
    }
}
