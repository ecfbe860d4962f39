import Foundation
import MLSDCore
import MLSDStore

/// `mlsd cards`: the review cards and their schedules; subcommands inspect and manage one card.
enum CardsCommand {
    static let spec = CommandSpec(
        name: "cards",
        abstract: "List review cards and their schedules.",
        discussion: """
            A point card asks about one rubric point (created when practice misses it, or
            with 'mlsd cards add --all-points'); a step card asks for a whole step of a
            case. Columns: S is stability (days until recall falls to 90%), D difficulty
            (1-10), R the probability of recall now. States: new, learn N / relearn N (short
            steps), review.
            """,
        options: [OptionSpec(.due, help: "Only cards due for review now (not new cards)."), .cardsOfCase, .json],
        subcommands: [
            CardsShowCommand.spec, CardsManageCommand.add, CardsManageCommand.suspend,
            CardsManageCommand.unsuspend, CardsManageCommand.reset, CardsManageCommand.undo,
        ],
        run: list
    )

    static func list(_ invocation: Invocation, _ context: Context) throws {
        let setup = try ReviewSetup.load(context)
        let store = try context.store()
        let caseID = invocation.value(.case)
        if let caseID { _ = try context.loadCase(caseID) }
        let now = context.now
        let cards = try store.cards.list(caseID: caseID, dueBy: invocation.flag(.due) ? now : nil)
        if invocation.json {
            return try context.printJSON(cards.map { CardJSON($0, scheduler: setup.scheduler, now: now) })
        }
        let console = context.console, style = context.style
        guard !cards.isEmpty else {
            console.line(
                invocation.flag(.due)
                    ? "No cards are due now."
                    : "No cards yet. Practise a case ('mlsd practice ID') or add cards with 'mlsd cards add --case ID'."
            )
            return
        }
        let idWidth = max(2, cards.map { String($0.id).count }.max() ?? 2)
        let pointWidth = max(12, console.width - idWidth - 61)
        var currentCase = ""
        for card in cards {
            if card.caseID != currentCase {
                if !currentCase.isEmpty { console.line() }
                currentCase = card.caseID
                console.line(style.bold(card.caseID))
                console.line(
                    style.dim(
                        pad("id", idWidth, right: true) + "  " + pad("step", 12) + "  " + pad("point", pointWidth)
                            + "  " + pad("state", 9) + "  " + pad("S", 6, right: true) + "  " + pad("D", 5, right: true)
                            + "  " + pad("R", 5, right: true) + "  due"))
            }
            let memory = card.memory
            let recall = memory.reps == 0 ? "-" : TimeText.percent(setup.scheduler.retrievability(of: memory, at: now))
            let due = memory.reps == 0 ? "-" : TimeText.relative(memory.due, from: now)
            console.line(
                pad(String(card.id), idWidth, right: true) + "  " + pad(card.step.rawValue, 12) + "  "
                    + pad(card.pointID ?? "(step card)", pointWidth) + "  " + pad(card.stateLabel, 9) + "  "
                    + pad(TimeText.number(memory.stability), 6, right: true) + "  "
                    + pad(TimeText.number(memory.difficulty), 5, right: true) + "  " + pad(recall, 5, right: true)
                    + "  " + due)
        }
        let dueNow = cards.filter { $0.isActive && !$0.isNew && $0.memory.due <= now }.count
        let new = cards.filter { $0.isActive && $0.isNew }.count
        console.line()
        let footer =
            "\(cards.count) card\(cards.count == 1 ? "" : "s"): \(dueNow) due now, \(new) new. "
            + "'mlsd cards show ID' explains one; 'mlsd review' starts a session."
        for line in TextWrap.wrap(Paragraph(footer), width: console.width) { console.line(style.dim(line)) }
    }

    private static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        TerminalLayout.fit(text, width, right: right)
    }
}
