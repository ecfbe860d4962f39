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

    /// Each built-in case decoded once per test process.
    static func caseStudy(_ id: String) throws -> CaseStudy {
        try caseStudies.value(for: id) {
            let data = try Data(contentsOf: dataFolder.appendingPathComponent("cases/\(id).json"))
            return try JSONDecoder().decode(CaseStudy.self, from: data)
        }
    }

    static func pitfalls() throws -> [Pitfall] {
        try catalog.value(for: "") {
            try JSONDecoder().decode(
                [Pitfall].self, from: Data(contentsOf: dataFolder.appendingPathComponent("pitfalls.json")))
        }
    }

    /// The scorer of one built-in step, built once per test process: the graded sets and the
    /// content lint each walk all 133 steps, and building a step's scorer costs more than scoring
    /// a hundred answers with it.
    static func scorer(_ caseID: String, _ step: StepID) throws -> StepScorer {
        try scorers.value(for: "\(caseID)/\(step.rawValue)") {
            try StepScorer(caseStudy: caseStudy(caseID), step: step, pitfalls: pitfalls())!
        }
    }

    private static let caseStudies = Built<CaseStudy>()
    private static let catalog = Built<[Pitfall]>()
    private static let scorers = Built<StepScorer>()
}

/// Values by key, made once and shared by tests running in parallel.
private final class Built<Value: Sendable>: @unchecked Sendable {  // `values` is guarded by `lock`
    private let lock = NSLock()
    private var values: [String: Value] = [:]

    func value(for key: String, make: () throws -> Value) rethrows -> Value {
        if let value = lock.withLock({ values[key] }) { return value }
        let value = try make()
        lock.withLock { values[key] = value }
        return value
    }
}
