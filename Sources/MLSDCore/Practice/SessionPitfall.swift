import Foundation

/// A mistake that shows only across a whole session: where the time and words went, which steps
/// were left out. Step-level pitfalls come from the scorer; these come from the outcomes alone.
public struct SessionPitfall: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var why: String

    public init(id: String, title: String, why: String) {
        self.id = id
        self.title = title
        self.why = why
    }

    /// Below this many words in total the balance rules say nothing: the answers are too short to weigh.
    static let minimumWords = 150

    public static func detect(in steps: [StepOutcome]) -> [SessionPitfall] {
        [skipped(steps), modelHeavy(steps), thinRequirements(steps), overTime(steps), hintHeavy(steps)].compactMap {
            $0
        }
    }

    static func skipped(_ steps: [StepOutcome]) -> SessionPitfall? {
        let left = steps.filter { $0.status != .answered }.map(\.step)
        guard !left.isEmpty else { return nil }
        let names = left.map(\.title).joined(separator: ", ")
        return SessionPitfall(
            id: "skipped-steps", title: "Left out: \(names)",
            why:
                "An interviewer expects every step; even two rough sentences show you know it exists, "
                + "and silence scores nothing."
        )
    }

    /// Most of the words on the model while the data pipeline and serving were thin: the classic
    /// candidate who designs a network and forgets the system around it.
    static func modelHeavy(_ steps: [StepOutcome]) -> SessionPitfall? {
        let words = Dictionary(steps.map { ($0.step, $0.words) }, uniquingKeysWith: +)
        let total = words.values.reduce(0, +)
        guard total >= minimumWords, let model = words[.model], let data = words[.data], let serving = words[.serving]
        else { return nil }
        let share = { (count: Int) in Double(count) / Double(total) }
        guard share(model) >= 0.4, share(data) < 0.1 || share(serving) < 0.1 else { return nil }
        let percent = { (count: Int) in "\(Int((share(count) * 100).rounded()))%" }
        return SessionPitfall(
            id: "model-heavy", title: "Most of your words went to the model",
            why:
                "\(percent(model)) of your words were on the model, \(percent(data)) "
                + "on the data pipeline and \(percent(serving)) on serving. Interviewers judge the whole system, "
                + "and real systems fail in their data and serving far more often than in their architecture."
        )
    }

    static func thinRequirements(_ steps: [StepOutcome]) -> SessionPitfall? {
        guard steps.count > 1, let requirements = steps.first(where: { $0.step == .requirements }),
            requirements.status == .answered, requirements.words < 30
        else { return nil }
        return SessionPitfall(
            id: "rushed-requirements", title: "Rushed the requirements",
            why:
                "You spent \(requirements.words) words clarifying before designing. Scale, "
                + "latency and what success means decide the architecture; "
                + "asking first is what separates a design from a guess."
        )
    }

    static func overTime(_ steps: [StepOutcome]) -> SessionPitfall? {
        let seconds = steps.map(\.seconds).reduce(0, +), budget = steps.map(\.budget).reduce(0, +)
        guard budget > 0, seconds > budget * 1.25 else { return nil }
        let worst = steps.max { ($0.seconds - $0.budget) < ($1.seconds - $1.budget) }!
        return SessionPitfall(
            id: "over-time", title: "Ran over time",
            why:
                "You took \(ClockText.format(seconds)) for \(ClockText.minutes(budget)); "
                + "most of the overrun was in \(worst.step.title) (\(ClockText.format(worst.seconds)) "
                + "for \(ClockText.minutes(worst.budget))). A real interview ends on time, "
                + "and the steps left unsaid score nothing."
        )
    }

    static func hintHeavy(_ steps: [StepOutcome]) -> SessionPitfall? {
        let withHints = steps.filter { $0.hintsUsed > 0 }.count
        guard steps.count > 1, withHints * 2 > steps.count else { return nil }
        return SessionPitfall(
            id: "hint-reliance", title: "Leaned on hints",
            why:
                "You asked for hints in \(withHints) of \(steps.count) steps. In the interview nobody prompts you: "
                + "practise opening each step from the framework alone."
        )
    }
}
