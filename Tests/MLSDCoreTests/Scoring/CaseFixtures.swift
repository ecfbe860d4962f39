import Foundation
import MLSDCore

/// The built-in cases and pitfall catalog, read from the repository's Data/ folder.
enum CaseFixtures {
    static let dataFolder = URL(fileURLWithPath: #filePath)  // repo/Tests/MLSDCoreTests/Scoring/CaseFixtures.swift
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Data")

    static func caseStudy(_ id: String) throws -> CaseStudy {
        let data = try Data(contentsOf: dataFolder.appendingPathComponent("cases/\(id).json"))
        return try JSONDecoder().decode(CaseStudy.self, from: data)
    }

    static func pitfalls() throws -> [Pitfall] {
        try JSONDecoder().decode(
            [Pitfall].self, from: Data(contentsOf: dataFolder.appendingPathComponent("pitfalls.json")))
    }

    static func scorer(_ caseID: String, _ step: StepID) throws -> StepScorer {
        try StepScorer(caseStudy: caseStudy(caseID), step: step, pitfalls: pitfalls())!
    }
}
