/// Everyday words that engineers use interchangeably when they speak without jargon.
///
/// A point's plain phrasings are a sample of how people say it; real speech varies more ("how fast
/// the page loads", "how quickly the page shows up"). Each plain phrasing also matches with one of
/// its words swapped for another word of the same class. Only plain phrasings vary: the rubric's
/// technical phrasings and wrong claims stay exact, and one swap keeps the rest of the phrasing
/// (its other words, its window) as demanding as before.
enum PlainSynonyms {
    /// Words of one class can stand for one another in a plain phrasing.
    static let classes: [[String]] = [
        ["fast", "quick", "speed", "rapid"],
        ["slow", "sluggish"],
        ["late", "delay", "lag"],
        ["remove", "drop", "discard", "filter", "delete", "exclude"],
        ["new", "fresh", "recent", "latest"],
        ["old", "stale", "outdated"],
        ["user", "person", "people", "customer", "viewer"],
        ["show", "display", "appear"],
        ["check", "verify", "confirm", "validate"],
        ["wrong", "incorrect", "mistaken"],
        ["mistake", "error"],
        ["right", "correct", "accurate"],
        ["predict", "guess", "estimate", "forecast"],
        ["pick", "choose", "select"],
        ["count", "number", "amount", "volume"],
        ["page", "screen"],
        ["buy", "purchase"],
        ["click", "tap"],
        ["money", "revenue", "income"],
        ["rare", "uncommon", "scarce"],
        ["combine", "mix", "merge", "blend"],
        ["save", "store", "record", "log"],
        ["join", "register", "signup"],
        ["cost", "price"],
        ["cheap", "inexpensive"],
        ["big", "large", "huge"],
        ["small", "tiny"],
        ["similar", "alike"],
        ["split", "divide", "separate"],
        ["fake", "bogus"],
        ["block", "ban", "stop", "prevent"],
        ["watch", "monitor", "track"],
        ["alert", "alarm", "warn"],
        ["goal", "aim", "objective", "target"],
        ["popular", "trending"],
        ["start", "begin"],
        ["leave", "quit", "abandon"],
        ["find", "fetch", "retrieve"],
        ["rank", "order", "sort"],
        ["share", "fraction", "proportion", "percentage", "portion"],
        ["often", "frequently"],
        ["photo", "picture", "image"],
        ["place", "location", "spot"],
        ["happy", "satisfied"],
        ["everyday", "daily"],
    ]

    /// Stem → the tokens it may be swapped for.
    static let alternatives: [String: [Token]] = {
        var out: [String: [Token]] = [:]
        for group in classes {
            let tokens = group.compactMap { TextAnalyzer.analyze($0).tokens.first { $0.isContent } }
            for token in tokens {
                for other in tokens
                where other.stem != token.stem && !(out[token.stem] ?? []).contains(where: { $0.stem == other.stem }) {
                    out[token.stem, default: []].append(other)
                }
            }
        }
        return out
    }()

    /// The phrasing's content words with one of them swapped, once per word and alternative.
    static func variants(of content: [Token]) -> [[Token]] {
        var out: [[Token]] = []
        for (i, token) in content.enumerated() {
            for other in alternatives[token.stem] ?? [] {
                var variant = content
                variant[i] = other
                out.append(variant)
            }
        }
        return out
    }
}
