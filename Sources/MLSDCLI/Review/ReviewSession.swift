import Foundation
import MLSDCore
import MLSDStore

/// One sitting of `mlsd review`: shows cards, reads answers and ratings, commits each rating
/// before the next card. Reads lines only, so a terminal and a piped script behave the same.
final class ReviewSession {
    enum Ending { case finished, quit, endOfInput, limit }

    private let context: Context
    private let setup: ReviewSetup
    private let store: Store
    private let content: CardContent
    private let caseID: String?
    private let limit: Int?
    private let newCap: Int
    private var queue: [ReviewCard] = []
    /// Ratings committed this session, newest last: what `u` takes back.
    private(set) var rated: [(card: ReviewCard, rating: Rating)] = []
    private var newIntroduced = 0
    private var console: Console { context.console }
    private var style: Style { context.style }

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
        let dueNow = try store.cards.due(by: now, caseID: caseID)
        let ahead = ReviewQueue.learningAhead(
            try store.cards.due(by: now.addingTimeInterval(ReviewQueue.learnAhead), caseID: caseID)
                .filter { $0.memory.due > now }, now: now)
        let new = try store.cards.new(at: now, caseID: caseID, limit: newCap - newIntroduced)
        let due = ReviewQueue.orderDue(dueNow, scheduler: setup.scheduler, now: now)
        queue = due + new + (due.isEmpty && new.isEmpty ? ahead : [])
        return (due.count, new.count)
    }

    func run() throws -> Ending {
        while true {
            if let limit, rated.count >= limit { return .limit }
            if queue.isEmpty { _ = try refill() }
            guard !queue.isEmpty else { return .finished }
            // Re-read the card: an undo or another mlsd may have changed it since it was queued.
            let queued = queue.removeFirst()
            guard let card = try store.cards.card(queued.id), !card.suspended else { continue }
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
        let total = rated.count + queue.count + 1
        let tag = card.isNew ? "new" : CardsCommand.stateLabel(card)
        let label = " \(position)/\(total) · \(tag) \(card.kind.rawValue) card "
        console.line()
        console.line(style.dim("──" + label + String(repeating: "─", count: max(0, min(console.width, 80) - 2 - label.count))))
        for line in TextWrap.wrap(Paragraph(try content.heading(card)), width: console.width) { console.line(style.dim(line)) }
        console.line()
        for line in TextWrap.wrap(Paragraph(style.bold(try content.front(card))), width: console.width, indent: 2) {
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
            console.line(style.bold("Your answer: \(Int(check.score.rounded()))/100") + " \u{2014} \(check.summary)")
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
        var lines = [first]
        while let line = console.readLine(), line.trimmingCharacters(in: .whitespaces) != "." {
            lines.append(line)
        }
        return .text(lines.joined(separator: "\n"))
    }

    private func reveal(_ card: ReviewCard) throws {
        console.line()
        console.line(style.dim("── answer " + String(repeating: "─", count: max(0, min(console.width, 80) - 10))))
        for paragraph in try content.back(card, style: style) {
            for line in TextWrap.wrap(paragraph, width: console.width, indent: 2) { console.line(line) }
        }
        console.line()
    }

    private func rate(_ card: ReviewCard, answer: String?, check: AnswerCheck?) throws -> Step {
        let previews = setup.scheduler.preview(card: card.memory, now: context.now, seed: card.nextSeed,
                                               interview: setup.interview(at: context.now))
        console.line("  " + previews.map(\.label).joined(separator: "   "))
        if let check {
            console.line(style.dim("  Suggested from your answer: \(check.suggested.rawValue) \(check.suggested.title) (Enter accepts it)"))
        }
        while true {
            console.write("Rate 1-4 (a/h/g/e), u undo, q quit: ")
            guard let line = console.readLine() else { console.line(); return .endOfInput }
            if !console.isInteractive { console.line(line) }
            let word = line.trimmingCharacters(in: .whitespaces).lowercased()
            if word == "q" { return .quit }
            if word == "u" { return .undo(card) }
            guard let rating = Rating(parsing: word) ?? (word.isEmpty ? check?.suggested : nil) else {
                if !word.isEmpty { console.line(style.yellow("'\(line)' is not a rating: type 1 Again, 2 Hard, 3 Good or 4 Easy (or a/h/g/e).")) }
                continue
            }
            let now = context.now
            let outcome: ReviewOutcome
            do {
                outcome = try store.cards.review(card.id, rating: rating, now: now, scheduler: setup.scheduler,
                                                 interview: setup.interview(at: now), answer: answer, score: check?.score)
            } catch CardError.suspended(_), CardError.notFound(_) {
                console.line(style.yellow("This card was suspended or removed meanwhile; skipping it."))
                return .skip
            }
            rated.append((outcome.before, rating))
            if card.isNew { newIntroduced += 1 }
            let due = outcome.after.memory.due
            let time = TimeText(timeZone: setup.calendar.timeZone)
            var note = "\(rating.title): next in \(outcome.log.explanation.shortInterval) (\(time.short(due, now: now)))"
            if outcome.log.explanation.cappedByInterview { note += ", the eve of the interview" }
            console.line(style.dim(note))
            return .rated
        }
    }

    /// Takes back the last rating of the session and shows that card again, then `current`.
    private func undo(putting current: ReviewCard) throws {
        queue.insert(current, at: 0)
        guard let last = rated.popLast() else {
            console.line(style.yellow("Nothing to undo in this session."))
            return
        }
        do {
            let (card, undone) = try store.cards.undoLastReview(of: last.card.id)
            if card.isNew { newIntroduced -= 1 }
            queue.insert(card, at: 0)
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
