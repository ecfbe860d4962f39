/// Closed-class English words the analyser needs to recognise, all in normalised form.
enum WordLists {
    /// The Snowball English stop list, plus modal verbs and a few fillers ("also", "e.g."). Negation
    /// words are stop words too: they never match a rubric point but they do drive dismissal.
    static let stopWords: Set<String> = [
        "i", "me", "my", "myself", "we", "our", "ours", "ourselves", "you", "your", "yours", "yourself",
        "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself",
        "they", "them", "their", "theirs", "themselves", "what", "which", "who", "whom", "this", "that",
        "these", "those", "am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had",
        "having", "do", "does", "did", "doing", "would", "should", "could", "ought", "i'm", "you're", "he's",
        "she's", "it's", "we're", "they're", "i've", "you've", "we've", "they've", "i'd", "you'd", "he'd",
        "she'd", "we'd", "they'd", "i'll", "you'll", "he'll", "she'll", "we'll", "they'll", "isn't", "aren't",
        "wasn't", "weren't", "hasn't", "haven't", "hadn't", "doesn't", "don't", "didn't", "won't", "wouldn't",
        "shan't", "shouldn't", "can't", "cannot", "couldn't", "mustn't", "let's", "that's", "who's", "what's",
        "here's", "there's", "when's", "where's", "why's", "how's", "a", "an", "the", "and", "but", "if", "or",
        "because", "as", "until", "while", "of", "at", "by", "for", "with", "about", "against", "between",
        "into", "through", "during", "before", "after", "above", "below", "to", "from", "up", "down", "in",
        "out", "on", "off", "over", "under", "again", "further", "then", "once", "here", "there", "when",
        "where", "why", "how", "all", "any", "both", "each", "few", "more", "most", "other", "some", "such",
        "no", "nor", "not", "only", "own", "same", "so", "than", "too", "very",
        "will", "can", "may", "might", "must", "shall", "also", "just", "eg", "ie", "etc", "via", "vs",
        "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "wont", "cant", "couldnt", "shouldnt",
        "wouldnt", "im", "ive", "lets", "thats", "theres", "s", "t",
    ]

    /// Stop words that say little about whether a sentence is prose: a list with "the" in front of
    /// each item is still a list.
    static let weakFunctionWords: Set<String> = ["a", "an", "the", "and", "or", "of", "etc", "eg", "ie", "vs"]

    /// Subjects that open a new clause ("…, we can …"): they end a negation's reach.
    /// Words of approval, matched as one term (see `WordClass.endorsement`).
    static let endorsements: Set<String> = [
        "good", "great", "excellent", "fine", "enough", "sufficient", "plenty", "best", "ideal", "perfect",
        "acceptable", "reasonable", "adequate", "ok", "okay", "optimal",
    ]
    /// Stop words that change what a wrong claim says ("the same threshold for all", "only clicks"):
    /// wrong-claim phrasings keep them.
    static let claimStopWords: Set<String> = ["only", "same", "all"]

    static let subjectPronouns: Set<String> = [
        "i", "we", "you", "they", "he", "she", "i'm", "we're", "you're", "they're", "i'd", "we'd", "you'd",
        "they'd", "i'll", "we'll", "you'll", "they'll", "i've", "we've", "you've", "they've", "im", "ive", "id",
    ]

    /// Auxiliaries and modals: a comma segment that contains one is a clause of its own, not the next
    /// item of a list.
    static let auxiliaries: Set<String> = [
        "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "have", "has", "had",
        "will", "would", "can", "could", "should", "shall", "may", "might", "must", "isn't", "aren't",
        "wasn't", "weren't", "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "cannot",
        "couldn't", "shouldn't", "it's", "that's", "there's", "let's",
    ]

    /// Words that start a new clause whatever the punctuation.
    static let clauseConjunctions: Set<String> = [
        "but", "however", "although", "though", "whereas", "while", "yet", "because", "since", "unless", "if",
        "otherwise", "so", "then", "which", "where", "when",
    ]

    /// Common verbs: a sentence with one of them is a sentence even without function words
    /// ("Trending queries matter, think Black Friday").
    static let commonVerbs: Set<String> = [
        "matter", "matters", "think", "use", "uses", "need", "needs", "make", "makes", "build", "builds",
        "train", "trains", "serve", "serves", "predict", "predicts", "rank", "ranks", "show", "shows",
        "want", "wants", "help", "helps", "work", "works", "keep", "keeps", "add", "adds", "start", "starts",
        "compute", "computes", "store", "stores", "run", "runs", "take", "takes", "get", "gets", "give",
        "gives", "go", "goes", "look", "looks", "check", "checks", "ask", "asks", "depend", "depends",
        "mean", "means", "tell", "tells", "say", "says", "see", "sees", "know", "knows", "feel", "feels",
        "seem", "seems", "come", "comes", "drive", "drives", "cause", "causes", "lead", "leads", "let",
        "put", "set", "pick", "picks", "choose", "chooses", "avoid", "avoids", "catch", "catches", "learn",
        "learns", "log", "logs", "measure", "measures", "track", "tracks", "split", "splits", "score",
        "scores", "join", "joins", "send", "sends", "fall", "falls", "return", "returns", "combine",
        "combines", "compare", "compares", "handle", "handles", "guess", "assume", "expect", "expects",
        "happen", "happens", "change", "changes", "becomes", "become", "gives", "hurt", "hurts", "wins",
    ]

    /// Adverbs that may sit between a subject and its verb: "we can probably skip X".
    static let adverbs: Set<String> = [
        "just", "probably", "safely", "simply", "really", "also", "totally", "definitely", "honestly", "even",
        "likely", "maybe", "initially", "still", "actually", "basically",
    ]

    /// Verbs of opinion: "I don't think we need X" negates the need, past the second subject.
    static let opinionVerbs: Set<String> = ["think", "believe", "feel", "guess", "suppose", "expect", "see"]

    /// Common words that say nothing new about a design: they do not count as the candidate adding
    /// something beyond the question's own words.
    static let genericWords: Set<String> = [
        "use", "would", "think", "need", "make", "good", "system", "design", "approach", "want", "build",
        "consid", "look", "go", "get", "thing", "way", "well", "realli", "mayb", "probabl", "first", "also",
        "like", "just", "one", "two", "lot", "kind", "sort", "start", "import", "question", "answer",
        "problem", "work", "know", "see", "take", "ask", "tri", "sure", "right", "yes", "okay", "ok", "basic",
        "simpl", "help", "differ", "thing", "someth", "stuff", "part", "case", "track", "set", "clarifi",
    ]
}
