import Foundation
import MLSDCore

/// `mlsd validate FILE`: checks a pack and lists every problem, without touching the database.
enum ValidateCommand {
    static let spec = CommandSpec(
        name: "validate",
        abstract: "Check a case-study pack and list every problem.",
        discussion: """
            \(PackInput.formatHelp)
            Each problem names its place in the file as a JSON path, with the line and column:
              $.steps[2].points[0].weight: must be 1 to 3, got 5 (line 40, column 21)
            Exit status: 0 when the pack is valid, 65 when it has problems, 66 when the file cannot be read.

            Examples:
              mlsd validate my-pack.json
              cat my-pack.json | mlsd validate -
            """,
        arguments: [PackInput.fileArgument],
        options: [
            OptionSpec(.builtin, help: "Check a built-in case file (Data/cases/*.json): allow a built-in case's id."),
            .json,
        ],
        run: run
    )

    static func run(_ invocation: Invocation, _ context: Context) throws {
        let input = try PackInput.read(invocation.arguments[0], console: context.console)
        let validation = input.validate(allowingBuiltinIDs: invocation.flag(.builtin))
        if invocation.json {
            try context.printJSON(validation.report(file: input.name))
        } else if validation.isValid {
            context.console.line("ok: \(validation.summary)")
        } else {
            for problem in validation.problems { context.console.line(problem.description) }
        }
        if !validation.isValid {
            throw CLIError(
                "\(input.name) has \(TextWrap.count(validation.problems.count, "problem"))", code: .dataError)
        }
    }
}
