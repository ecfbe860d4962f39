import Foundation
import MLSDCore

/// Seeded random review histories that the Swift scheduler and py-fsrs both replay, so the two
/// are timed on exactly the same work and their final states can be compared.
///
/// File format (text, so Python reads it without a library): a header line
/// `cards reviews start-epoch-seconds`, then one line per card of `rating seconds` pairs, where
/// `seconds` is the whole seconds since the previous review (the first is since creation).
struct FSRSHistories {
    /// 2024-01-01T00:00:00Z: every card is created, and due, at this instant.
    static let defaultStart = 1_704_067_200

    var start: Int
    var reviewsPerCard: Int
    /// Card-major: the reviews of card c are at c * reviewsPerCard ..< (c + 1) * reviewsPerCard.
    var ratings: [Rating]
    var elapsedSeconds: [Int]

    var cardCount: Int { reviewsPerCard == 0 ? 0 : ratings.count / reviewsPerCard }

    /// Ratings weighted like real use (Again 15%, Hard 15%, Good 60%, Easy 10%). A third of the
    /// reviews come the same day (1 minute to 20 hours later), exercising the short-term formulas
    /// and the learning steps; the rest 1 to 60 days later, log-uniform, early and late alike.
    static func random(cards: Int, reviews: Int, seed: UInt64) -> FSRSHistories {
        var generator = SplitMix64(seed: seed)
        var ratings: [Rating] = []
        var elapsed: [Int] = []
        ratings.reserveCapacity(cards * reviews)
        elapsed.reserveCapacity(cards * reviews)
        for _ in 0..<(cards * reviews) {
            let draw = generator.nextUnit()
            ratings.append(draw < 0.15 ? .again : draw < 0.30 ? .hard : draw < 0.90 ? .good : .easy)
            if generator.nextUnit() < 1.0 / 3.0 {
                elapsed.append(60 + Int(generator.nextUnit() * 71_940))
            } else {
                elapsed.append(Int(exp(generator.nextUnit() * log(60.0)) * 86_400))
            }
        }
        return FSRSHistories(start: defaultStart, reviewsPerCard: reviews, ratings: ratings, elapsedSeconds: elapsed)
    }

    func text() -> String {
        var lines = ["\(cardCount) \(reviewsPerCard) \(start)"]
        lines.reserveCapacity(cardCount + 1)
        for card in 0..<cardCount {
            let range = (card * reviewsPerCard)..<((card + 1) * reviewsPerCard)
            lines.append(range.map { "\(ratings[$0].rawValue) \(elapsedSeconds[$0])" }.joined(separator: " "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func parse(_ text: String) throws -> FSRSHistories {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)[...]
        guard let header = lines.popFirst() else { throw BenchError("empty histories file") }
        let head = header.split(separator: " ").compactMap { Int($0) }
        guard head.count == 3 else { throw BenchError("bad histories header '\(header)'") }
        var histories = FSRSHistories(start: head[2], reviewsPerCard: head[1], ratings: [], elapsedSeconds: [])
        for line in lines {
            let numbers = line.split(separator: " ").compactMap { Int($0) }
            guard numbers.count == 2 * head[1] else { throw BenchError("a history has \(numbers.count / 2) reviews, not \(head[1])") }
            for pair in stride(from: 0, to: numbers.count, by: 2) {
                guard let rating = Rating(rawValue: numbers[pair]) else { throw BenchError("bad rating \(numbers[pair])") }
                histories.ratings.append(rating)
                histories.elapsedSeconds.append(numbers[pair + 1])
            }
        }
        guard histories.cardCount == head[0] else { throw BenchError("expected \(head[0]) histories, found \(histories.cardCount)") }
        return histories
    }

    static func generateCommand(_ options: Options) throws {
        let histories = random(cards: try options.int("cards"), reviews: try options.int("reviews"),
                               seed: UInt64(try options.int("seed", default: 42)))
        try write(histories.text(), to: try options.string("out"))
    }
}
