import Foundation
import MLSDCore
import MLSDStore

/// `mlsd cards add|suspend|unsuspend|reset|undo`: creating cards and changing one card's standing.
enum CardsManageCommand {
    static let idArgument = ArgumentSpec(name: "card-id", help: "The card, as listed by 'mlsd cards'.")

    static let add = CommandSpec(
        name: "add",
        abstract: "Create review cards for a case.",
        discussion: """
            Creates a step card for each step of the case (or only --step), and with
            --all-points a point card for every rubric point too. Cards that already exist
            keep their schedules. New cards are introduced by 'mlsd review', up to
            new_cards_per_day.

            Examples:
              mlsd cards add --case video-recommendation
              mlsd cards add --case video-recommendation --step metrics --all-points
            """,
        options: [
            OptionSpec(.case, value: "case", help: "The case whose steps get cards.", required: true),
            OptionSpec(.step, value: "step", help: "Only this step: \(OptionSpec.stepValues)."),
            OptionSpec(.allPoints, help: "Also a point card for every rubric point."), .json,
        ],
        run: runAdd
    )
    static let suspend = CommandSpec(
        name: "suspend", abstract: "Stop showing a card (its schedule is kept).",
        arguments: [idArgument], run: { try setSuspended($0, $1, true) })
    static let unsuspend = CommandSpec(
        name: "unsuspend", abstract: "Show a suspended card again.",
        arguments: [idArgument], run: { try setSuspended($0, $1, false) })
    static let reset = CommandSpec(
        name: "reset", abstract: "Make a card new again (its history is kept).",
        arguments: [idArgument], run: runReset)
    static let undo = CommandSpec(
        name: "undo", abstract: "Take back a card's last review.",
        discussion: "The card returns to exactly its state before that review.",
        arguments: [idArgument], run: runUndo)

    struct Added: Encodable {
        var caseID: String
        var created: [Int64]
        var existing: Int
    }

    static func runAdd(_ invocation: Invocation, _ context: Context) throws {
        let caseID = try invocation.required(.case)
        let study = try context.loadCase(caseID)
        let step = try invocation.step()
        let keys = CardKey.keys(for: study, step: step, allPoints: invocation.flag(.allPoints))
        let cards = try context.store().cards
        // Created per kind, so the confirmation can say which kind was new.
        let steps = try cards.create(keys.filter { $0.kind == .step }, now: context.now)
        let points = try cards.create(keys.filter { $0.kind == .point }, now: context.now)
        let existing = keys.count - steps.count - points.count
        if invocation.json {
            return try context.printJSON(Added(caseID: caseID, created: steps + points, existing: existing))
        }
        var message = "\(caseID): added \(steps.count) step card\(steps.count == 1 ? "" : "s")"
        if invocation.flag(.allPoints) { message += " and \(points.count) point card\(points.count == 1 ? "" : "s")" }
        if existing > 0 { message += " (\(existing) already existed)" }
        message += ". New cards are introduced by 'mlsd review'."
        for line in TextWrap.wrap(Paragraph(message), width: context.console.width) { context.console.line(line) }
    }

    static func setSuspended(_ invocation: Invocation, _ context: Context, _ suspended: Bool) throws {
        let id = try CLIError.cardID(invocation.arguments[0], invocation.spec)
        do {
            let card = try context.store().cards.setSuspended(id, suspended)
            context.console.line(
                "Card \(id) (\(CardContent.label(card))) "
                    + (suspended ? "suspended: it is kept but not shown." : "is back in review."))
        } catch let error as CardError {
            throw CLIError.card(error)
        }
    }

    static func runReset(_ invocation: Invocation, _ context: Context) throws {
        let id = try CLIError.cardID(invocation.arguments[0], invocation.spec)
        do {
            let store = try context.store()
            guard let before = try store.cards.card(id) else { throw CardError.notFound(id) }
            let card = try store.cards.reset(id, now: context.now)
            context.console.line(
                "Card \(id) (\(CardContent.label(card))) is new again "
                    + "(was \(before.stateLabel) after \(before.memory.reps) "
                    + "review\(before.memory.reps == 1 ? "" : "s"); its history is kept)."
            )
        } catch let error as CardError {
            throw CLIError.card(error)
        }
    }

    static func runUndo(_ invocation: Invocation, _ context: Context) throws {
        let id = try CLIError.cardID(invocation.arguments[0], invocation.spec)
        let setup = try ReviewSetup.load(context)
        do {
            let (card, undone) = try context.store().cards.undoLastReview(of: id)
            let time = TimeText(timeZone: setup.calendar.timeZone)
            context.console.line(
                "Undid the \(undone.rating.title) of \(time.local(undone.reviewedAt)) on card \(id): "
                    + "back to \(card.stateLabel), due \(time.local(card.memory.due)).")
        } catch let error as CardError {
            throw CLIError.card(error)
        }
    }
}
