import Foundation
import MLSDCore
import MLSDStore

/// `mlsd import FILE`: checks a pack, then adds or updates its cases, all or nothing.
enum ImportCommand {
    static let spec = CommandSpec(
        name: "import",
        abstract: "Add your own case studies from a pack.",
        discussion: """
            \(PackInput.formatHelp)
            The pack is checked first (as 'mlsd validate' does); with any problem nothing is imported.
            Importing a case again updates it: rubric points left out of the new version are retired,
            and your answers and review cards are kept. A case may not reuse a built-in case's id.
            Exit status: 0 when imported, 65 when the pack has problems, 66 when the file cannot be read.
            """,
        arguments: [PackInput.fileArgument],
        options: [.json],
        run: run
    )

    static func run(_ invocation: Invocation, _ context: Context) throws {
        let input = try PackInput.read(invocation.arguments[0], console: context.console)
        let validation = input.validate()
        guard validation.isValid else {
            for problem in validation.problems { context.console.error(problem.description + "\n") }
            let problems = TextWrap.count(validation.problems.count, "problem")
            throw CLIError("\(input.name) has \(problems); nothing was imported", code: .dataError)
        }
        let imported: [ImportedCase]
        do {
            imported = try context.store().userCases.importCases(validation.cases, now: context.now)
        } catch UserCaseError.builtin(let id) {
            throw CLIError(
                "'\(id)' is the id of a built-in case; give your case another id (nothing was imported)",
                code: .dataError)
        }
        if invocation.json { return try context.printJSON(imported) }
        for entry in imported {
            context.console.line(describe(entry, style: context.style))
        }
        let changed = imported.filter { $0.action != .unchanged }
        if let first = changed.first {
            context.console.line(
                context.style.dim("Practise with 'mlsd practice \(first.id)'; see it with 'mlsd show \(first.id)'."))
        } else {
            context.console.line(context.style.dim("Nothing changed: the database already holds this pack."))
        }
    }

    static func describe(_ entry: ImportedCase, style: Style) -> String {
        let head = "\(entry.action.rawValue) \(style.bold(entry.id)) (\(entry.title))"
        switch entry.action {
        case .added:
            return head + ": " + TextWrap.count(entry.points, "point")
        case .unchanged:
            return head + ": no changes"
        case .updated, .restored:
            var changes: [String] = []
            if !entry.pointsAdded.isEmpty {
                changes.append(
                    TextWrap.count(entry.pointsAdded.count, "point") + " added ("
                        + entry.pointsAdded.joined(separator: ", ") + ")")
            }
            if !entry.pointsRetired.isEmpty {
                changes.append(
                    TextWrap.count(entry.pointsRetired.count, "point") + " retired ("
                        + entry.pointsRetired.joined(separator: ", ") + "); your answers to them are kept")
            }
            if changes.isEmpty { changes.append("content updated, same points") }
            return head + ": " + changes.joined(separator: "; ")
        }
    }
}
