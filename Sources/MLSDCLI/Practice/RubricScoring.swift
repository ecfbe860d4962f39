import Foundation
import MLSDCore
import MLSDStore

/// The one place practice calls the rubric scorer: a scorer is built once per step of the case,
/// and every score is saved (with the outcome of each point) before it is shown.
final class RubricScoring {
    let study: CaseStudy
    let pitfalls: [Pitfall]
    private let store: Store
    private let clock: () -> Date
    private var scorers: [StepID: StepScorer] = [:]

    init(study: CaseStudy, pitfalls: [Pitfall], store: Store, clock: @escaping () -> Date) {
        self.study = study
        self.pitfalls = pitfalls
        self.store = store
        self.clock = clock
    }

    private func scorer(for step: StepID) -> StepScorer? {
        if let scorer = scorers[step] { return scorer }
        guard let scorer = StepScorer(caseStudy: study, step: step, pitfalls: pitfalls) else { return nil }
        scorers[step] = scorer
        return scorer
    }

    /// Scores a saved answer (a follow-up together with the answer it follows) and saves the score.
    @discardableResult
    func scoreAndSave(_ answer: PracticeAnswer, among answers: [PracticeAnswer]) throws -> StepScore? {
        guard let scorer = scorer(for: answer.step) else { return nil }
        let score: StepScore
        switch answer.kind {
        case .answer:
            score = scorer.score(answer: answer.text)
        case .followup:
            let base = answers.answer(before: answer)?.text ?? ""
            score = scorer.score(answer: base, followup: FollowupAnswer(question: answer.question, answer: answer.text))
        }
        try store.sessions.saveScore(score, answerID: answer.id, caseID: study.id, now: clock())
        return score
    }
}
