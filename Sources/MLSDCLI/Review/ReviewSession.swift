import Foundation
import MLSDCore
import MLSDStore

/// One sitting of `mlsd review`: shows cards, reads answers and ratings, commits each rating
/// before the next card. Answers are read as lines; a rating is one keypress on a terminal (as in
/// Anki) and one line from a pipe, so a piped script reads exactly as it always has.
final class ReviewSession {
    enum Ending { case finished, quit, endOfInput, limit }

    private let context: Context
    private let setup: ReviewSetup
    private let store: Store
    private let content: CardContent
    private let caseID: String?
    private let limit: Int?
    private let newCap: Int
    /// Card ids: each card is read when its turn comes.
    private var queue: [Int64] = []
    /// Ratings committed this session, newest last: what `u` takes back.
    private(set) var rated: [(card: ReviewCard, rating: Rating)] = []
    private var newIntroduced = 0
    private var console: Console { context.console }
    /// Review answers are plain text: a line such as ':edit' is part of the answer.
    private var reader: AnswerReader {
        AnswerReader(
            console: console, style: style, editor: { EditorLauncher(command: []) }, environment: context.environment)
    }
    private var style: Style { context.style }
    /// One width for text and dividers alike.
    private var width: Int { min(console.width, ProseLayout.maximumWidth) }

    init(context: Context, setup: ReviewSetup, store: Store, caseID: String?, limit: Int?, newCap: Int) {
        self.context = context
        self.setup = setup
        self.store = store
        self.content = CardContent(store: store)
        self.caseID = caseID
        self.limit = limit
        self.newCap = newCap
    }

    /// Due cards lowest R first, then new cards; when those run out, learning cards coming due
    /// within `ReviewQueue.learnAhead`, so steps just failed are repeated in the same sitting.
    func refill() throws -> (due: Int, new: Int) {
        let now = context.now
        let plan = ReviewQueue.plan(
            due: try store.cards.dueOrderKeys(by: now, caseID: caseID),
            new: try store.cards.new(at: now, caseID: caseID, limit: newCap - newIntroduced),
            comingDue: try store.cards.due(
                by: now.addingTimeInterval(ReviewQueue.learnAhead), after: now, caseID: caseID),
            scheduler: setup.scheduler, now: now)
        queue = plan.order
        return (plan.due.count, plan.new.count)
    }

    func run() throws -> Ending {
        while true {
            if let limit, rated.count >= limit { return .limit }
            if queue.isEmpty { _ = try refill() }
            guard !queue.isEmpty else { return .finished }
            // Re-read the card: an undo or another mlsd may have changed it since it was queued.
            let queued = queue.removeFirst()
            guard let card = try store.cards.card(queued), card.isActive else { continue }
            switch try present(card) {
            case .rated, .skip: continue
            case .undo(let current): try undo(putting: current)
            case .quit: return .quit
            case .endOfInput: return .endOfInput
            }
        }
    }

    enum Step { case rated, skip, undo(ReviewCard), quit, endOfInput }

    private func present(_ card: ReviewCard) throws -> Step {
        let position = rated.count + 1
        // With --limit the count runs to the limit, not to the size of the queue.
        let total = min(rated.count + queue.count + 1, limit ?? .max)
        let tag = card.isNew ? "new" : card.stateLabel
        let label = " \(position)/\(total) · \(tag) \(card.kind.rawValue) card "
        console.line()
        console.line(style.dim("──" + label + String(repeating: "─", count: max(0, width - 2 - label.count))))
        for line in TextWrap.wrap(Paragraph(try content.heading(card)), width: width) { console.line(style.dim(line)) }
        console.line()
        for line in TextWrap.wrap(Paragraph(style.bold(try content.front(card))), width: width, indent: 2) {
            console.line(line)
        }
        console.line()
        console.line(style.dim("Answer, ending with a line holding only '.' (or press Enter to show the answer):"))
        let answer: String?
        switch readAnswer() {
        case .endOfInput: return .endOfInput
        case .command("q"): return .quit
        case .command(_): return .undo(card)
        case .text(let text): answer = text
        }
        let check = try answer.flatMap { try self.check($0, on: card) }
        if let check {
            let head = "Your answer:" + (check.headline.map { " \($0) \u{2014}" } ?? "")
            for line in TextWrap.wrap(Paragraph(head + " " + check.summary), width: width) {
                console.line(line.hasPrefix(head) ? style.bold(head) + line.dropFirst(head.count) : line)
            }
        }
        try reveal(card)
        return try rate(card, answer: answer, check: check)
    }

    /// Scores a typed answer against the card's rubric; nil when the rubric is gone.
    private func check(_ answer: String, on card: ReviewCard) throws -> AnswerCheck? {
        guard let study = try content.study(card.caseID), let step = study.step(card.step) else { return nil }
        switch card.kind {
        case .step:
            return AnswerCheck.step(step, scenario: study.scenario, pitfalls: try pitfalls(), answer: answer)
        case .point:
            return try content.point(of: card).map { AnswerCheck.point($0, in: step, answer: answer) }
        }
    }

