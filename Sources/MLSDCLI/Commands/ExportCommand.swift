import Foundation
import MLSDCore
import MLSDStore

/// `mlsd export`: markdown notes of past attempts, one file per case, or a one-page cheatsheet.
enum ExportCommand {
    static let spec = CommandSpec(
        name: "export",
        abstract: "Write your attempts as markdown notes, one file per case.",
        discussion: """
            Each file (<case-id>.md, or <case-id>-session-<id>.md with --session) has
            YAML front matter, the scenario, every attempt step by step (your answer
            verbatim, score, covered and missed points, follow-ups), the model outline
            and your review cards. Existing files are kept unless --force is given.
            Answers keep every character except controls: tab and newline stay,
            carriage returns become newlines, others are shown as symbols (ESC as ␛).

            Examples:
              mlsd export --out notes
              mlsd export --case video-recommendation --out -
              mlsd export --cheatsheet --out notes
            """,
        options: [
            OptionSpec(.case, value: "case", help: "Only this case."),
            OptionSpec(.session, value: "id", help: "Only this session (see 'mlsd history')."),
            OptionSpec(
                .out, short: "o", value: "dir",
                help:
                    "Folder to write to, created if missing (default: the current folder); "
                    + "'-' prints to standard output."
            ),
            OptionSpec(.force, short: "f", help: "Overwrite files that already exist."),
            OptionSpec(
                .cheatsheet,
                help:
                    "Write a one-page checklist instead (mlsd-cheatsheet.md): the framework, "
                    + "the points that recur across cases, your weak spots and the pitfalls."
            ),
            .json,
        ],
        run: run
    )

    struct Written: Encodable {
        var caseID: String?
        var path: String
        var attempts: Int
    }

    struct Report: Encodable {
        var files: [Written]
        var skipped: [String]
    }

    static func run(_ invocation: Invocation, _ context: Context) throws {
        let out = invocation.value(.out) ?? "."
        if out.isEmpty {
            throw CLIError.usage("'--out' needs a folder, or '-' for standard output", invocation.spec)
        }
        let toStdout = out == "-"
        if invocation.flag(.cheatsheet), invocation.value(.case) != nil || invocation.value(.session) != nil {
            throw CLIError.usage(
                "'--cheatsheet' covers every case; it cannot be combined with '--case' or '--session'", invocation.spec)
        }
        if toStdout, invocation.json {
            throw CLIError.usage(
                "'--json' reports the files written, so it cannot be combined with '--out -'", invocation.spec)
        }
        let (documents, skipped) = try documents(invocation, context)
        if toStdout {
            guard documents.count == 1 else {
                throw CLIError.usage(
                    "\(documents.count) cases to export: choose one with '--case <case>' to print it, "
                        + "or write files with '--out <dir>'",
                    invocation.spec)
            }
            context.console.write(try documents[0].render().text)
            if !skipped.isEmpty { context.console.error(skippedNote(skipped)) }
            return
        }
        var written: [Written] = []
        try ExportWriter(folder: out, force: invocation.flag(.force)).write(documents) { document, path, attempts in
            written.append(Written(caseID: document.caseID, path: path, attempts: attempts))
            if !invocation.json {
                let what = document.caseID == nil ? "" : " (\(attempts) attempt\(attempts == 1 ? "" : "s"))"
                context.console.line("Wrote \(path)\(what).")
            }
        }
        if invocation.json { return try context.printJSON(Report(files: written, skipped: skipped)) }
        if !skipped.isEmpty { context.console.write(skippedNote(skipped)) }
    }

    static func skippedNote(_ skipped: [String]) -> String {
        "Skipped \(skipped.count) case\(skipped.count == 1 ? "" : "s") with no attempts yet.\n"
    }

