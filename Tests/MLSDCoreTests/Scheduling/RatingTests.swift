import Testing

@testable import MLSDCore

@Suite("Rating and card state")
struct RatingTests {
    @Test(
        "accepted spellings",
        arguments: [
            ("1", Rating.again), ("2", .hard), ("3", .good), ("4", .easy),
            ("again", .again), ("hard", .hard), ("good", .good), ("easy", .easy),
            ("a", .again), ("h", .hard), ("g", .good), ("e", .easy),
            ("Good", .good), (" E\n", .easy), ("AGAIN", .again),
        ])
    func parses(text: String, expected: Rating) {
        #expect(Rating(parsing: text) == expected)
    }

    @Test("rejected input", arguments: ["", "0", "5", "gd", "goo", "3.0", "g g", "again!", "１"])
    func rejects(text: String) {
        #expect(Rating(parsing: text) == nil)
    }

    @Test func rawValuesMatchPyFSRS() {
        #expect(Rating.allCases.map(\.rawValue) == [1, 2, 3, 4])
        #expect(Rating.allCases.map(\.name) == ["again", "hard", "good", "easy"])
        #expect(Rating.again < .easy)
        #expect(
            CardState.learning.rawValue == 1 && CardState.review.rawValue == 2 && CardState.relearning.rawValue == 3)
    }

    @Test func newCard() {
        let card = MemoryCard.new(due: .init(timeIntervalSince1970: 0))
        #expect(card.isNew && card.state == .learning && card.step == 0)
        #expect(card.lastReview == nil && card.reps == 0 && card.lapses == 0)
    }
}
