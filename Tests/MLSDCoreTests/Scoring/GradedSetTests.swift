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

    /// `graded/` holds every step of each case; `heldout/` a few steps written after a round of
    /// tuning, kept apart so that they are scored but not required to be complete.
    static func gradedCases(in name: String = "graded") throws -> [GradedCase] {
        guard let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)?.appendingPathComponent(name)
        else {
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
                // The v1 kinds are in every step; the v2 kinds, where present, are known ones.
                #expect(Set(Self.kinds).isSubset(of: Set(answers.keys)), "\(graded.case)/\(step)")
                #expect(Set(answers.keys).isSubset(of: Set(Self.kinds + Self.newKinds)), "\(graded.case)/\(step)")
            }
        }
    }

    /// Kinds of content format v2, present for some cases and steps: confidently wrong, terse
    /// expert, plain-English paraphrase of the strong answer, topic announcement, buzzword prose,
    /// keyword list joined by "and", clarifying questions in plain words (requirements only).
    static let newKinds = ["wrong", "terse", "paraphrase", "announce", "buzzword", "andlist", "plainquestions"]

    /// One ordering an interviewer would give: the first kind scores above the second (or at least
    /// as high, for `orEqual`), or a kind scores at most a bound.
    struct PairType: Sendable {
        var name: String
        var check: @Sendable ([String: Double]) -> Bool?

        static func above(_ a: String, _ b: String, orEqual: Bool = false) -> PairType {
            PairType(name: "\(a) \(orEqual ? "≥" : ">") \(b)") { score in
                guard let x = score[a], let y = score[b] else { return nil }
                return orEqual ? x >= y : x > y
            }
        }
    }

    static let pairTypes: [PairType] = {
        var types: [PairType] = []
        for (i, a) in levels.enumerated() {
            for b in levels[(i + 1)...] { types.append(.above(a, b)) }
        }
        types += [
            .above("strong", "dismissive"), .above("partial", "keywords", orEqual: true),
            PairType(name: "restated ≤ 10") { score in score["restated"].map { $0 <= 10 } },
            .above("strong", "wrong"), .above("partial", "wrong"), .above("terse", "weak"),
            .above("paraphrase", "partial"), .above("weak", "announce"), .above("partial", "buzzword"),
            .above("partial", "andlist"), .above("plainquestions", "weak"),
        ]
        return types
    }()

    /// How one set of answers ranks: ordering accuracy overall and per pair type, printed as a table
    /// with every pair out of order.
    struct Ranking {
        var answers = 0
        var tally: [String: (correct: Int, pairs: Int)] = [:]
        var failures: [String] = []

        var accuracy: Double {
            Double(tally.values.reduce(0) { $0 + $1.correct })
                / Double(max(1, tally.values.reduce(0) { $0 + $1.pairs }))
        }

        func share(_ type: String) -> Double? { tally[type].map { Double($0.correct) / Double($0.pairs) } }

        func table(_ title: String) -> String {
            let correct = tally.values.reduce(0) { $0 + $1.correct }, pairs = tally.values.reduce(0) { $0 + $1.pairs }
            var table =
                "\(title): \(answers) answers, \(pairs) ordered pairs, ordering accuracy "
                + "\(String(format: "%.3f", accuracy)) (\(correct)/\(pairs))\n"
            table += "  pair type                  in order  pairs  share\n"
            for type in GradedSetTests.pairTypes {
                guard let t = tally[type.name] else { continue }
                let name = type.name.padding(toLength: 26, withPad: " ", startingAt: 0)
                table +=
                    "  \(name) \(String(format: "%8d %6d  %.3f", t.correct, t.pairs, Double(t.correct) / Double(t.pairs)))\n"
            }
            return table + failures.map { "  out of order: \($0)\n" }.joined()
        }
    }

    static func rank(_ cases: [GradedCase]) throws -> Ranking {
        var ranking = Ranking()
        for graded in cases {
            for step in StepID.allCases {
                guard let texts = graded.steps[step.rawValue] else { continue }
                let scorer = try CaseFixtures.scorer(graded.case, step)
                var score: [String: Double] = [:]
                for (kind, text) in texts {
                    score[kind] = scorer.score(answer: text).score
                    ranking.answers += 1
                }
                for type in pairTypes {
                    guard let ok = type.check(score) else { continue }
                    ranking.tally[type.name, default: (0, 0)].pairs += 1
                    if ok {
                        ranking.tally[type.name, default: (0, 0)].correct += 1
                    } else {
                        let scores = (kinds + newKinds).compactMap { k in score[k].map { "\(k) \($0)" } }.joined(
                            separator: ", ")
                        ranking.failures.append("\(graded.case)/\(step.rawValue): \(type.name) (\(scores))")
                    }
                }
            }
        }
        return ranking
    }

    @Test func scorerOrdersAnswersLikeAnInterviewer() throws {
        let ranking = try Self.rank(try Self.gradedCases() + Self.gradedCases(in: "heldout"))
        print(ranking.table("Graded set"), terminator: "")
        let answers = ranking.answers, accuracy = ranking.accuracy
        #expect(answers >= 5 * 7 * 7)
        // The first 8 cases' held-out kinds were written by someone who never saw the rubric or
        // the scorer (0.883 on their first run, 0.935 after tuning on them). The other 11 cases
        // were written blind after that tuning and scored once before joining this set: 0.906
        // (6 cases) and 0.869 (5 cases, written after a further round), against 0.876 and 0.844
        // for the scorer before the tuning. All 19: 0.907, then 0.909 once plain phrasings took
        // everyday synonyms (paraphrase > partial 0.615 → 0.630, plain questions > weak 0.95 → 1),
        // with paraphrase > partial 0.63, weak > offtopic 0.78, partial > wrong 0.81, partial > and-list 0.85, weak > announce
        // and partial > buzzword 0.89, the rest ≥ 0.91. Plain-English paraphrase is the known gap.
        // Then 0.921: an answer about another system earns nothing (weak > off-topic 0.78 → 0.81,
        // partial > buzzword 0.89 → 0.93), three-word plain phrasings match with one specific word
        // missing at 0.9 of the credit (paraphrase > partial 0.63 → 0.68), "X doesn't need to be
        // logged" dismisses X (partial > wrong 0.81 → 0.84); no pair type fell.
        // Then 0.928 (2005 → 2021 of 2177): a statement about the case earns a little where an
        // announcement earns nothing, and making a point lifts the floor's cap; a cost, a mechanism or
        // "how to avoid X" no longer turns an announcement into a decision (weak > announce 0.89 → 0.95,
        // weak > off-topic 0.81 → 0.83); a plain phrasing is backed by a reason anywhere in its sentence
        // and "based on", "trained on" are mechanisms (paraphrase > partial 0.68 → 0.73); "costs
        // nothing", "is the vendor's problem", "would just lose money" dismiss their subject (partial >
        // wrong 0.84 → 0.84, 113 → 114). partial > weak, partial > and-list, partial > buzzword unchanged;
        // partial > offtopic 0.970 → 0.963, restated ≤ 10 1.0 → 0.99 (one at 10.7).
        // Then 0.964 (2098/2177): every point of all 19 cases said in more ways (field names, at least
        // four everyday wordings, four to eight details, everyday forms of each wrong claim), written
        // from how engineers talk, with these answers as a diagnostic of which points went unheard; and
        // negations that state a safeguard, a fact in a reason, a bound or a forbidden mix no longer
        // dismiss. paraphrase > partial 0.73 → 0.95, partial > wrong 0.84 → 0.96, terse > weak 0.93 →
        // 0.98; partial > and-list 0.85 and weak > off-topic 0.85 are the weakest types.
        // The target stays 0.9 for every pair type; this floor catches regressions meanwhile.
        #expect(accuracy >= 0.955)
    }

    /// `blind/`: every step of all 19 cases (1,748 answers), written by someone who saw only each
    /// case's scenario and step questions, never the rubric, the scorer or the other fixtures, and
    /// kept out of every tuning round. Scored once before the last round of tuning (0.898) and once
    /// after it (the figures in the floor's comment): it measures the scorer, it does not train it.
    /// Answers here are never edited to pass; a scorer change that lowers this set is a regression.
    @Test func blindSetMeasuresTheScorer() throws {
        let cases = try Self.gradedCases(in: "blind")
        let ranking = try Self.rank(cases)
        print(ranking.table("Blind set"), terminator: "")
        #expect(cases.count == 19)
        #expect(ranking.answers >= 1_700)
        // Before the last two tuning rounds 0.898; after the first 0.919; after the second 0.928
        // (1992/2147). The second round knew only which pair types were weakest here, never an
        // answer. Per type, first → last: paraphrase > partial 0.41 → 0.55, weak > announce 0.72 →
        // 0.77, weak > off-topic 0.73 → 0.85, partial > wrong 0.86 → 0.89, partial > buzzword
        // 0.90 → 0.98, terse > weak 0.93 → 0.92; the rest ≥ 0.94. After the rubric wordings round
        // (which never read this set): 0.939 (2015/2147); paraphrase > partial 0.55 → 0.67, weak >
        // announce 0.77 → 0.80, weak > off-topic 0.85 → 0.84, partial > wrong 0.89 → 0.87.
        #expect(ranking.accuracy >= 0.93)
    }

    /// `fresh/`: a second held-out set, every step of all 19 cases (1,748 answers), written the same
    /// way as `blind/` (scenario and step questions only) after `blind/` had been used twice. Only its
    /// per-type figures are read, never its answers; it is scored before and after each round.
    @Test func freshSetMeasuresTheScorer() throws {
        let cases = try Self.gradedCases(in: "fresh")
        let ranking = try Self.rank(cases)
        print(
            ranking.table("Fresh set").split(separator: "\n").filter { !$0.contains("out of order") }
                .joined(separator: "\n") + "\n", terminator: "")
        #expect(cases.count == 19)
        #expect(ranking.answers >= 1_700)
        // Before the rubric wordings round 0.921 (1977/2147), after it 0.933 (2004/2147): paraphrase >
        // partial 0.67 → 0.81, weak > announce 0.78 → 0.81, weak > off-topic 0.82 → 0.87, partial >
        // wrong 0.81 → 0.82, partial ≥ keywords 0.86 → 0.86; the rest ≥ 0.92.
        #expect(ranking.accuracy >= 0.925)
    }
}
