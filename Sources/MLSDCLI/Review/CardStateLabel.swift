import MLSDCore
import MLSDStore

extension ReviewCard {
    /// "new", "learn 2", "review", "relearn 1", or why the card is not shown.
    var stateLabel: String {
        if suspended { return "suspended" }
        if retired { return "retired" }
        if isNew { return "new" }
        switch memory.state {
        case .learning: return "learn \((memory.step ?? 0) + 1)"
        case .relearning: return "relearn \((memory.step ?? 0) + 1)"
        case .review: return "review"
        }
    }
}
