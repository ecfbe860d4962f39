/// The rules of docs/content-format.md as numbers, and limits that keep an absurd pack (a 1 GB
/// file, a phrasing as long as a book) from reaching the database or the scorer.
public enum PackRules {
    /// Larger files are refused before they are parsed.
    public static let maximumBytes = 5_000_000
    public static let maximumBytesDescription = "5 MB"
    public static let maximumCases = 100

    public static let minutes = 1...20
    public static let totalMinutes = 45
    public static let weight = 1...3
    public static let hints = 2...4
    public static let followups = 2...4
    public static let outline = 3...30
    public static let points = 5...10
    public static let tags = 1...20
    public static let phrasings = 1...50
    public static let details = 0...50
    public static let plain = 0...50
    public static let wrongClaims = 0...10
    public static let wrongPhrasings = 2...50
    public static let expects = 2...4
    public static let expectPhrasings = 2...50
    public static let triggers = 0...20

    public static let maximumIDLength = 64
    public static let maximumTitleLength = 120
    /// Scenarios, prompts, bullets, hints, follow-ups, explanations and questions.
    public static let maximumTextLength = 4_000
    public static let maximumPhrasingLength = 200

    public static let pointFields: Set<String> = [
        "id", "title", "weight", "why", "question", "phrasings", "plain", "details",
    ]
    public static let stepFields: Set<String> = [
        "id", "prompt", "minutes", "hints", "outline", "followups", "points", "wrong",
    ]
    public static let wrongFields: Set<String> = ["id", "title", "phrasings", "why", "fix"]
    public static let followupFields: Set<String> = ["question", "expects", "triggers"]
    public static let expectFields: Set<String> = ["title", "phrasings"]

    /// A wrong claim said in a negated clause never fires, so a negation word inside one of its
    /// phrasings would make it unmatchable.
    public static let negationWords: Set<String> = [
        "not", "no", "never", "without", "avoid", "don't", "dont",
        "instead", "won't", "isn't", "aren't", "doesn't", "cannot", "can't",
    ]
    public static let caseFields: Set<String> = ["id", "title", "scenario", "difficulty", "tags", "steps"]
    public static let pitfallFields: Set<String> = ["id", "title", "why", "steps", "triggers", "unless"]

    /// Lower-case kebab-case: `a-z`, `0-9`, single hyphens between words.
    public static func isKebabCase(_ id: String) -> Bool {
        guard !id.isEmpty, !id.hasPrefix("-"), !id.hasSuffix("-"), !id.contains("--") else { return false }
        return id.unicodeScalars.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "-" }
    }
}
