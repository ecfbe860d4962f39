import Foundation
import MLSDCore
import MLSDStore

/// Decides what `mlsd practice` runs: which case (argument, menu or `--random`) and whether to
/// resume an unfinished session on it or start afresh.
struct SessionChooser {
    struct Request {
        var caseID: String?
        var step: StepID?
        var random: Bool
        var resume: Bool
        var timed: Bool
        var hints: Bool
    }

    let context: Context
    let store: Store
    var console: Console { context.console }
    var style: Style { context.style }

    /// The case and session to run, or nil when the user backed out (end of input at a question).
    func choose(_ request: Request) throws -> (CaseStudy, SessionRecord)? {
        if request.resume { return try resume(request.caseID) }
        let caseID: String
        if let id = request.caseID {
            caseID = id
        } else if request.random {
            caseID = try pickRandom()
        } else {
            // On a terminal, an unfinished session is offered before the list of cases.
            if console.isInteractive, let active = try store.sessions.latestActive(),
                let study = try store.cases.load(active.caseID)
            {
                switch askToResume(active, study: study) {
                case nil: return nil
                case true?: return (study, active)
                case false?: break
                }
            }
            guard let id = try CaseMenu(console: console, style: style).choose(from: try store.cases.summaries()) else {
                return nil
            }
            caseID = id
        }
        let study = try context.loadCase(caseID)
        let plan = SessionProgress.plan(for: study, only: request.step)
        guard !plan.isEmpty else {
            throw CLIError("the case '\(study.id)' has no step '\(request.step?.rawValue ?? "")'", code: .dataError)
        }
        if let active = try store.sessions.latestActive(caseID: study.id) {
            if console.isInteractive {
                switch askToResume(active, study: study) {
                case nil: return nil
                case true?: return (study, active)
                case false?: break
                }
            } else {
                console.line(
                    ProseLayout.wrap(
                        "Starting a new session. The unfinished one on this case from \(Self.when(active.updatedAt)) "
                            + "(\(describe(active))) is closed, its answers kept; "
                            + "next time use --resume to continue one instead.",
                        width: console.width))
            }
            try store.sessions.abandon(active.id, now: context.now)
        }
        let session = try store.sessions.create(
            caseID: study.id, plan: plan, timed: request.timed,
            hints: request.hints, now: context.now)
        return (study, session)
    }

    private func resume(_ caseID: String?) throws -> (CaseStudy, SessionRecord) {
        if let caseID { _ = try context.loadCase(caseID) }
        guard let session = try store.sessions.latestActive(caseID: caseID) else {
            let target = caseID.map { "on '\($0)' " } ?? ""
            throw CLIError(
                "there is no unfinished session \(target)to resume; start one with 'mlsd practice "
                    + "\(caseID ?? "[CASE]")'",
                code: .noInput)
        }
        let study = try context.loadCase(session.caseID)
        console.line(
            ProseLayout.wrap(
                "Resuming your session on \(study.title) from \(Self.when(session.startedAt)) (\(describe(session))).",
                width: console.width))
        return (study, session)
    }

    /// nil when input ended before an answer.
    private func askToResume(_ session: SessionRecord, study: CaseStudy) -> Bool? {
        console.line(
            ProseLayout.wrap(
                "You have an unfinished session on \(study.title) from \(Self.when(session.updatedAt)) "
                    + "(\(describe(session))).",
                width: console.width))
        while true {
            console.write("Resume it? [Y/n] ")
            guard let line = console.readLine() else { console.line(); return nil }
            switch line.trimmingCharacters(in: .whitespaces).lowercased() {
            case "", "y", "yes": return true
            case "n", "no": return false
            default: console.line("Please answer y or n.")
            }
        }
    }

    private func pickRandom() throws -> String {
        let cases = try store.cases.summaries()
        var generator = SplitMix64(seed: UInt64.random(in: .min ... .max))
        let records = cases.map {
            CaseRecord(id: $0.id, attempts: $0.attempts, bestScore: $0.bestScore, difficulty: $0.difficulty)
        }
        guard let choice = CasePicker.choose(from: records, using: &generator),
            let chosen = cases.first(where: { $0.id == choice.id })
        else {
            throw CLIError("there are no case studies to practise; see 'mlsd cases'", code: .noInput)
        }
        let why =
            switch choice.reason {
            case .firstEasy: "an easy one to start with"
            case .fresh: "not practised yet"
            case .weakest: "your weakest, best \(Int((chosen.bestScore ?? 0).rounded()))"
            }
        console.line("Picked at random: \(chosen.title) (\(chosen.id), \(why)).")
        return choice.id
    }

    private func describe(_ session: SessionRecord) -> String {
        let done = session.answers.doneSteps.intersection(session.plan).count
        return "\(done) of \(session.plan.count) step\(session.plan.count == 1 ? "" : "s") done"
    }

    static func when(_ date: Date) -> String { LocalTime.minute(date, in: .current) }
}
