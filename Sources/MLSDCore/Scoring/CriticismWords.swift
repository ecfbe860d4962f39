/// Words that judge what their sentence names as a mistake: "a random split would leak next
/// week's data", "accuracy is misleading at 0.1% fraud", "brute force is too slow". A candidate
/// who says one is rejecting the mistake, not making it, so the wrong claim it names does not fire.
enum CriticismWords {
    static let words: Set<String> = [
        "leak", "leaks", "leaking", "leaked", "mislead", "misleads", "misleading", "misled", "wrong", "bad",
        "mistake", "mistaken", "trap", "pitfall", "flaw", "flawed", "inflate", "inflates", "inflated",
        "overstate", "overstates", "overestimate", "overestimates", "useless", "meaningless", "dangerous",
        "naive", "naively", "too", "worse", "fooled", "fool", "fools", "unreliable", "invalid", "hides",
        "biased", "wrongly", "incorrect", "incorrectly", "tempting", "breaks", "broken",
    ]

    /// Whether the sentence holding `token` criticises, not counting words the claim itself uses.
    static func criticises(_ text: AnalyzedText, sentenceOf token: Int, except own: Set<String>) -> Bool {
        let sentence = text.tokens[token].sentence
        guard sentence < text.sentences.count else { return false }
        return text.sentences[sentence].contains { i in
            let t = text.tokens[i]
            guard t.wordClass.contains(.criticism), !own.contains(t.stem) else { return false }
            // "too slow" judges; "accuracy is fine too" only means "also".
            guard t.word == "too" else { return true }
            let next = i + 1 < text.tokens.count ? text.tokens[i + 1] : nil
            return next.map { $0.clause == t.clause && !$0.isStopWord } ?? false
        }
    }
}
