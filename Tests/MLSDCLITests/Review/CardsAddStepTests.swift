import Foundation
import Testing

@testable import MLSDTestSupport

/// `--step` reads the same on `cards add` as on `practice`, `show` and `score`.
@Suite struct CardsAddStepTests {
    @Test func cardsAddTakesAStepNumber() throws {
        let f = ReviewFixture(.inProcess)
        defer { f.remove() }
        let added = try f.run(["cards", "add", "--case", "ad-click-prediction", "--step", "2"])
        #expect(added.status == 0)
        #expect(added.stderr.isEmpty)
        let cards = try f.decode([CardRow].self, ["cards"])
        #expect(cards.map(\.step) == ["metrics"])
    }

    @Test func cardsAddTakesAnIdInAnyCase() throws {
        let f = ReviewFixture(.inProcess)
        defer { f.remove() }
        #expect(try f.run(["cards", "add", "--case", "ad-click-prediction", "--step", "Metrics"]).status == 0)
        #expect(try f.decode([CardRow].self, ["cards"]).map(\.step) == ["metrics"])
    }

    @Test func misspeltStepIsRefusedWithDidYouMeanAndNoCards() throws {
        let f = ReviewFixture(.inProcess)
        defer { f.remove() }
        for value in ["metrix", "8", "0"] {
            let wrong = try f.run(["cards", "add", "--case", "ad-click-prediction", "--step", value])
            #expect(wrong.status == 64)
            #expect(wrong.stderr.hasPrefix("mlsd: unknown step '\(value)' ("))
            #expect(wrong.stderr.hasSuffix("see 'mlsd cards add --help')\n"))
        }
        #expect(
            try f.run(["cards", "add", "--case", "ad-click-prediction", "--step", "metrix"]).stderr
                == "mlsd: unknown step 'metrix' (did you mean 'metrics'? see 'mlsd cards add --help')\n")
        #expect(try f.decode([CardRow].self, ["cards"]).isEmpty)
    }

    @Test func scoreNamesItsOwnHelpForAnUnknownStep() throws {
        let f = ReviewFixture(.inProcess)
        defer { f.remove() }
        let wrong = try f.run(["score", "--case", "fraud-detection", "--step", "modle"], input: "an answer")
        #expect(wrong.stderr == "mlsd: unknown step 'modle' (did you mean 'model'? see 'mlsd score --help')\n")
    }
}
