import Foundation

/// The clock of one step: its budget and when the user started on it. Pure: `now` is passed in.
public struct StepTiming: Sendable, Equatable {
    public let budget: TimeInterval
    public let startedAt: Date

    public init(minutes: Int, startedAt: Date) {
        budget = TimeInterval(max(0, minutes) * 60)
        self.startedAt = startedAt
    }

    public func elapsed(at now: Date) -> TimeInterval { max(0, now.timeIntervalSince(startedAt)) }
    public func remaining(at now: Date) -> TimeInterval { budget - elapsed(at: now) }
    public func isOver(at now: Date) -> Bool { remaining(at: now) < 0 }

    /// "3:12 left" or "over budget by 1:05", as the timed prompt shows it.
    public func status(at now: Date) -> String {
        let left = remaining(at: now)
        return left >= 0 ? "\(ClockText.format(left)) left" : "over budget by \(ClockText.format(-left))"
    }
}

/// Durations as a person reads them on a clock: "0:42", "12:05", "1:02:09".
public enum ClockText {
    public static func format(_ seconds: TimeInterval) -> String {
        let total = Int(max(0, seconds.isFinite ? seconds : 0).rounded(.down))
        let (hours, minutes, secs) = (total / 3600, total / 60 % 60, total % 60)
        let mm = hours > 0 ? pad(minutes) : String(minutes)
        return (hours > 0 ? "\(hours):" : "") + "\(mm):\(pad(secs))"
    }

    /// "5 min", for budgets given in whole minutes.
    public static func minutes(_ seconds: TimeInterval) -> String {
        "\(Int((seconds / 60).rounded())) min"
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}
