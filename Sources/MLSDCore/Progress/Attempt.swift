import Foundation

/// A session with everything answered in it, in the order it was answered.
public struct Attempt: Sendable, Equatable {
    public var session: PastSession
    public var answers: [PracticeAnswer]

    public init(session: PastSession, answers: [PracticeAnswer]) {
        self.session = session
        self.answers = answers
    }
}
