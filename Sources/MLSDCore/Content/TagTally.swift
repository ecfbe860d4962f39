/// How many cases carry each tag, for the tag summary under `mlsd cases`: the most used tags
/// first (they are the case families a newcomer browses by), ties in alphabetical order.
public enum TagTally {
    public struct Entry: Sendable, Equatable {
        public var tag: String
        public var count: Int

        public init(tag: String, count: Int) {
            self.tag = tag
            self.count = count
        }
    }

    public static func tally(_ tagLists: [[String]]) -> [Entry] {
        var counts: [String: Int] = [:]
        // A tag listed twice on one case (user packs are validated, but be safe) counts once.
        for tags in tagLists {
            for tag in Set(tags) { counts[tag, default: 0] += 1 }
        }
        return counts.map { Entry(tag: $0.key, count: $0.value) }
            .sorted { ($1.count, $0.tag) < ($0.count, $1.tag) }
    }
}