    /// The documents to write, each rendered only when it is written, and the ids of cases
    /// skipped for having no attempts.
    static func documents(_ invocation: Invocation, _ context: Context) throws -> ([PendingDocument], [String]) {
        let store = try context.store()
        if invocation.flag(.cheatsheet) {
            return (
                [
                    PendingDocument(fileName: "mlsd-cheatsheet.md", caseID: nil) {
                        let cases = try store.cases.ids().compactMap { try store.cases.load($0) }
                        let text = CheatsheetRenderer.render(
                            cases: cases, pitfalls: try store.cases.pitfalls(),
                            strengths: ProgressSummary.stepStrengths(try store.history.sessions()),
                            misses: try store.history.pointMisses())
                        return (text, 0)
                    }
                ], []
            )
        }
        let renderer = CaseNotesRenderer(exportedAt: context.now, timeZone: context.timeZone)
        if let raw = invocation.value(.session) {
            guard let id = Int(raw), id > 0 else {
                throw CLIError.usage(
                    "The value '\(raw)' is invalid for '--session <id>': "
                        + "expected a session number (see 'mlsd history')",
                    invocation.spec)
            }
            guard let session = try store.history.session(id: id) else {
                throw CLIError("no session \(id); see 'mlsd history' for session numbers", code: .noInput)
            }
            if let requested = invocation.value(.case), requested != session.caseID {
                throw CLIError.usage(
                    "session \(id) is a session of '\(session.caseID)', not '\(requested)'", invocation.spec)
            }
            guard let notes = try notes(session.caseID, sessionID: id, store) else {
                throw CLIError("session \(id) has no answers to export; answer at least one step first", code: .noInput)
            }
            let name = ExportFileName.forCase(session.caseID, suffix: "-session-\(id)")
            return ([PendingDocument(fileName: name, caseID: session.caseID) { (renderer.render(notes), 1) }], [])
        }
        if let requested = invocation.value(.case) {
            let id = try context.knownCaseID(requested)
            guard let notes = try notes(id, sessionID: nil, store) else {
                throw CLIError(
                    "no attempts at '\(id)' to export yet; practise it first with 'mlsd practice \(id)'", code: .noInput
                )
            }
            return (
                [
                    PendingDocument(fileName: ExportFileName.forCase(id), caseID: id) {
                        (renderer.render(notes), notes.attempts.count)
                    }
                ], []
            )
        }
        // Retired cases keep their history, so they are exported too when they have any. Which
        // cases have attempts is one indexed probe each; their notes are loaded one case at a
        // time, as each file is written, so memory does not grow with the history.
        let current = try store.cases.ids()
        let practised = try store.history.practisedCaseIDs()
        let retired = try store.cases.ids(includeRetired: true).filter {
            !current.contains($0) && practised.contains($0)
        }
        let found = (current + retired).filter(practised.contains)
        let skipped = current.filter { !practised.contains($0) }
        guard !found.isEmpty else {
            throw CLIError(
                "nothing to export yet: practise a case first with 'mlsd practice <id>' (see 'mlsd cases')",
                code: .noInput)
        }
        let documents = zip(found, ExportFileName.forCases(found)).map { id, name in
            PendingDocument(fileName: name, caseID: id) {
                guard let notes = try notes(id, sessionID: nil, store) else {
                    throw CLIError(
                        "the attempts at '\(id)' changed while exporting; run 'mlsd export' again", code: .busy)
                }
                return (renderer.render(notes), notes.attempts.count)
            }
        }
        return (documents, skipped)
    }

    /// A case's notes, or nil when it has no attempt with answers.
    static func notes(_ caseID: String, sessionID: Int?, _ store: Store) throws -> CaseNotes? {
        let all = try store.history.attempts(caseID: caseID)
        let chosen = sessionID.map { id in all.filter { $0.session.id == id } } ?? all
        guard !chosen.isEmpty, let study = try store.cases.load(caseID) else { return nil }
        return CaseNotes(
            study: study, attempts: chosen, totalAttempts: all.count,
            bestScore: try store.history.bestOverall(caseID: caseID),
            cards: try store.reviewProgress.cards(caseID: caseID), sessionID: sessionID)
    }
}

/// One file to write, rendered when it is written: the text and the attempts it holds.
struct PendingDocument {
    var fileName: String
    var caseID: String?
    var render: () throws -> (text: String, attempts: Int)
}
