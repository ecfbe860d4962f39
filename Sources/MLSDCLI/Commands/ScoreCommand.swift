import Foundation
import MLSDCore

/// `mlsd score`: scores one answer against a step's rubric, without saving anything.
enum ScoreCommand {
    static let spec = CommandSpec(
        name: "score",
        abstract: "Score an answer to one step of a case against its rubric.",
        discussion: """
            Reads the answer from --file, or from standard input, as practice reads a typed answer: to
            its end or to a line holding a single '.'. An answer keeps its first 1 MB (1,000,000 bytes
            of UTF-8); the rest is left out, with a notice on standard error.
            Nothing is saved: use 'mlsd practice' to keep answers and build review cards.

            A score of 100 means every point an expert expects, each said with its reason, number or
            mechanism; naming a point earns about a third of it. Strong from 75, adequate from 50.

            Example:
              mlsd score --case fraud-detection --step data --file answer.txt
            """,
        options: [
            OptionSpec(.case, value: "case", help: "The case study id (see 'mlsd cases').", required: true),
            OptionSpec(.step, value: "step", help: "The step: \(OptionSpec.stepValues).", required: true),
            OptionSpec(.file, value: "file", help: "Read the answer from this file ('-' for standard input)."),
            OptionSpec(.verbose, help: "Show every point made, missed and dismissed, and every pitfall."),
            .json,
        ],
        run: run
    )

    /// The documented JSON shape: exactly these keys, sorted.
    struct Report: Encodable {
        struct Quoted: Encodable { var id, title, evidence: String }
        struct Explained: Encodable { var id, title, why: String }
        struct Wrong: Encodable { var id, title, evidence, why, fix: String }
        var `case`: String
        var step: String
        var score: Double
        var level: String
        var covered: [Quoted]
        var dismissed: [Quoted]
        var missed: [Explained]
        var pitfalls: [Explained]
        var followup: String?
        var wrong: [Wrong]

        init(caseID: String, step: StepID, score: StepScore) {
            self.case = caseID
            self.step = step.rawValue
            self.score = (score.score * 10).rounded() / 10
            level = score.level.rawValue
            covered = score.covered.map { Quoted(id: $0.id, title: $0.title, evidence: $0.evidence) }
            dismissed = score.dismissed.map { Quoted(id: $0.id, title: $0.title, evidence: $0.evidence) }
            missed = score.missed.map { Explained(id: $0.id, title: $0.title, why: $0.why) }
            pitfalls = score.pitfalls.map { Explained(id: $0.id, title: $0.title, why: $0.why) }
            followup = score.followup
            wrong = score.wrong.map {
                Wrong(id: $0.id, title: $0.title, evidence: $0.evidence, why: $0.why, fix: $0.fix)
            }
        }
    }

    static func run(_ invocation: Invocation, _ context: Context) throws {
        let caseID = try invocation.required(.case)
        let step = try invocation.requiredStep()
        let study = try context.loadCase(caseID)
        let answer = try readAnswer(invocation.value(.file) ?? "-", context)
        let pitfalls = try context.store().cases.pitfalls()
        guard let scorer = StepScorer(caseStudy: study, step: step, pitfalls: pitfalls) else {
            throw CLIError("case '\(caseID)' has no rubric for the \(step.rawValue) step", code: .dataError)
        }
        let score = scorer.score(answer: answer)
        if invocation.json { return try context.printJSON(Report(caseID: caseID, step: step, score: score)) }
        context.console.line(context.style.bold(study.title) + " \u{00B7} \(step.number). \(step.title)")
        FeedbackView(console: context.console, style: context.style)
            .show(
                score, title: "Score", full: invocation.flag(.verbose),
                more: "Add --verbose for every point, dismissal and pitfall.")
        if let followup = score.followup {
            context.console.line()
            context.console.line(
                ProseLayout.wrap(followup, width: context.console.width, first: context.style.cyan("Next question: ")))
        }
    }

    /// The answer from --file or standard input, read as practice reads a typed answer: to a line
    /// holding a single '.' or the end, cut at the answer limit, bytes that are not UTF-8 read as
    /// U+FFFD (the readable words still count).
    static func readAnswer(_ source: String, _ context: Context) throws -> String {
        let file = try InputFile.open(source, what: "answer", console: context.console)
        defer { file.close() }
        if source == "-", context.console.isInteractive {
            context.console.error("Type your answer; end it with a line holding a single '.' or with Ctrl-D.\n")
        }
        let reader = AnswerReader(
            console: context.console, style: context.style, editor: { EditorLauncher(command: []) },
            environment: context.environment, file: source == "-" ? nil : file.input, noticesToStandardError: true)
        let text = reader.readText()
        try file.checkRead()
        guard text.contains(where: { $0.isLetter || $0.isNumber }) else {
            throw CLIError(
                "nothing to score: the answer in \(file.name) has no words; write an answer and try again",
                code: .noInput)
        }
        return text
    }
}
