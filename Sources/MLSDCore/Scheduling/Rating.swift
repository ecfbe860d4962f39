import Foundation

/// How well the user recalled a card: FSRS's four grades.
///
/// The raw values are the grade numbers G of the FSRS formulas and of py-fsrs, so a stored rating
/// can be fed to the maths (and compared with reference data) without a translation table.
public enum Rating: Int, CaseIterable, Codable, Sendable, Comparable, CustomStringConvertible {
    case again = 1
    case hard = 2
    case good = 3
    case easy = 4

    /// Parses what a user types at the review prompt: a grade number ("1"…"4"), a name
    /// ("again", "hard", "good", "easy") or its first letter. Case and surrounding whitespace are
    /// ignored because the prompt should accept "G" or " good\n" as readily as "3".
    /// Returns nil for anything else so the caller can re-ask with its own message.
    public init?(parsing text: String) {
        let word = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        switch word {
        case "1", "again", "a": self = .again
        case "2", "hard", "h": self = .hard
        case "3", "good", "g": self = .good
        case "4", "easy", "e": self = .easy
        default: return nil
        }
    }

    /// The lower-case name, as accepted by `init(parsing:)` and used in `--json` output.
    public var name: String {
        switch self {
        case .again: "again"
        case .hard: "hard"
        case .good: "good"
        case .easy: "easy"
        }
    }

    /// The name as a button shows it ("Good").
    public var title: String {
        switch self {
        case .again: "Again"
        case .hard: "Hard"
        case .good: "Good"
        case .easy: "Easy"
        }
    }

    /// Every accepted spelling, for usage and error messages.
    public static let acceptedSpellings = "1-4, again/hard/good/easy or a/h/g/e"

    public var description: String { name }

    public static func < (lhs: Rating, rhs: Rating) -> Bool { lhs.rawValue < rhs.rawValue }
}
