/// A suffix a Porter2 step looks for, with what replaces it; `action` selects a special case.
struct Suffix: Sendable {
    let bytes: [UInt8]
    let replacement: [UInt8]
    let action: Int

    init(_ suffix: String, _ replacement: String = "", _ action: Int = 0) {
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

    // 1: sses → ss; 2: ied/ies → i or ie; 3: s deleted after a vowel; 0: us, ss kept.
    static let step1a = [Suffix("sses", "", 1), Suffix("ied", "", 2), Suffix("ies", "", 2),
                         Suffix("s", "", 3), Suffix("us"), Suffix("ss")]

    // 1: eed/eedly → ee in R1; 0: ed, edly, ing, ingly deleted after a vowel.
    static let step1b = [Suffix("eed", "", 1), Suffix("eedly", "", 1), Suffix("ed"), Suffix("edly"),
                         Suffix("ing"), Suffix("ingly")]

    static let step2 = [
        Suffix("tional", "tion"), Suffix("enci", "ence"), Suffix("anci", "ance"), Suffix("abli", "able"),
        Suffix("entli", "ent"), Suffix("izer", "ize"), Suffix("ization", "ize"), Suffix("ational", "ate"),
        Suffix("ation", "ate"), Suffix("ator", "ate"), Suffix("alism", "al"), Suffix("aliti", "al"),
        Suffix("alli", "al"), Suffix("fulness", "ful"), Suffix("ousli", "ous"), Suffix("ousness", "ous"),
        Suffix("iveness", "ive"), Suffix("iviti", "ive"), Suffix("biliti", "ble"), Suffix("bli", "ble"),
        Suffix("ogi", "og", 1), Suffix("fulli", "ful"), Suffix("lessli", "less"), Suffix("li", "", 2),
        Suffix("ogist", "og"),
    ]

    // 1: ative, deleted only in R2.
    static let step3 = [
        Suffix("tional", "tion"), Suffix("ational", "ate"), Suffix("alize", "al"), Suffix("icate", "ic"),
        Suffix("iciti", "ic"), Suffix("ical", "ic"), Suffix("ful"), Suffix("ness"), Suffix("ative", "", 1),
    ]

    // 1: ion, deleted only after s or t.
    static let step4 = [
        Suffix("al"), Suffix("ance"), Suffix("ence"), Suffix("er"), Suffix("ic"), Suffix("able"),
        Suffix("ible"), Suffix("ant"), Suffix("ement"), Suffix("ment"), Suffix("ent"), Suffix("ism"),
        Suffix("ate"), Suffix("iti"), Suffix("ous"), Suffix("ive"), Suffix("ize"), Suffix("ion", "", 1),
    ]
}
