import Foundation

/// Why a `SchedulerSettings` value was rejected. Each issue names the setting, the offending value
/// and the allowed range, because the user has to fix it by hand in a config file or a flag.
public struct SchedulerSettingsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Which step list a step issue refers to.
    public enum StepList: String, Sendable, Equatable {
        case learning, relearning
    }

    public enum Issue: Sendable, Equatable, CustomStringConvertible {
        case parameterCount(found: Int, expected: Int)
        case parameterOutOfRange(index: Int, value: Double, allowed: ClosedRange<Double>)
        case desiredRetentionOutOfRange(value: Double, allowed: ClosedRange<Double>)
        case stepNotPositive(list: StepList, index: Int, seconds: Double)
        case maximumIntervalOutOfRange(value: Int, allowed: ClosedRange<Int>)

        public var description: String {
            switch self {
            case .parameterCount(let found, let expected):
                return "expected \(expected) FSRS-6 parameters (w0…w\(expected - 1)), got \(found)"
            case .parameterOutOfRange(let index, let value, let allowed):
                let roles = SchedulerSettings.parameterRoles
                let role = roles.indices.contains(index) ? " (\(roles[index]))" : ""
                return "parameter w\(index)\(role) = \(Self.number(value)) is outside the allowed range "
                    + "\(Self.number(allowed.lowerBound))…\(Self.number(allowed.upperBound))"
            case .desiredRetentionOutOfRange(let value, let allowed):
                return "desired retention \(Self.number(value)) is outside the allowed range "
                    + "\(Self.twoDecimals(allowed.lowerBound))…\(Self.twoDecimals(allowed.upperBound))"
            case .stepNotPositive(let list, let index, let seconds):
                return "\(list.rawValue) step \(index + 1) is \(Self.number(seconds)) s; "
                    + "each step must be a positive number of seconds"
            case .maximumIntervalOutOfRange(let value, let allowed):
                return "maximum interval \(value) days is outside the allowed range "
                    + "\(allowed.lowerBound)…\(allowed.upperBound) days"
            }
        }

        // Plain "0.9" rather than "0.9000000000000000222": users compare it with what they typed.
        private static func number(_ value: Double) -> String {
            value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
        }

        private static func twoDecimals(_ value: Double) -> String {
            String(format: "%.2f", value)
        }
    }

    public var issues: [Issue]

    public init(issues: [Issue]) {
        self.issues = issues
    }

    public var description: String {
        issues.count == 1
            ? "invalid scheduler settings: \(issues[0])"
            : "invalid scheduler settings:\n" + issues.map { "  - \($0)" }.joined(separator: "\n")
    }
}
