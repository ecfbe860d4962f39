import Foundation
import MLSDCore

/// Domain values read from a row, held to ranges the rest of mlsd can compute with. A hand-edited
/// or damaged database may hold 1e300 in a date or Int64.max in a count, and converting or adding
/// those traps; clamped here, one bad row shows an odd value instead of stopping every command.
/// `mlsd doctor` reports such rows (`ValueRanges`). Generic reads (`int`, `double`) stay exact.
public enum ValueRange {
    /// Seconds from 1970 to the end of November 9999, the instants `MLSD_NOW` accepts: the
    /// calendar looks up to a month ahead of now, and day numbers stop at year 9999.
    public static let seconds = 0.0...253_399_622_399.0
    public static let score = 0.0...100.0
    /// Repetitions, lapses, hints, days: a billion is beyond any real use and far from overflow.
    public static let count = 0...1_000_000_000
    public static let duration = 0.0...1e9
    public static let stability = 0.001...1e6
    public static let difficulty = 1.0...10.0
    public static let weight = 1...3
}

extension Row {
    /// A timestamp; NaN and infinities end up at the nearer end of the range.
    public func date(_ column: Int32) -> Date {
        Date(timeIntervalSince1970: clamp(double(column), to: ValueRange.seconds))
    }

    public func optionalDate(_ column: Int32) -> Date? { isNull(column) ? nil : date(column) }

    public func score(_ column: Int32) -> Double? { isNull(column) ? nil : clamp(double(column), to: ValueRange.score) }

    /// A score's level; nil when none is stored or the text is not one this mlsd knows.
    public func level(_ column: Int32) -> StepScore.Level? {
        optionalString(column).flatMap(StepScore.Level.init(rawValue:))
    }

    public func count(_ column: Int32) -> Int {
        min(max(int(column), ValueRange.count.lowerBound), ValueRange.count.upperBound)
    }

    public func weight(_ column: Int32) -> Int {
        min(max(int(column), ValueRange.weight.lowerBound), ValueRange.weight.upperBound)
    }

    /// A real value within `range` (seconds spent, days scheduled, stability, difficulty).
    public func real(_ column: Int32, in range: ClosedRange<Double>) -> Double { clamp(double(column), to: range) }

    public func optionalReal(_ column: Int32, in range: ClosedRange<Double>) -> Double? {
        isNull(column) ? nil : real(column, in: range)
    }

    private func clamp(_ value: Double, to range: ClosedRange<Double>) -> Double {
        value.isNaN ? range.lowerBound : min(max(value, range.lowerBound), range.upperBound)
    }
}
