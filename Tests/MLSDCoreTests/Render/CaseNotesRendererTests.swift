import Foundation
import MLSDCore
import Testing

@Suite struct CaseNotesRendererTests {
    static let utc = TimeZone(identifier: "UTC")!
    static let start = Date(timeIntervalSince1970: 1_772_000_000)  // 2026-02-25 06:13:20 UTC

    static let study = CaseStudy(
        id: "churn", title: "Churn *prediction*", scenario: "Predict who cancels.\n\n# Not a heading",
        difficulty: .easy, tags: ["tabular", "classification"],
        steps: [
            Step(
                id: .requirements, prompt: "What would you ask?", minutes: 5, hints: [],
                outline: ["Weekly batch", "30-day horizon"],
                followups: [], points: []),
            Step(
                id: .model, prompt: "Which model?", minutes: 9, hints: [], outline: ["GBDT baseline"], followups: [],
                points: []),
        ])

    static var notes: CaseNotes {
        let session = PastSession(
            id: 7, caseID: "churn", caseTitle: "Churn", status: .finished, plannedSteps: [.requirements, .model],
            startedAt: start, overall: 64.6, seconds: 900)
        var feedback = StepFeedback()
        (feedback.score, feedback.level) = (70, .adequate)
        feedback.covered = [.init(id: "horizon", title: "Prediction horizon", evidence: "cancel within 30 days")]
        feedback.missed = [
            .init(id: "volume", title: "Subscriber count", why: "Scale decides batch or online.", weight: 2)
        ]
        feedback.pitfalls = [.init(id: "no-baseline", title: "No baseline", why: "Nothing to beat.")]
        feedback.followup = "How often is it scored?"
        let answers = [
            PracticeAnswer(
                step: .requirements, question: "What would you ask?", text: "Who cancels ```within``` 30 days?",
                seconds: 300, hintsUsed: 1, score: 70, level: .adequate, feedback: feedback),
            PracticeAnswer(
                step: .requirements, kind: .followup, question: "How often is it scored?", text: "Weekly.", seconds: 60),
            PracticeAnswer(step: .model, question: "Which model?", text: "", seconds: 5, skipped: true),
        ]
        let cards = [
            CardStatus(
                kind: .point, step: .requirements, pointID: "volume", title: "Subscriber count", state: .review,
                due: start.addingTimeInterval(5 * 86_400), reps: 3, lapses: 1),
            CardStatus(kind: .step, step: .model, title: "Baseline model and beyond", state: .learning, due: start),
        ]
        return CaseNotes(
            study: study, attempts: [Attempt(session: session, answers: answers)], totalAttempts: 1,
            bestScore: 64.6, cards: cards)
    }

    @Test func rendersTheWholeDocument() {
        let renderer = CaseNotesRenderer(exportedAt: Self.start.addingTimeInterval(86_400), timeZone: Self.utc)
        let expected = """
            ---
            case: "churn"
            title: "Churn *prediction*"
            tags: ["tabular", "classification"]
            best_score: 65
            attempts: 1
            exported_at: 2026-02-26T06:13:20Z
            ---

            # Churn \\*prediction\\*

            Predict who cancels.

            \\# Not a heading

            Difficulty: easy · Tags: tabular, classification

            ## Attempt 1 of 1 — 2026-02-25 06:13

            Session 7 · finished · overall 65/100 · 15m answering

            ### 1. Clarify requirements

            Score: 70/100 (adequate) · 6m · 1 hint

            > What would you ask?

            Your answer:

            ````text
            Who cancels ```within``` 30 days?
            ````

            #### Follow-up

            > How often is it scored?

            Your answer:

            ```text
            Weekly.
            ```

            #### Feedback

            Covered:

            - **Prediction horizon**: “cancel within 30 days”

            Missed:

            - **Subscriber count**: Scale decides batch or online.

            Pitfalls:

            - **No baseline**: Nothing to beat.

            ### 5. Baseline model and beyond

            Skipped · <1m

            > Which model?

            Your answer:

            _Skipped without an answer._

            ## Model outline

            ### 1. Clarify requirements

            - Weekly batch
            - 30-day horizon

            ### 5. Baseline model and beyond

            - GBDT baseline

            ## Review cards

            2 cards, 1 due now.

            - **Subscriber count**: Clarify requirements · review · due 2026-03-02 · 3 reviews · 1 lapse
            - **Baseline model and beyond**: step card · new · 0 reviews

            """
        #expect(renderer.render(Self.notes) == expected)
    }

