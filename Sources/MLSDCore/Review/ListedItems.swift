/// The items of an answer written as a list ("device fingerprint, IP reputation, VPN"), for
/// point cards: a question such as "which signals would you use?" is answered by naming them.
///
/// Practice scores a list low on purpose (naming topics is not explaining them). A recall card
/// only asks whether the point came back, so each item is judged on its own, as if it had been
/// said in a sentence: the list's shape costs nothing, and only items that match the point count.
struct ListedItems {
    /// Items longer than this are prose, which the ordinary scorer already judges.
    static let maximumWords = 8
    /// The sentence an item is said in when it is judged alone; its own words match no rubric.
    static func carrier(_ item: String) -> String { "We would use \(item) for this." }

    let items: [String]

    init(_ answer: String) {
        var pieces = [answer]
        for separator in ["\n", ",", ";", " and ", " or "] {
            pieces = pieces.flatMap { $0.components(separatedBy: separator) }
        }
        let marks = Set("-*•·.:").union([" ", "\t"])
        items = pieces.map {
            String($0.drop(while: { marks.contains($0) }).reversed().drop(while: { marks.contains($0) }).reversed())
        }
        .filter { !$0.isEmpty && $0.split(separator: " ").count <= Self.maximumWords }
    }

    /// The items that name `point` by any of its phrasings, plain words or details, in answer order,
    /// each once.
    func matching(_ point: RubricPoint, in step: Step) -> [String] {
        guard !items.isEmpty else { return [] }
        var wide = point
        wide.phrasings = point.phrasings + point.plain + point.details
        wide.plain = []
        wide.details = []
        var alone = step
        alone.points = [wide]
        alone.wrong = []
        let scorer = StepScorer(step: alone)
        var found: [String] = []
        for item in items where !found.contains(item) {
            let result = scorer.score(answer: Self.carrier(item))
            if !result.covered.isEmpty { found.append(item) }
        }
        return found
    }
}
