import MLSDCore
import Testing

@Suite struct CheatsheetTests {
    static func point(_ title: String, _ weight: Int = 2) -> RubricPoint {
        RubricPoint(id: title, title: title, weight: weight, why: "", question: "", phrasings: [title])
    }

    static func study(_ id: String, _ titles: [String], step: StepID = .serving) -> CaseStudy {
        CaseStudy(
            id: id, title: id.capitalized, scenario: "", difficulty: .easy, tags: [],
            steps: [
                Step(
                    id: step, prompt: "", minutes: 7, hints: [], outline: [], followups: [],
                    points: titles.map { point($0) })
            ])
    }

    @Test func titlesThatSayTheSameThingAreOneConcept() {
        let cases = [
            Self.study("a", ["Fallbacks and graceful degradation", "Online A/B test", "Slices and error analysis"]),
            Self.study("b", ["Fallback and graceful degradation", "A/B test", "Error analysis"]),
            Self.study("c", ["Graceful degradation", "Online A/B test by user", "Slices", "Odd thing"]),
            Self.study("d", ["fallbacks and graceful degradation", "Online A/B test"]),
        ]
        let concepts = RubricConcepts(step: .serving, cases: cases)
        let titles = Dictionary(uniqueKeysWithValues: concepts.concepts.map { ($0.title, $0.cases) })
        // The title most cases use names the concept; plural and case do not split it.
        #expect(titles["Fallbacks and graceful degradation"] == ["a", "b", "c", "d"])
        #expect(titles["Online A/B test"] == ["a", "b", "c", "d"])
        // A title containing two shorter ones joins the closer (longer) one.
        #expect(titles["Error analysis"] == ["a", "b"])
        #expect(titles["Slices"] == ["c"])
        #expect(titles["Odd thing"] == ["c"])
        #expect(concepts.concepts.count == 5)
        #expect(concepts.concept(titled: "Online A/B test by user")?.title == "Online A/B test")
        #expect(concepts.concepts.prefix(2).map(\.cases.count) == [4, 4], "recurring concepts first")
    }

    @Test func onTheChecklistOnlyWhatRecursAcrossCases() {
        let cases = [
            Self.study("one", ["Fallbacks", "Caching", "Odd thing"]),
            Self.study("two", ["fallbacks", "Result caching", "Latency budget"]),
        ]
        let pitfalls = [
            Pitfall(
                id: "p", title: "No fallback",
                why: "When the model is down, e.g. during a deploy, nothing shows. Always plan one.",
                steps: [.serving], triggers: [], unless: [])
        ]
        let text = CheatsheetRenderer.render(cases: cases, pitfalls: pitfalls, pointsPerStep: 3)
        #expect(
            text.contains(
                """
                ## 7. Serving and monitoring (about 7 min)

                Architecture and latency budget, fallbacks and graceful degradation, monitoring, drift, retraining, versioning and rollout.

                - [ ] **Fallbacks** (2 of 2 cases)
                - [ ] **Caching** (2 of 2 cases)

                """))
        #expect(!text.contains("Odd thing") && !text.contains("Latency budget"))
        #expect(text.contains("## 1. Clarify requirements\n\nScope, users"))
        #expect(text.contains("## Your weak spots\n\nNo practice yet. Run `mlsd practice --random`"))
        #expect(
            text.hasSuffix(
                "## Pitfalls\n\n- **No fallback**: When the model is down, e.g. during a deploy, nothing shows.\n"))
    }

    @Test func weakSpotsComeFromTheUsersHistory() {
        let cases = [
            Self.study("fraud", ["Fallbacks", "Caching"]),
            Self.study("feed", ["Fallbacks and graceful degradation", "Caching"]),
        ]
        let strengths = [
            StepStrength(step: .requirements, averageBest: 80, cases: 2),
            StepStrength(step: .metrics, averageBest: 40, cases: 1),
            StepStrength(step: .serving, averageBest: 55.4, cases: 2),
            StepStrength(step: .data, averageBest: nil, cases: 0),
        ]
        let misses = [
            PointMisses(
                caseID: "fraud", caseTitle: "Fraud", step: .serving, title: "Fallbacks", weight: 3, missed: 2,
                assessed: 3),
            PointMisses(
                caseID: "feed", caseTitle: "Feed", step: .serving, title: "Fallbacks and graceful degradation",
                weight: 3, missed: 1, assessed: 1),
            PointMisses(
                caseID: "feed", caseTitle: "Feed", step: .serving, title: "Caching", weight: 2, missed: 1, assessed: 1),
        ]
        let text = CheatsheetRenderer.render(cases: cases, pitfalls: [], strengths: strengths, misses: misses)
        #expect(
            text.hasSuffix(
                """
                ## Your weak spots

                Weakest steps (your best score on each, in the cases you practised):

                - **2. Frame the problem and choose metrics**: 40/100 in 1 case
                - **7. Serving and monitoring**: 55/100 on average over 2 cases
                - **1. Clarify requirements**: 80/100 on average over 2 cases
                - Not practised yet: 3. Data pipeline

                Most-missed points (sessions in which no answer covered them):

                - **Fallbacks** (7. Serving and monitoring): missed in 3 of 4 sessions across 2 cases
                - **Caching** (7. Serving and monitoring): missed in 1 of 1 session of Feed

                """))
    }
}
