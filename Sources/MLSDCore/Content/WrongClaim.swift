/// A claim an interviewer marks down in one step ("we pick the threshold at 0.5"), with why it is
/// wrong and what to do instead. Matched like a phrasing; a negated clause does not fire it.
public struct WrongClaim: Codable, Sendable, Equatable {
    /// Kebab-case, unique within the case across points and wrong claims.
    public var id: String
    public var title: String
    /// The wrong construction said affirmatively, as a candidate would say it.
    public var phrasings: [String]
    public var why: String
    public var fix: String

    public init(id: String, title: String, phrasings: [String], why: String, fix: String) {
        self.id = id
        self.title = title
        self.phrasings = phrasings
        self.why = why
        self.fix = fix
    }
}
