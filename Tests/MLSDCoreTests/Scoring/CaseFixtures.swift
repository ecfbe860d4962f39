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

    /// The scorer of one built-in step, built once per test process: the graded sets and the
    /// content lint each walk all 133 steps, and building a step's scorer costs more than scoring
    /// a hundred answers with it.
    static func scorer(_ caseID: String, _ step: StepID) throws -> StepScorer {
        let key = "\(caseID)/\(step.rawValue)"
        if let built = scorers.value(for: key) { return built }
        let built = try StepScorer(caseStudy: caseStudy(caseID), step: step, pitfalls: pitfalls())!
        scorers.set(built, for: key)
        return built
    }

    private static let scorers = ScorerCache()
}

/// Scorers by "case/step", shared by tests running in parallel.
private final class ScorerCache: @unchecked Sendable {
    private let lock = NSLock()
    private var scorers: [String: StepScorer] = [:]

    func value(for key: String) -> StepScorer? { lock.withLock { scorers[key] } }
    func set(_ scorer: StepScorer, for key: String) { lock.withLock { scorers[key] = scorer } }
}
