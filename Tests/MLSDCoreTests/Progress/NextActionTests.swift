import Foundation
import MLSDCore
import Testing

@Suite struct NextActionTests {
    static let catalog = [
        CaseEntry(id: "feed", title: "News feed"), CaseEntry(id: "fraud", title: "Fraud"),
        CaseEntry(id: "ads", title: "Ads"),
    ]

    static func session(_ caseID: String, _ scores: [StepID: Double]) -> PastSession {
        ProgressSummaryTests.session(1, caseID, day: 1, overall: 50, scores.mapValues { $0 })
    }

    static func everyStep(_ score: Double, except: [StepID: Double] = [:]) -> [StepID: Double] {
        Dictionary(uniqueKeysWithValues: StepID.allCases.map { ($0, except[$0] ?? score) })
    }

    @Test func dueReviewsComeFirst() {
        let action = NextAction.decide(dueReviews: 3, catalog: Self.catalog, sessions: [])
        #expect(action == .review(due: 3))
        #expect(action.command == "mlsd review")
        #expect(action.reason == "Do the 3 due reviews first: reviewed on time, cards stick longest.")
        #expect(NextAction.review(due: 1).reason.hasPrefix("Do the due review first"))
    }

    @Test func thenTheFirstUnseenCaseInCatalogOrder() {
        let action = NextAction.decide(dueReviews: 0, catalog: Self.catalog, sessions: [Self.session("feed", [:])])
        #expect(action == .practiceCase(caseID: "fraud", title: "Fraud"))
        #expect(action.command == "mlsd practice fraud")
    }

    @Test func aNewcomerIsSentToTheFirstEasyCase() {
        let catalog = [
            CaseEntry(id: "feed", title: "News feed", difficulty: .hard),
            CaseEntry(id: "churn", title: "Churn", difficulty: .easy),
            CaseEntry(id: "spam", title: "Spam", difficulty: .easy),
        ]
        #expect(
            NextAction.decide(dueReviews: 0, catalog: catalog, sessions: [])
                == .practiceCase(caseID: "churn", title: "Churn"))
        // Without an easy case, or once anything has been practised, catalog order again.
        #expect(
            NextAction.decide(dueReviews: 0, catalog: Self.catalog, sessions: [])
                == .practiceCase(caseID: "feed", title: "News feed"))
        #expect(
            NextAction.decide(dueReviews: 0, catalog: catalog, sessions: [Self.session("churn", [:])])
                == .practiceCase(caseID: "feed", title: "News feed"))
    }

    @Test func thenTheWeakestStepWhereItIsWeakest() {
        let sessions = [
            Self.session("feed", Self.everyStep(80, except: [.evaluation: 50])),
            Self.session("fraud", Self.everyStep(70, except: [.evaluation: 40, .data: 45])),
            Self.session("ads", Self.everyStep(90)),
        ]
        // evaluation: (50 + 40 + 90) / 3 = 60; data: (80 + 45 + 90) / 3 = 71.7.
        let action = NextAction.decide(dueReviews: 0, catalog: Self.catalog, sessions: sessions)
        #expect(action == .practiceStep(caseID: "fraud", step: .evaluation, best: 40))
        #expect(action.command == "mlsd practice fraud --step evaluation")
        #expect(action.reason == "Evaluation is your weakest step; your best on it in fraud is 40.")
    }

    @Test func aStepNeverAnsweredCountsAsZero() {
        let sessions = [
            Self.session("feed", Self.everyStep(80)), Self.session("fraud", Self.everyStep(30)),
            Self.session("ads", [.requirements: 95, .metrics: 95]),
        ]
        let action = NextAction.decide(dueReviews: 0, catalog: Self.catalog, sessions: sessions)
        #expect(action == .practiceStep(caseID: "ads", step: .data, best: nil))
        #expect(action.reason == "Data pipeline is your weakest step; you have not answered it in ads yet.")
    }

    @Test func tiesGoToTheEarlierStepAndCase() {
        let sessions = Self.catalog.map { Self.session($0.id, Self.everyStep(60)) }
        #expect(
            NextAction.decide(dueReviews: 0, catalog: Self.catalog, sessions: sessions)
                == .practiceStep(caseID: "feed", step: .requirements, best: 60))
    }

    @Test func noCases() {
        #expect(NextAction.decide(dueReviews: 0, catalog: [], sessions: []) == .browse)
    }
}
