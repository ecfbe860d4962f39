import Foundation
import MLSDCore
import Testing

/// The phrasing lint of content format v2, run on every built-in case: points are earned by what
/// they mean, not by one generic word; no phrasing collapses into something else once stop words
/// and negations are removed; every point can be said in plain English; each case's own outline
/// scores strong and a point's explanation alone does not; pitfalls never contradict the rubric.
@Suite struct ContentLintTests {
    static let caseIDs: [String] = {
        let folder = CaseFixtures.dataFolder.appendingPathComponent("cases")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }()

    static let negations: Set<String> = [
        "not", "no", "never", "without", "avoid", "don't", "dont", "instead", "nor",
        "won't", "isn't", "aren't", "doesn't", "cannot", "can't",
    ]

    static func contentWords(_ phrasing: String) -> [Token] {
        TextAnalyzer.analyze(phrasing).tokens.filter(\.isContent)
    }

    /// Every phrasing-like text of a case with where it is, for the report.
    static func phrasings(of study: CaseStudy) -> [(place: String, text: String)] {
        var all: [(String, String)] = []
        for step in study.steps {
            for point in step.points {
                for t in point.phrasings { all.append(("\(step.id.rawValue)/\(point.id) phrasing", t)) }
                for t in point.plain { all.append(("\(step.id.rawValue)/\(point.id) plain", t)) }
                for t in point.details { all.append(("\(step.id.rawValue)/\(point.id) detail", t)) }
            }
            for claim in step.wrong {
                for t in claim.phrasings { all.append(("\(step.id.rawValue)/\(claim.id) wrong", t)) }
            }
            for (f, followup) in step.followups.enumerated() {
                for expected in followup.expects {
                    for t in expected.phrasings { all.append(("\(step.id.rawValue)/followup \(f) expects", t)) }
                }
                for t in followup.triggers { all.append(("\(step.id.rawValue)/followup \(f) trigger", t)) }
            }
        }
        return all
    }

    @Test(arguments: caseIDs)
    func noWeightyPointIsEarnedByOneGenericWord(_ caseID: String) throws {
        let study = try CaseFixtures.caseStudy(caseID)
        var problems: [String] = []
        for step in study.steps {
            for point in step.points where point.weight >= 2 {
                // Details too: a detail found alone earns its point like a phrasing does.
                for text in point.phrasings + point.plain + point.details {
                    let words = Self.contentWords(text)
                    // A compound ("out-of-time", "two-tower") is one distinctive term, not a generic word.
                    let compound = TextAnalyzer.analyze(text).tokens.contains { $0.kind == .alias }
                    if words.count == 1, !compound, GenericTerms.stems.contains(words[0].stem) {
                        problems.append("\(step.id.rawValue)/\(point.id): '\(text)' is one generic word")
                    }
                }
            }
        }
        #expect(problems.isEmpty, "\(caseID):\n\(problems.joined(separator: "\n"))")
    }

    @Test(arguments: caseIDs)
    func noPhrasingCollapsesOnceStopWordsAndNegationsGo(_ caseID: String) throws {
        let study = try CaseFixtures.caseStudy(caseID)
        var problems: [String] = []
        for (place, text) in Self.phrasings(of: study) {
            // Words as written, hyphenated compounds whole: "card-not-present" and "no-show" are terms, not negations.
            let words = text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
                .split { !$0.isLetter && $0 != "'" && $0 != "-" }.map(String.init)
            if let negation = words.first(where: { Self.negations.contains($0) }) {
                problems.append("\(place): '\(text)' contains '\(negation)', which matching removes")
            }
            if Self.contentWords(text).isEmpty {
                problems.append("\(place): '\(text)' has no content word")
            }
        }
        #expect(problems.isEmpty, "\(caseID):\n\(problems.joined(separator: "\n"))")
    }

    @Test(arguments: caseIDs)
    func everyPointHasTwoPlainPhrasings(_ caseID: String) throws {
        let study = try CaseFixtures.caseStudy(caseID)
        let short = study.steps.flatMap { step in
            step.points.filter { $0.plain.count < 2 }.map { "\(step.id.rawValue)/\($0.id)" }
        }
        #expect(
            short.isEmpty, "\(caseID): points with fewer than two plain phrasings: \(short.joined(separator: ", "))")
    }

    @Test(arguments: caseIDs)
    func outlineScoresStrongAndAnExplanationAloneDoesNot(_ caseID: String) throws {
        let study = try CaseFixtures.caseStudy(caseID)
        var problems: [String] = []
        var whysInFull = 0, points = 0
        for step in study.steps {
            let scorer = try CaseFixtures.scorer(caseID, step.id)
            let outline = scorer.score(answer: step.outline.joined(separator: ".\n") + ".")
            if outline.level != .strong {
                problems.append(
                    "\(step.id.rawValue): outline scores \(outline.score), missed \(outline.missed.map(\.id))")
            }
            if !outline.wrong.isEmpty {
                problems.append("\(step.id.rawValue): the outline makes wrong claims \(outline.wrong.map(\.id))")
            }
            for point in step.points {
                let why = scorer.score(answer: point.why)
                if why.level == .strong {
                    problems.append("\(step.id.rawValue)/\(point.id): its why alone scores \(why.score)")
                }
                if why.covered.contains(where: { $0.id == point.id && $0.credit >= 1 }) { whysInFull += 1 }
                points += 1
            }
        }
        #expect(problems.isEmpty, "\(caseID):\n\(problems.joined(separator: "\n"))")
        // A why explains a point; said alone it should not make the decision in full. Measured at
        // up to 42% of a case's points (ad-click-prediction) when this check landed, because whys
        // repeat the point's phrasing with its reason: this ceiling keeps it from growing until the
        // content is rewritten.
        #expect(
            Double(whysInFull) <= 0.45 * Double(points),
            "\(caseID): \(whysInFull) of \(points) whys earn their point in full")
    }

    /// A pitfall never fires beside a covered point whose own words answer it.
    @Test(arguments: caseIDs)
    func pitfallsNeverFireBesideAPointThatAnswersThem(_ caseID: String) throws {
        let study = try CaseFixtures.caseStudy(caseID)
        let pitfalls = try CaseFixtures.pitfalls()
        var problems: [String] = []
        for step in study.steps {
            let scorer = try CaseFixtures.scorer(caseID, step.id)
            for pitfall in pitfalls where pitfall.steps.contains(step.id) {
                let answering = Set(scorer.pointsAnswering(pitfall: pitfall.id))
                for point in step.points where answering.contains(point.id) {
                    // The point said plainly next to the pitfall's trigger.
                    let trigger = pitfall.triggers.first.map { "We use \($0) here. " } ?? ""
                    for phrasing in point.phrasings + point.plain {
                        let result = scorer.score(answer: trigger + "We rely on \(phrasing) because it matters.")
                        guard result.covered.contains(where: { $0.id == point.id }) else { continue }
                        if result.pitfalls.contains(where: { $0.id == pitfall.id }) {
                            problems.append(
                                "\(step.id.rawValue): '\(pitfall.id)' fires beside covered \(point.id) ('\(phrasing)')")
                        }
                    }
                }
            }
        }
        #expect(problems.isEmpty, "\(caseID):\n\(problems.joined(separator: "\n"))")
    }
}