    private var cachedPitfalls: [Pitfall]?
    private func pitfalls() throws -> [Pitfall] {
        if let cachedPitfalls { return cachedPitfalls }
        let loaded = try store.cases.pitfalls()
        cachedPitfalls = loaded
        return loaded
    }

    private enum AnswerInput { case text(String?), command(String), endOfInput }

    /// Lines until '.' or end of input. An empty first line reveals; 'q' or 'u' alone are commands.
    private func readAnswer() -> AnswerInput {
        guard let first = console.readLine() else { return .endOfInput }
        let word = first.trimmingCharacters(in: .whitespaces).lowercased()
        if word.isEmpty { return .text(nil) }
        if word == "q" || word == "u" { return .command(word) }
        if word == "." { return .text(nil) }
        return .text(reader.readText(from: first))
    }

    private func reveal(_ card: ReviewCard) throws {
        console.line()
        console.line(style.dim("── answer " + String(repeating: "─", count: max(0, width - 10))))
        for paragraph in try content.back(card, style: style) {
            for line in TextWrap.wrap(paragraph, width: width, indent: 2) { console.line(line) }
        }
        console.line()
    }

    private func rate(_ card: ReviewCard, answer: String?, check: AnswerCheck?) throws -> Step {
        let previews = setup.scheduler.preview(
            card: card.memory, now: context.now, seed: card.nextSeed,
            interview: setup.interview(at: context.now))
        console.line("  " + previews.map(\.label).joined(separator: "   "))
        if let check {
            console.line(
                style.dim(
                    "  Suggested from your answer: \(check.suggested.rawValue) \(check.suggested.title) "
                        + "(Enter accepts it)"
                ))
        }
        while true {
            guard let word = readRating() else { console.line(); return .endOfInput }
            if word == "q" { return .quit }
            if word == "u" { return .undo(card) }
            guard let rating = Rating(parsing: word) ?? (word.isEmpty ? check?.suggested : nil) else {
                if !word.isEmpty { console.line(style.yellow("'\(word)' is not a rating: \(ratingHelp).")) }
                continue
            }
            let now = context.now
            let outcome: ReviewOutcome
            do {
                outcome = try store.cards.review(card.id, answer: answer, score: check?.score) {
                    setup.scheduler.review($0, rating: rating, now: now, interview: setup.interview(at: now))
                }
            } catch CardError.suspended(_), CardError.notFound(_) {
                console.line(style.yellow("This card was suspended or removed meanwhile; skipping it."))
                return .skip
            }
            rated.append((outcome.before, rating))
            if card.isNew { newIntroduced += 1 }
            let due = outcome.after.memory.due
            let time = TimeText(timeZone: setup.calendar.timeZone)
            var note =
                "\(rating.title): next in \(outcome.log.explanation.shortInterval) (\(time.short(due, now: now)))"
            if outcome.log.explanation.cappedByInterview { note += ", the eve of the interview" }
            console.line(style.dim(note))
            return .rated
        }
    }

    private var ratingHelp: String {
        console.isInteractive
            ? "press 1 Again, 2 Hard, 3 Good or 4 Easy (or a/h/g/e)"
            : "type 1 Again, 2 Hard, 3 Good or 4 Easy (or a/h/g/e)"
    }

    /// The rating as typed, lower-cased and trimmed ("" for Enter); nil at the end of input. On a
    /// terminal one keypress answers, echoed before mlsd says what it did; otherwise one line.
    private func readRating() -> String? {
        while console.canReadKey {
            switch console.readKey(prompt: "Press 1-4 (a/h/g/e), u undo, q quit: ") {
            case .end: return nil
            case .enter: console.line(); return ""
            case .character(let key): console.line(String(key)); return String(key).lowercased()
            case .other:
                console.line()
                console.line(style.yellow("That key is not a rating: \(ratingHelp)."))
            }
        }
        console.write("Rate 1-4 (a/h/g/e), u undo, q quit: ")
        guard let line = console.readLine() else { return nil }
        if !console.isInteractive { console.line(line) }
        return line.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// Takes back the last rating of the session and shows that card again, then `current`.
    private func undo(putting current: ReviewCard) throws {
        queue.insert(current.id, at: 0)
        guard let last = rated.popLast() else {
            console.line(style.yellow("Nothing to undo in this session."))
            return
        }
        do {
            let (card, undone) = try store.cards.undoLastReview(of: last.card.id)
            if card.isNew { newIntroduced -= 1 }
            queue.insert(card.id, at: 0)
            console.line(style.dim("Undid \(undone.rating.title) on the previous card; here it is again."))
        } catch let error as CardError {
            console.line(style.yellow(CLIError.card(error).message))
        }
    }

    /// Counts for the summary, from the ratings still standing.
    var summary: (reviewed: Int, again: Int) {
        (rated.count, rated.filter { $0.rating == .again }.count)
    }
}
