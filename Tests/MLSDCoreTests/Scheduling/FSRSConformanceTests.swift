import Foundation
import Testing

@testable import MLSDCore

/// Replays every py-fsrs 6.3.2 reference history through `Scheduler.review` with fuzz off and
/// demands exact agreement: state, step, due and last review to the millisecond, S and D to 1e-9.
@Suite("FSRS conformance with py-fsrs 6.3.2")
struct FSRSConformanceTests {
    static let relativeTolerance = 1e-9
    static let timeTolerance: TimeInterval = 0.001

    /// Largest relative S, D or R difference over one history.
    struct Replay {
        var worstRelativeError = 0.0
        var reviews = 0
    }

    static func relativeError(_ actual: Double, _ expected: Double) -> Double {
        expected == actual ? 0 : abs(actual - expected) / max(abs(expected), .leastNormalMagnitude)
    }

    static func replay(_ history: FSRSReference.History) throws -> Replay {
        let scheduler = try Scheduler(settings: history.settings.schedulerSettings)
        var card = history.initial.memoryCard
        var result = Replay()
        for (index, review) in history.reviews.enumerated() {
            let context = "\(history.name), review \(index + 1)"
            let now = try #require(ISO8601.date(review.reviewDatetime), "\(context): bad date")
            let rating = try #require(Rating(rawValue: review.rating))

            let r = scheduler.retrievability(of: card, at: now)
            let rError = relativeError(r, review.retrievabilityBefore)
            #expect(rError <= relativeTolerance, "\(context): R \(r) vs \(review.retrievabilityBefore)")
            result.worstRelativeError = max(result.worstRelativeError, rError)

            card =
                scheduler.review(
                    card: card, rating: rating, now: now, seed: FuzzSeed(cardID: history.cardId, card: card)
                ).card
            let expected = review.card
            #expect(card.state.rawValue == expected.state, "\(context): state")
            #expect(card.step == expected.step, "\(context): step")
            for (name, actual, reference) in [
                ("stability", card.stability, expected.stability),
                ("difficulty", card.difficulty, expected.difficulty),
            ] {
                guard let actual, let reference else {
                    #expect(actual == nil && reference == nil, "\(context): \(name) presence")
                    continue
                }
                let error = relativeError(actual, reference)
                #expect(error <= relativeTolerance, "\(context): \(name) \(actual) vs \(reference)")
                result.worstRelativeError = max(result.worstRelativeError, error)
            }
            let due = try #require(ISO8601.date(expected.due))
            #expect(
                abs(card.due.timeIntervalSince(due)) < timeTolerance,
                "\(context): due \(card.due) vs \(expected.due)")
            let lastReview = try #require(expected.lastReview.flatMap(ISO8601.date))
            #expect(abs(try #require(card.lastReview).timeIntervalSince(lastReview)) < timeTolerance)
            result.reviews += 1
        }
        return result
    }

    @Test("reference set is large and varied enough")
    func referenceSetSize() {
        let reference = FSRSReference.shared
        #expect(reference.histories.count == reference.historyCount)
        #expect(reference.histories.count >= 60)
        #expect(reference.histories.map(\.reviews.count).reduce(0, +) == reference.reviewCount)
        let firstRatings = Set(reference.histories.compactMap { $0.reviews.first?.rating })
        #expect(firstRatings == [1, 2, 3, 4])
        let retentions = Set(reference.histories.map(\.settings.desiredRetention))
        #expect(retentions.isSuperset(of: [0.8, 0.9, 0.95]))
        #expect(reference.histories.contains { $0.settings.learningSteps.isEmpty })
        #expect(reference.histories.contains { $0.settings.relearningSteps.isEmpty })
        #expect(reference.histories.contains { $0.settings.parameters != SchedulerSettings.defaultParameters })
        let lastDue = reference.histories.compactMap { $0.reviews.last.flatMap { ISO8601.date($0.card.due) } }.max()
        #expect(lastDue! > ISO8601.date("3000-01-01T00:00:00Z")!)
    }

    @Test(
        "every review of every history matches py-fsrs",
        arguments: FSRSReference.shared.histories.map(\.name))
    func history(named name: String) throws {
        let history = try #require(FSRSReference.shared.histories.first { $0.name == name })
        _ = try Self.replay(history)
    }

    @Test("worst relative error over the whole set")
    func worstError() throws {
        var worst = 0.0
        var reviews = 0
        for history in FSRSReference.shared.histories {
            let replay = try Self.replay(history)
            worst = max(worst, replay.worstRelativeError)
            reviews += replay.reviews
        }
        print(
            "FSRS conformance: \(FSRSReference.shared.histories.count) histories, \(reviews) reviews, "
                + "worst relative error in S, D, R: \(worst)")
        #expect(worst <= Self.relativeTolerance)
    }
}
