import Foundation
import MLSDCore
import MLSDStore

/// Small content bundles built in code, so store tests do not depend on the built-in catalog.
enum SampleContent {
    static func point(_ id: String, weight: Int = 2, plain: [String] = []) -> RubricPoint {
        RubricPoint(
            id: id, title: "Title \(id)", weight: weight, why: "Why \(id).", question: "What about \(id)?",
            phrasings: ["phrase \(id)"], details: [], plain: plain)
    }

    /// Content format v2 on one step, so that the round trip through the database covers it.
    static let richFollowups: [Followup] = [
        Followup(
            question: "f1 with expects?",
            expects: [ExpectedPoint(title: "e1", phrasings: ["alpha beta", "gamma delta"])],
            triggers: ["trigger words"]),
        "f2",
    ]

    static func wrongClaim(_ id: String) -> WrongClaim {
        WrongClaim(
            id: id, title: "Wrong \(id)", phrasings: ["wrong phrase", "other wrong phrase"], why: "Why wrong.",
            fix: "Fix it.")
    }

    static func study(_ id: String, pointIDs: [String] = ["p1", "p2"]) -> CaseStudy {
        CaseStudy(
            id: id, title: "Case \(id)", scenario: "Design \(id).", difficulty: .medium, tags: ["sample"],
            steps: StepID.allCases.map { step in
                Step(
                    id: step, prompt: "Prompt \(step)", minutes: 5, hints: ["h1", "h2"], outline: ["o1", "o2", "o3"],
                    followups: step == .metrics ? richFollowups : ["f1", "f2"],
                    points: pointIDs.map {
                        point("\(step.rawValue)-\($0)", plain: step == .metrics ? ["plain a", "plain b"] : [])
                    },
                    wrong: step == .metrics ? [wrongClaim("\(step.rawValue)-w1")] : [])
            })
    }

    static func bundle(_ cases: [CaseStudy], pitfalls: [Pitfall] = []) -> ContentBundle {
        let encoder = JSONEncoder()
        var documents = cases.map {
            (path: "cases/\($0.id).json", json: String(decoding: try! encoder.encode($0), as: UTF8.self))
        }
        documents.append((path: "pitfalls.json", json: String(decoding: try! encoder.encode(pitfalls), as: UTF8.self)))
        let hash = String(documents.map(\.json).joined().hashValue)
        return ContentBundle(hash: hash, documents: documents)
    }

    static let bundle = bundle([study("alpha"), study("beta")])
}
