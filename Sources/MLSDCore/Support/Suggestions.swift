/// "Did you mean" candidates: the known names closest to a mistyped one.
public enum Suggestions {
    /// The closest names within a distance that scales with length, best first (at most 3).
    /// Names much further than the best one are left out: "video-recomendation" suggests
    /// "video-recommendation" alone, not also "event-recommendation" six edits away.
    public static func closest(to input: String, in names: [String]) -> [String] {
        let needle = Array(input.lowercased())
        let limit = max(2, needle.count / 3)
        let candidates =
            names
            .map { (name: $0, distance: editDistance(needle, Array($0.lowercased()))) }
            .filter { $0.distance <= limit || ($0.name.lowercased().hasPrefix(input.lowercased()) && !input.isEmpty) }
            .sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }
        guard let best = candidates.first?.distance else { return [] }
        return
            candidates
            .filter { $0.distance <= best + 2 || $0.name.lowercased().hasPrefix(input.lowercased()) }
            .prefix(3)
            .map(\.name)
    }

    /// Levenshtein distance with adjacent transpositions counted as one edit.
    public static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
