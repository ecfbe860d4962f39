/// Everyday words of six letters or more that answers use and that sit one typo away from some
/// rubric term ("simple"/"sample", "people"/"pipeline" is not, but "latest"/"latent" is). They are
/// known to be spelt right, so typo tolerance leaves them alone. The case's own texts add more.
enum CommonWords {
    static let stems: Set<String> = Set(words.map { PorterStemmer.stem($0) })

    private static let words = [
        "simple", "sample", "should", "people", "better", "little", "things", "really", "always", "either",
        "number", "before", "during", "within", "without", "around", "across", "likely", "system", "models",
        "create", "latest", "latent", "second", "minute", "months", "weekly", "daily", "hourly", "yearly",
        "rather", "though", "through", "enough", "maybe", "actually", "probably", "because", "whether",
        "another", "between", "several", "certain", "mainly", "mostly", "simply", "usually", "instead",
        "already", "anyway", "basically", "clearly", "directly", "finally", "quickly", "roughly", "slightly",
        "strongly", "totally", "making", "taking", "having", "giving", "coming", "saying", "seeing", "trying",
        "moving", "points", "values", "tables", "labels", "levels", "events", "errors", "orders", "videos",
        "photos", "images", "groups", "places", "prices", "scores", "stores", "states", "series", "counts",
        "course", "source", "sources", "choice", "choose", "chosen", "change", "charge", "chance", "common",
        "modern", "normal", "formal", "format", "former", "figure", "future", "nature", "native", "notice",
        "office", "online", "option", "output", "inputs", "parent", "partner", "person", "policy", "public",
        "random", "ranked", "ranker", "rating", "reason", "record", "region", "report", "result", "return",
        "review", "safety", "search", "season", "secret", "select", "senior", "server", "service", "signal",
        "single", "social", "sorted", "spread", "stable", "status", "stream", "street", "strong", "studio",
        "submit", "summer", "supply", "target", "thread", "ticket", "travel", "unique", "update", "useful",
        "vendor", "viewer", "volume", "window", "winter", "worker", "writer", "amount", "answer", "assume",
        "budget", "buffer", "button", "camera", "client", "column", "center", "centre", "domain", "double",
        "editor", "effect", "effort", "engine", "entity", "expert", "factor", "family", "filter", "finger",
        "global", "growth", "health", "higher", "impact", "income", "intent", "length", "liking", "listen",
        "manual", "market", "master", "matter", "medium", "member", "memory", "method", "middle", "mobile",
        "moment", "motion", "object", "period", "planet", "player", "plenty", "pocket", "prefer", "pretty",
        "profit", "proper", "purple", "recent", "remote", "repeat", "rescue", "retail", "reward", "sensor",
        "shared", "should", "silent", "simpler", "sister", "slower", "faster", "larger", "smaller", "longer",
        "shorter", "higher", "lowest", "highest", "latter", "letter", "matter", "metric", "meters", "master",
    ]
}
