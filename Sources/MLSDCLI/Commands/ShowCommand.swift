import Foundation
import MLSDCore
import MLSDStore

/// `mlsd show CASE`: a case's scenario and steps; with --outline, its model answer and rubric.
enum ShowCommand {
    static let spec = CommandSpec(
        name: "show",
        abstract: "Show a case study: scenario, steps and, on request, the model answer.",
        discussion: """
            Without --outline only what the interviewer would tell you is shown: the scenario, and each
            step's prompt, time budget and number of hints. --outline adds each step's model outline,
            rubric points (weight 1 nice to have, 2 expected, 3 essential) and follow-up questions.

            Examples:
              mlsd show video-recommendation
              mlsd show video-recommendation --step metrics --outline
            """,
        arguments: [ArgumentSpec(name: "case", help: "A case id (see 'mlsd cases').")],
        options: [
            OptionSpec(.step, value: "step", help: "Only this step: \(OptionSpec.stepValues)."),
            OptionSpec(.outline, help: "Also show the model outline, rubric and follow-ups (spoilers)."),
            .json,
        ],
        run: run
    )

    static let spoiler = "Spoiler: model answers and rubrics below; practise the case first."

    static func run(_ invocation: Invocation, _ context: Context) throws {
        let study = try context.loadCase(invocation.arguments[0])
        var steps = study.steps
        if let step = try invocation.step() {
            steps = steps.filter { $0.id == step }
        }
        let outline = invocation.flag(.outline)
        if invocation.json { return try context.printJSON(CaseView(study, steps: steps, outline: outline)) }
        let console = context.console
        let style = context.style
        let width = console.width
        if outline { console.line(style.yellow(spoiler)) }
        console.line(style.bold(TextWrap.wrap(study.title, width: width)))
        let minutes = study.steps.reduce(0) { $0 + $1.minutes }
        let facts =
            "\(study.id) · \(study.difficulty.rawValue) · \(minutes) minutes · \(study.tags.joined(separator: ", "))"
        console.line(style.dim(TextWrap.wrap(facts, width: width)))
        console.line()
        console.line(TextWrap.wrap(study.scenario, width: width))
        for step in steps {
            console.line()
            let head =
                "\(step.id.number). \(step.id.title) (\(step.id.rawValue)) · \(step.minutes) "
                + "min · \(TextWrap.count(step.hints.count, "hint"))"
            console.line(style.bold(TextWrap.wrap(head, width: width, first: "", rest: "   ")))
            console.line(TextWrap.wrap(step.prompt, width: width, first: "   "))
            if outline { printOutline(step, console: console, style: style, width: width) }
        }
    }

    private static func printOutline(_ step: Step, console: Console, style: Style, width: Int) {
        console.line()
        console.line("   " + style.cyan("Model outline"))
        for bullet in step.outline { console.line(TextWrap.wrap(bullet, width: width, first: "   - ", rest: "     ")) }
        console.line()
        console.line("   " + style.cyan("Rubric"))
        for point in step.points {
            console.line(
                style.bold(
                    TextWrap.wrap("[\(point.weight)] \(point.title)", width: width, first: "   ", rest: "       ")))
            console.line(TextWrap.wrap(point.why, width: width, first: "       "))
        }
        console.line()
        console.line("   " + style.cyan("Follow-ups"))
        for followup in step.followups {
            console.line(TextWrap.wrap(followup.question, width: width, first: "   - ", rest: "     "))
        }
    }

    /// `mlsd show --json`: the outline fields are present only with --outline.
    struct CaseView: Encodable {
        struct StepView: Encodable {
            var id: String
            var number: Int
            var title: String
            var prompt: String
            var minutes: Int
            var hintCount: Int
            var outline: [String]?
            var points: [PointView]?
            var followups: [String]?
        }

        struct PointView: Encodable {
            var id: String
            var title: String
            var weight: Int
            var why: String
        }

        var id: String
        var title: String
        var scenario: String
        var difficulty: String
        var tags: [String]
        var minutes: Int
        var steps: [StepView]

        init(_ study: CaseStudy, steps: [Step], outline: Bool) {
            id = study.id
            title = study.title
            scenario = study.scenario
            difficulty = study.difficulty.rawValue
            tags = study.tags
            minutes = study.steps.reduce(0) { $0 + $1.minutes }
            self.steps = steps.map { step in
                StepView(
                    id: step.id.rawValue, number: step.id.number, title: step.id.title, prompt: step.prompt,
                    minutes: step.minutes, hintCount: step.hints.count,
                    outline: outline ? step.outline : nil,
                    points: outline
                        ? step.points.map { PointView(id: $0.id, title: $0.title, weight: $0.weight, why: $0.why) }
                        : nil,
                    followups: outline ? step.followups.map(\.question) : nil)
            }
        }
    }
}