    @Test func aSingleSessionIsNamedBySessionAndAFollowUpNotAnsweredIsSaid() {
        var notes = Self.notes
        notes.sessionID = 7
        notes.totalAttempts = 4
        notes.attempts[0].answers.remove(at: 1)
        let text = CaseNotesRenderer(exportedAt: Self.start, timeZone: Self.utc).render(notes)
        #expect(text.contains("attempts: 4\nsession: 7\n"))
        #expect(text.contains("## Session 7 — 2026-02-25 06:13"))
        #expect(text.contains("#### Follow-up\n\n> How often is it scored?\n\nNot answered."))
        let noCards = CaseNotesRenderer(exportedAt: Self.start, timeZone: Self.utc)
            .render(CaseNotes(study: Self.study, attempts: [], totalAttempts: 0, bestScore: nil, cards: []))
        #expect(noCards.contains("best_score: null"))
        #expect(
            noCards.hasSuffix(
                "## Review cards\n\nNo review cards for this case yet: a practice session makes them when it ends.\n"))
    }

    /// What the step header says about tries: how many answers and how many skips there were.
    @Test func triesAreCountedAsWhatHappened() {
        func header(_ rows: [PracticeAnswer]) -> String {
            var notes = Self.notes
            notes.attempts[0].answers = rows
            let text = CaseNotesRenderer(exportedAt: Self.start, timeZone: Self.utc).render(notes)
            return text.components(separatedBy: "\n").first { $0.hasPrefix("Score: ") || $0.hasPrefix("Skipped") } ?? ""
        }
        func row(_ text: String, skipped: Bool = false) -> PracticeAnswer {
            PracticeAnswer(
                step: .requirements, question: "q", text: text, seconds: 60, skipped: skipped,
                score: skipped ? 0 : 60, level: .adequate)
        }
        #expect(header([row("once")]) == "Score: 60/100 (adequate) · 1m")
        #expect(
            header([row("", skipped: true), row("then answered")])
                == "Score: 60/100 (adequate) · 2m · answered 1 time, skipped 1")
        #expect(
            header([row("first"), row("second")])
                == "Score: 60/100 (adequate) · 2m · answered 2 times, the last answer shown")
        #expect(
            header([row("first"), row("", skipped: true), row("second")])
                == "Score: 60/100 (adequate) · 3m · answered 2 times, skipped 1, the last answer shown")
        #expect(header([row("", skipped: true), row("", skipped: true)]) == "Skipped 2 times · 2m")
    }
}

@Suite struct StepRoundTests {
    static func row(_ kind: PracticeAnswer.Kind, _ text: String, score: Double?, skipped: Bool = false)
        -> PracticeAnswer
    {
        PracticeAnswer(
            step: .data, kind: kind, question: "q", text: text, seconds: 10, hintsUsed: 1, skipped: skipped,
            score: score)
    }

    @Test func theLatestAnswerWithItsFollowUpsStands() {
        let rows = [
            Self.row(.answer, "first", score: 40), Self.row(.followup, "first follow-up", score: 45),
            Self.row(.answer, "second", score: 60), Self.row(.followup, "second follow-up", score: 70),
            Self.row(.followup, "unscored follow-up", score: nil),
        ]
        let round = StepRound.of(.data, in: rows)!
        #expect(round.answer.text == "second")
        #expect(round.followups.map(\.text) == ["second follow-up", "unscored follow-up"])
        #expect(round.final.text == "second follow-up")
        #expect(round.score == 70 && round.answered == 2 && round.skips == 0)
        #expect(round.seconds == 50 && round.hintsUsed == 5)
        #expect(StepRound.of(.model, in: rows) == nil)
    }

    @Test func aFollowUpOnlyAdds() {
        let lower = StepRound.of(
            .data, in: [Self.row(.answer, "answer", score: 60), Self.row(.followup, "weaker", score: 50)])!
        #expect(lower.final.text == "answer" && lower.score == 60)
        let tie = StepRound.of(
            .data, in: [Self.row(.answer, "answer", score: 60), Self.row(.followup, "same", score: 60)])!
        #expect(tie.final.text == "same")
    }

    @Test func aRealAnswerOutranksALaterSkip() {
        let rows = [Self.row(.answer, "real", score: 55), Self.row(.answer, "", score: 0, skipped: true)]
        #expect(StepRound.of(.data, in: rows)?.answer.text == "real")
        let skippedOnly = StepRound.of(.data, in: [Self.row(.answer, "", score: 0, skipped: true)])!
        #expect(skippedOnly.skipped && skippedOnly.result.score == 0)
    }
}
