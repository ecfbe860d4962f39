/// Words every answer about ML systems uses: alone they name a topic, they never decide anything.
/// One of them is not a rubric point of weight 2 or more (content lint), and as a point's only
/// detail it is not substance.
public enum GenericTerms {
    public static let words: [String] = [
        "ms", "millisecond", "p99", "p95", "p50", "latency", "drift", "retrain", "retraining", "baseline", "threshold",
        "calibration", "calibrate", "cache", "caching", "fallback", "monitor", "monitoring", "canary", "rollback",
        "label", "labels", "feature", "features", "embedding", "embeddings", "precision", "recall", "accuracy", "auc",
        "ctr", "ab", "experiment", "experiments", "privacy", "fairness", "freshness", "scale", "qps", "metric",
        "metrics", "model", "models", "data", "training", "evaluation", "offline", "online", "ranking", "dashboard",
        "alert", "alerts", "logging", "logs", "pipeline", "batch", "streaming", "real", "time", "users", "user",
        "cost", "loss", "bias", "test", "testing", "split", "validation", "sampling", "negatives", "positives",
        "quality", "performance", "speed", "throughput", "memory", "storage", "database", "service", "api",
    ]

    /// The words as stems, as phrasings are matched.
    public static let stems: Set<String> = Set(words.map { PorterStemmer.stem($0) })
}
