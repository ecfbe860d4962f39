/// The case studies and pitfall catalog shipped in Data/, embedded into the binary at build time.
public enum BuiltinContent {
    /// A hash of every file under Data/, computed at build time: comparing it with the stored one
    /// tells whether the database needs re-synchronising without reading any content.
    public static var hash: String { embeddedHash }

    /// Each JSON document under Data/, as (path relative to Data/, text), sorted by path.
    public static var documents: [(path: String, json: String)] {
        embeddedDocuments.map { (path: $0.0, json: $0.1) }
    }
}
