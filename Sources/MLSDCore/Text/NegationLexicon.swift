/// The words that negate or dismiss, and the words that turn a negation into something positive.
///
/// Two strengths, because "no leakage" and "no feature store" mean opposite things to an
/// interviewer. A *dismissal* ("we don't need", "overkill", "skip") rejects whatever it reaches. A
/// plain *negation* ("no", "not", "without", "avoid") rejects a design element but endorses the
/// avoidance of a risk, so it is ignored when its scope names one ("avoid label leakage", "without
/// training/serving skew").
enum NegationLexicon {
    /// Negating words: "not", "no", "never", "without", and the n't contractions (also typed
    /// without the apostrophe); any word ending in "n't" counts too (see `WordClass.of`).
    static let negators: Set<String> = [
        "not", "no", "never", "without", "cannot", "neither", "nor", "none", "hardly",
        "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "wont", "cant", "couldnt", "shouldnt",
        "wouldnt", "neednt", "havent", "hasnt", "hadnt", "mustnt", "aint",
    ]

    /// After a negator, these make it a dismissal of the whole clause: "don't need", "not necessary",
    /// "no point", "won't bother", "doesn't matter", "not going to".
    static let dismissiveAfterNegator: Set<String> = [
        "need", "needs", "needed", "necessary", "require", "required", "requires", "important", "worth",
        "matter", "matters", "care", "worry", "bother", "consider", "considering", "handle", "address",
        "use", "using", "do", "doing", "build", "building", "include", "implement", "add", "want", "plan",
        "cover", "deal", "focus", "think", "look", "going", "point", "reason", "value", "concern", "issue",
        "priority", "relevant", "useful", "essential", "critical", "crucial", "helpful", "bothering",
        "problem", "responsibility", "job", "business",
    ]

    /// Single words that dismiss the clause they sit in: "X is overkill", "skip X".
    static let dismissalWords: Set<String> = [
        "overkill", "unnecessary", "unneeded", "needless", "pointless", "irrelevant", "superfluous",
        "overengineering", "overengineered", "overengineer", "unimportant", "nonessential", "optional",
        "skip", "skips", "skipping", "skipped", "ignore", "ignores", "ignoring", "ignored", "omit", "omits",
        "omitting", "omitted", "neglect", "neglecting", "forget", "forgo", "overlook", "overlooking",
        "redundant", "useless", "worthless", "wasteful", "obsolete", "outdated",
    ]
    /// After "only" or "just", what a technique is dismissed as doing: "would only delay the launch".
    static let mereHarms: Set<String> = [
        "delay", "delays", "slow", "slows", "burn", "burns", "waste", "wastes", "noise", "complicate",
        "complicates", "distract", "distracts", "confuse", "confuses", "cost", "costs", "lose", "loses",
    ]
    /// Ending a clause after a possessive, these hand its subject to someone else: "is the vendor's problem".
    static let someoneElses: Set<String> = ["problem", "business", "job", "concern", "responsibility"]
    /// After "too", a judgement that rejects the clause: "per-segment numbers are too noisy".
    static let tooMuchWords: Set<String> = [
        "noisy", "expensive", "costly", "slow", "complex", "complicated", "risky", "heavy", "much", "hard",
        "difficult", "fiddly", "cumbersome", "long",
    ]

    /// "never going above the cap": a negated movement past a limit is a bound, not a negation.
    static let movements: Set<String> = [
        "go", "goes", "going", "went", "rise", "rising", "drop", "dropping", "fall", "falling",
    ]
    static let limits: Set<String> = ["above", "over", "below", "under", "beyond", "past"]

    /// After a negator, the verbs of using something: not using a risk is avoiding it, so a risk in
    /// their scope spares the clause ("never using anything learned later").
    static let usingVerbs: Set<String> = ["use", "using", "include", "add"]

    /// Words that make a plain negation after them a safeguard: "make sure X isn't", "ensure no Y".
    static let safeguards: Set<String> = [
        "sure", "ensure", "ensures", "ensuring", "guarantee", "guarantees", "guaranteeing", "verify", "check",
    ]

    /// Words after which a following noun is rejected, but what comes before is kept: "Y instead of X".
    static let rightwardPairs: [(String, String)] = [("instead", "of"), ("rather", "than"), ("in", "place")]

    /// Words that reject what follows them, like a plain negation: "avoid X".
    static let rightwardWords: Set<String> = ["avoid", "avoids", "avoiding"]

    /// A negator followed by one of these is not a negation at all: "not only", "not necessarily".
    static let idiomsAfterNegator: Set<String> = [
        "only", "just", "merely", "simply", "necessarily", "least", "always", "sure",
    ]

    /// "no more than", "not slower than": a bound, not a negation.
    static let comparatives: Set<String> = [
        "more", "less", "later", "longer", "fewer", "greater", "higher", "lower", "worse", "slower", "faster",
        "better", "bigger", "larger", "smaller", "over", "above", "below", "under",
    ]

    /// Negating one of these affirms: "don't skip", "can't ignore", "not overkill", "never hurt
    /// latency", "without breaking the budget".
    static let negativeVerbs: Set<String> = [
        "hurt", "hurting", "harm", "harming", "break", "breaking", "violate", "violating", "degrade",
        "degrading", "compromise", "compromising", "sacrifice", "sacrificing", "lose", "losing", "miss",
        "missing", "exceed", "exceeding", "forget", "forgetting", "underestimate", "leak", "leaking",
        "overfit", "overfitting", "regress", "fail", "failing", "crash", "stall", "block", "blocking", "mix",
        "mixing", "contaminate", "contaminating", "pollute", "polluting",
    ]

    /// Stems of risks: a plain negation reaching one of these is an endorsement, not a dismissal.
    static let riskStems: Set<String> = [
        "leak", "leakag", "skew", "bias", "overfit", "drift", "stale", "duplic", "spam", "fraud", "abus",
        "outag", "downtim", "bottleneck", "failur", "fail", "error", "nois", "noisi", "imbalanc", "contamin",
        "loop", "cold", "regress", "harm", "degrad", "collaps", "chamber", "bubbl", "clickbait", "cannib",
        "peek", "violat", "exceed", "hurt", "break", "breach", "crash", "timeout", "spike", "lag", "delay",
        "slow", "slower", "slowdown", "bug", "risk", "issu", "mistak", "wrong", "bad", "toxic", "offens",
        "unfair", "discrimin", "misinform", "poison", "attack", "overload", "starv", "shift", "confound",
        "lookahead", "cheat", "exploit", "inflat", "mismatch", "inconsist", "discrep", "overlap", "outlier",
        "memor", "unstabl", "instabl", "flaki", "surpris", "penalti", "churn", "loss", "futur", "misus", "later",
        "unsaf", "illeg",
    ]
}
