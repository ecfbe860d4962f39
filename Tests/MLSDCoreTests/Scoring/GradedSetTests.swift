import Foundation
import MLSDCore
import Testing

/// Ranks a hand-graded set of answers (Fixtures/graded, one file per built-in case, seven steps
/// each) and checks the scorer orders them the way an interviewer would.
///
/// Per step: strong > partial > weak > off-topic (all six pairs), strong > a dismissive rewrite
/// of it, partial ≥ a bare keyword list, and a restated prompt scores ≈ 0 (at most 10).
@Suite struct GradedSetTests {
    struct GradedCase: Decodable {
        var `case`: String
        var steps: [String: [String: String]]
    }

    static let levels = ["strong", "partial", "weak", "offtopic"]
    static let kinds = levels + ["keywords", "dismissive", "restated"]

    static func gradedCases() throws -> [GradedCase] {
        guard let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)?.appendingPathComponent("graded") else {
            throw CocoaError(.fileNoSuchFile)
        }
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        return try files.map { try JSONDecoder().decode(GradedCase.self, from: Data(contentsOf: $0)) }
    }

    @Test func setIsLargeEnoughAndComplete() throws {
        let cases = try Self.gradedCases()
        #expect(cases.count >= 5)
        for graded in cases {
            #expect(Set(graded.steps.keys) == Set(StepID.allCases.map(\.rawValue)), "\(graded.case)")
            for (step, answers) in graded.steps {
                #expect(Set(answers.keys) == Set(Self.kinds), "\(graded.case)/\(step)")
            }
        }
    }

    @Test func scorerOrdersAnswersLikeAnInterviewer() throws {
        let pitfalls = try CaseFixtures.pitfalls()
        var pairs = 0
        var correct = 0
        var failures: [String] = []
        var answers = 0
        for graded in try Self.gradedCases() {
            let caseStudy = try CaseFixtures.caseStudy(graded.case)
            for step in StepID.allCases {
                guard let texts = graded.steps[step.rawValue], let scorer = StepScorer(caseStudy: caseStudy, step: step, pitfalls: pitfalls) else {
                    continue
                }
                var score: [String: Double] = [:]
                for (kind, text) in texts {
                    score[kind] = scorer.score(answer: text).score
                    answers += 1
                }
                func check(_ ok: Bool, _ what: String) {
                    pairs += 1
                    if ok { correct += 1; return }
                    let scores = Self.kinds.map { "\($0) \(score[$0]!)" }.joined(separator: ", ")
                    failures.append("\(graded.case)/\(step.rawValue): \(what) (\(scores))")
                }
                for (i, a) in Self.levels.enumerated() {
                    for b in Self.levels[(i + 1)...] { check(score[a]! > score[b]!, "\(a) > \(b)") }
                }
                check(score["strong"]! > score["dismissive"]!, "strong > dismissive")
                check(score["partial"]! >= score["keywords"]!, "partial ≥ keywords")
                check(score["restated"]! <= 10, "restated ≈ 0")
            }
        }
        let accuracy = Double(correct) / Double(max(1, pairs))
        print("Graded set: \(answers) answers, \(pairs) ordered pairs, ordering accuracy \(String(format: "%.3f", accuracy)) (\(correct)/\(pairs))")
        for failure in failures { print("  out of order: \(failure)") }
        #expect(answers >= 5 * 7 * 7)
        #expect(accuracy >= 0.9)
    }
}
