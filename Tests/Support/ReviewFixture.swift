import Foundation
import MLSDCore

/// A temporary mlsd home for review tests: a fixed clock (MLSD_NOW), UTC, and helpers to read
/// the JSON the commands print.
struct ReviewFixture {
    var mlsd: MLSDSandbox
    static let start = ISO8601DateFormatter().date(from: "2026-03-01T09:00:00Z")!

    init(_ runner: MLSDSandbox.Runner = .binary, timeZone: String = "UTC") {
        mlsd = MLSDSandbox.afterFirstRun(runner)
        mlsd.environment["TZ"] = timeZone
    }

    func remove() { mlsd.remove() }

    static func iso(_ date: Date) -> String { ISO8601DateFormatter().string(from: date) }

    @discardableResult
    func run(_ arguments: [String], at instant: Date = start, input: String? = nil) throws -> MLSDSandbox.Result {
        try mlsd.run(arguments, input: input, environment: ["MLSD_NOW": Self.iso(instant)])
    }

    /// Runs a command that must succeed and returns its JSON output.
    func json(_ arguments: [String], at instant: Date = start) throws -> Any {
        let result = try run(arguments + ["--json"], at: instant)
        guard result.status == 0 else {
            throw Failure(message: "mlsd \(arguments.joined(separator: " ")) exited \(result.status): \(result.stderr)")
        }
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    func cards(_ extra: [String] = [], at instant: Date = start) throws -> [[String: Any]] {
        try json(["cards"] + extra, at: instant) as! [[String: Any]]
    }

    func card(_ id: Int, at instant: Date = start) throws -> [String: Any] {
        try require(try cards(at: instant).first { $0["id"] as? Int == id })
    }

    /// Decodes a command's JSON output. JSONDecoder, not JSONSerialization: on Linux the latter
    /// can read a double one ulp off, and these tests compare the scheduler's numbers exactly.
    func decode<T: Decodable>(_ type: T.Type, _ arguments: [String], at instant: Date = start) throws -> T {
        let result = try run(arguments + ["--json"], at: instant)
        guard result.status == 0 else {
            throw Failure(message: "mlsd \(arguments.joined(separator: " ")) exited \(result.status): \(result.stderr)")
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(T.self, from: Data(result.stdout.utf8))
    }

    /// The database as the sqlite3 shell sees it, for "nothing changed" checks.
    func snapshot() throws -> String {
        try mlsd.sql("SELECT * FROM cards; SELECT * FROM review_log;")
    }

    struct Failure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}

/// `#require` outside a test function body.
private func require<T>(_ value: T?) throws -> T {
    guard let value else { throw ReviewFixture.Failure(message: "missing value") }
    return value
}

/// A card as `mlsd cards --json` prints it.
struct CardRow: Decodable {
    var id: Int
    var kind: String
    var caseId: String
    var step: String
    var pointId: String?
    var state: String
    var stepIndex: Int?
    var stability: Double?
    var difficulty: Double?
    var retrievability: Double
    var due: String
    var lastReview: String?
    var reps: Int
    var lapses: Int
    var suspended: Bool
    var retired: Bool
}
