/// Where a card is in the FSRS life cycle.
///
/// Raw values match py-fsrs's `State` so stored states and the conformance fixtures line up.
/// There is no separate "new" state: as in py-fsrs, a card never reviewed is in `learning` at step 0
/// with no stability or difficulty (`MemoryCard.isNew`).
public enum CardState: Int, CaseIterable, Codable, Sendable, CustomStringConvertible {
    /// Short, minute-scale steps before the first day-scale interval.
    case learning = 1
    /// Day-scale intervals chosen from stability and desired retention.
    case review = 2
    /// Short steps again after a lapse, before returning to `review`.
    case relearning = 3

    public var name: String {
        switch self {
        case .learning: "learning"
        case .review: "review"
        case .relearning: "relearning"
        }
    }

    public var description: String { name }
}
