/// A classic mistake, shared by all cases, detected from the words of an answer to one of its steps.
///
/// It fires when the answer mentions one of `triggers` (or `triggers` is empty) and covers none of
/// `unless`; an `unless` phrasing that the answer dismisses ("no need for a baseline") fires it too.
public struct Pitfall: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var why: String
    public var steps: [StepID]
    public var triggers: [String]
    public var unless: [String]

    public init(id: String, title: String, why: String, steps: [StepID], triggers: [String], unless: [String]) {
        self.id = id
        self.title = title
        self.why = why
        self.steps = steps
        self.triggers = triggers
        self.unless = unless
    }
}
