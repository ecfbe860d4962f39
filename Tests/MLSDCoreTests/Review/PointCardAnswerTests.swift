import Foundation
import MLSDCore
import Testing

/// The back of a point card and the rating suggested from a typed answer.
@Suite struct PointCardAnswerTests {
    static let caseIDs = [
        "ad-click-prediction", "event-recommendation", "fraud-detection", "harmful-content-detection",
        "news-feed-ranking", "people-you-may-know", "search-autocomplete", "similar-listings",
        "street-view-blurring", "video-recommendation", "video-search", "visual-search",
    ]

    @Test func questionsThatAskWhatToDoAreRecognised() {
        #expect(PointRemedy.asksForRemedy("Why are labels delayed, and how do you handle late conversions?"))
        #expect(PointRemedy.asksForRemedy("Why are chargeback labels noisy, and what do you do about it?"))
        #expect(PointRemedy.asksForRemedy("How often do you retrain, and what prevents a bad update from shipping?"))
        #expect(!PointRemedy.asksForRemedy("Where do fraud labels come from?"))
        #expect(!PointRemedy.asksForRemedy("How do you frame the ML task, and what are its input and output?"))
        #expect(!PointRemedy.asksForRemedy("How do you split data to avoid leakage, and why hold out whole products?"))
    }

    @Test func theRemedyIsTheOutlineBulletForThePoint() throws {
        let study = try CaseFixtures.caseStudy("fraud-detection")
        let step = try #require(study.step(.data))
        let point = try #require(step.points.first { $0.id == "label-delay-maturity" })
        let remedy = try #require(PointRemedy.remedy(for: point, in: step))
        #expect(remedy.hasPrefix("Label maturity:"))
        #expect(remedy.contains("train on matured data"))
        // A question that asks only where labels come from gets no remedy line.
        let sources = try #require(step.points.first { $0.id == "label-sources" })
        #expect(PointRemedy.remedy(for: sources, in: step) == nil)
    }

    /// Nearly every built-in point whose question asks what to do finds its bullet in the outline.
    @Test func mostRemedyQuestionsFindABullet() throws {
        var asked = 0, found = 0
        var missing: [String] = []
        for id in Self.caseIDs {
            let study = try CaseFixtures.caseStudy(id)
            for step in study.steps {
                for point in step.points where PointRemedy.asksForRemedy(point.question) {
                    asked += 1
                    if PointRemedy.remedy(for: point, in: step) != nil {
                        found += 1
                    } else {
                        missing.append("\(id)/\(point.id)")
                    }
                }
            }
        }
        #expect(asked > 50)
        #expect(Double(found) >= 0.8 * Double(asked), "no bullet for \(missing)")
    }

    private func fraud(_ step: StepID, _ pointID: String) throws -> (RubricPoint, Step) {
        let study = try CaseFixtures.caseStudy("fraud-detection")
        let content = try #require(study.step(step))
        return (try #require(content.points.first { $0.id == pointID }), content)
    }

    @Test func aListOfTheRightSignalsRecallsThePoint() throws {
        let (point, step) = try fraud(.features, "device-network-signals")
        let list = AnswerCheck.point(
            point, in: step, answer: "device fingerprint, IP reputation, proxy detection, emulator detection")
        #expect(list.suggested == .good)
        #expect(list.summary.hasPrefix("you listed the right things"))
        #expect(list.headline == nil)
        let named = AnswerCheck.point(point, in: step, answer: "Device fingerprint.")
        #expect(named.suggested == .hard)
        #expect(named.summary.hasPrefix("you named it"))
        let wrongThings = AnswerCheck.point(point, in: step, answer: "the weather, the moon, the tides")
        #expect(wrongThings.suggested == .again)
        #expect(
            AnswerCheck.point(point, in: step, answer: "we don't need device fingerprints").summary
                == "you dismissed the point")
    }

    /// Whatever the answer, "made the point" or "listed the right things" never comes with Again,
    /// and "did not make" or "dismissed" never with Good.
    @Test func verdictAndSuggestionAgree() throws {
        let study = try CaseFixtures.caseStudy("fraud-detection")
        let answers = [
            "chargebacks, label delay", "We rely on chargebacks because they are confirmed fraud reports.",
            "no idea", "we skip label delay entirely", "Label delay: wait 90 days so labels mature before training.",
        ]
        // One step keeps this quick in a debug build; the other tests cover other steps.
        for step in study.steps where step.id == .data {
            for point in step.points {
                for answer in answers {
                    let check = AnswerCheck.point(point, in: step, answer: answer)
                    if check.summary.hasPrefix("you made") || check.summary.hasPrefix("you listed") {
                        #expect(check.suggested == .good, "\(point.id): \(answer)")
                    } else if check.summary.hasPrefix("you named") {
                        #expect(check.suggested == .hard, "\(point.id): \(answer)")
                    } else {
                        #expect(check.suggested == .again, "\(point.id): \(answer)")
                    }
                }
            }
        }
    }

    @Test func aStepCardSuggestsFromTheLevelItShows() throws {
        let study = try CaseFixtures.caseStudy("fraud-detection")
        let step = try #require(study.step(.model))
        for answer in [
            "", "GBDT",
            "I would start with a simple baseline: gradient boosted trees on card and merchant features, because they handle tabular data well.",
        ] {
            let check = AnswerCheck.step(step, scenario: study.scenario, pitfalls: [], answer: answer)
            let level = StepScore.Level(score: check.score)
            #expect(check.headline == "\(Int(check.score.rounded()))/100 \(level.rawValue)")
            #expect(check.suggested == AnswerCheck.suggestedRating(level: level))
        }
    }
}
