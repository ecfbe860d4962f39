import Foundation

/// How hard the soak and stress tests push. `make test` runs them small, with the same seeds, so
/// they still fail on a lost write or a crash; `make stress` (which CI runs too) sets
/// MLSD_STRESS=1 for the full size, where rarer interleavings show.
enum StressSize {
    static let full = ProcessInfo.processInfo.environment["MLSD_STRESS"] == "1"

    static func pick<T>(quick: T, full: T) -> T { Self.full ? full : quick }
}
