extension PorterStemmer {
    /// What a Porter2 step does with the suffix it found; the condition is checked on the word
    /// before the suffix.
    enum SuffixAction: Sendable {
        /// Replaced by its replacement (deleted when that is empty), with no further condition.
        case replace
        /// Left alone ("us", "ss").
        case keep
        /// "ied", "ies": "i" after more than one letter, else "ie".
        case iOrIe
        /// "s": deleted when a vowel comes before the letter preceding it.
        case deleteAfterEarlierVowel
        /// "ed", "ing" and their -ly forms: deleted when a vowel precedes them, then the stem is tidied.
        case deleteAfterVowel
        /// Replaced only when it starts in R1.
        case replaceInR1
        /// Deleted only when it starts in R2.
        case deleteInR2
        /// Replaced only after an "l".
        case replaceAfterL
        /// Deleted only after a valid li-ending.
        case deleteAfterLiEnding
        /// Deleted only after an "s" or a "t".
        case deleteAfterSOrT
    }

    /// A suffix a Porter2 step looks for, with what replaces it and on what condition.
    struct Suffix: Sendable {
        let bytes: [UInt8]
        let replacement: [UInt8]
        let action: SuffixAction

        init(_ suffix: String, _ replacement: String = "", _ action: SuffixAction = .replace) {
            bytes = Array(suffix.utf8)
            self.replacement = Array(replacement.utf8)
            self.action = action
        }
    }

    /// The suffix lists of Porter2, transcribed from the Snowball definition.
    enum Tables {
        static let doubles: Set<UInt8> = Set("bdfgmnprt".utf8)
        static let liEndings: Set<UInt8> = Set("cdeghkmnrt".utf8)
        static let addE: [(UInt8, UInt8)] = [("a", "t"), ("b", "l"), ("i", "z")].map {
            (UInt8(ascii: $0.0), UInt8(ascii: $0.1))
        }

        static let step0 = [Suffix("'"), Suffix("'s"), Suffix("'s'")]

        static let step1a = [
            Suffix("sses", "ss"), Suffix("ied", "", .iOrIe), Suffix("ies", "", .iOrIe),
            Suffix("s", "", .deleteAfterEarlierVowel), Suffix("us", "", .keep), Suffix("ss", "", .keep),
        ]

        static let step1b = [
            Suffix("eed", "ee", .replaceInR1), Suffix("eedly", "ee", .replaceInR1),
            Suffix("ed", "", .deleteAfterVowel), Suffix("edly", "", .deleteAfterVowel),
            Suffix("ing", "", .deleteAfterVowel), Suffix("ingly", "", .deleteAfterVowel),
        ]

        static let step2 = [
            Suffix("tional", "tion"), Suffix("enci", "ence"), Suffix("anci", "ance"), Suffix("abli", "able"),
            Suffix("entli", "ent"), Suffix("izer", "ize"), Suffix("ization", "ize"), Suffix("ational", "ate"),
            Suffix("ation", "ate"), Suffix("ator", "ate"), Suffix("alism", "al"), Suffix("aliti", "al"),
            Suffix("alli", "al"), Suffix("fulness", "ful"), Suffix("ousli", "ous"), Suffix("ousness", "ous"),
            Suffix("iveness", "ive"), Suffix("iviti", "ive"), Suffix("biliti", "ble"), Suffix("bli", "ble"),
            Suffix("ogi", "og", .replaceAfterL), Suffix("fulli", "ful"), Suffix("lessli", "less"),
            Suffix("li", "", .deleteAfterLiEnding),
            Suffix("ogist", "og"),
        ]

        static let step3 = [
            Suffix("tional", "tion"), Suffix("ational", "ate"), Suffix("alize", "al"), Suffix("icate", "ic"),
            Suffix("iciti", "ic"), Suffix("ical", "ic"), Suffix("ful"), Suffix("ness"),
            Suffix("ative", "", .deleteInR2),
        ]

        static let step4 = [
            Suffix("al"), Suffix("ance"), Suffix("ence"), Suffix("er"), Suffix("ic"), Suffix("able"),
            Suffix("ible"), Suffix("ant"), Suffix("ement"), Suffix("ment"), Suffix("ent"), Suffix("ism"),
            Suffix("ate"), Suffix("iti"), Suffix("ous"), Suffix("ive"), Suffix("ize"),
            Suffix("ion", "", .deleteAfterSOrT),
        ]
    }
}
