import Foundation
import MLSDCore
import MLSDStore

/// `mlsd practice`: a time-boxed interview rehearsal through the seven steps of a case.
enum PracticeCommand {
    static let spec = CommandSpec(
        name: "practice",
        abstract: "Rehearse a case study step by step, with scored feedback.",
        discussion: """
            Walks through the 7 steps of the case (or one, with --step): the interviewer's prompt, your answer, \
            a score with the rubric points you covered and missed, and one follow-up question. Without CASE, \
            choose from a numbered list.

            Type an answer over as many lines as you like and end it with a line holding only '.', or Ctrl-D. \
            An answer may be up to \(AnswerReader.limitText). Commands, alone at the start of a line: \
            :hint (next hint), :skip, :edit (write the answer in $VISUAL/$EDITOR, or the 'editor' setting), \
            :back (previous step), :quit (save and stop), :help, and after a step's feedback :outline (that step's \
            model answer beside yours). An empty answer skips the step or the follow-up.

            Every answer is saved before its feedback is shown. A session stopped part-way (:quit, Ctrl-D, \
            Ctrl-C, a closed terminal) is kept: --resume continues it at the first unanswered step. Standard \
            input may be a file, with answers separated by '.' lines; a session on a pipe starts afresh \
            unless --resume is given. At the end, missed points and practised steps go into 'mlsd review'.
            """,
        arguments: [
            ArgumentSpec(
                name: "case", help: "The case id (see 'mlsd cases'); omit it to choose from a list.", optional: true)
        ],
        options: [
            OptionSpec(.step, value: "step", help: "Practise only this step: \(OptionSpec.stepValues)."),
            OptionSpec(
                .random, help: "Pick a case you have not practised yet (an easy one if you are new), else your weakest."
            ),
            OptionSpec(.timed, help: "Show the time left at each prompt and flag steps that run over budget."),
            OptionSpec(.resume, help: "Continue the unfinished session (on CASE, or the latest)."),
            OptionSpec(.noHints, help: "Turn :hint off for this session."),
        ],
        run: run
    )

    static func run(_ invocation: Invocation, _ context: Context) throws {
        let request = try request(from: invocation)
        let store = try context.store()
        // Ctrl-C ends mlsd at once (every submitted answer is already saved); say how to come back.
        Signals.onInterrupt(
            say: "\nInterrupted. Your submitted answers are saved.\nContinue with 'mlsd practice --resume'.\n")
        guard let (study, session) = try SessionChooser(context: context, store: store).choose(request) else { return }
        if session.answers.isEmpty {
            introduce(study, session: session, context: context)
        }
        _ = try PracticeRunner(context: context, store: store, study: study, session: session).run()
    }

    static func request(from invocation: Invocation) throws -> SessionChooser.Request {
        let caseID = invocation.argument(0)
        let random = invocation.flag(.random), resume = invocation.flag(.resume)
        if random, caseID != nil {
            throw CLIError.usage("'--random' chooses the case: give a case or --random, not both", invocation.spec)
        }
        if resume, random {
            throw CLIError.usage("'--resume' continues a session on its own case: drop --random", invocation.spec)
        }
        let step = try invocation.step()
        if step != nil, resume {
            throw CLIError.usage(
                "'--resume' keeps the steps the session was started with: drop --step", invocation.spec)
        }
        return SessionChooser.Request(
            caseID: caseID, step: step, random: random, resume: resume,
            timed: invocation.flag(.timed), hints: !invocation.flag(.noHints))
    }

    private static func introduce(_ study: CaseStudy, session: SessionRecord, context: Context) {
        let style = context.style, console = context.console
        let minutes = study.steps.filter { session.plan.contains($0.id) }.map(\.minutes).reduce(0, +)
        let steps = session.plan.count == 1 ? "1 step" : "\(session.plan.count) steps"
        console.line()
        console.line(
            style.bold(study.title)
                + style.dim("  \(study.difficulty.rawValue), \(steps), \(minutes) min\(session.timed ? ", timed" : "")")
        )
        console.line(ProseLayout.wrap(study.scenario, width: console.width, first: style.bold("Interviewer: ")))
    }
}
