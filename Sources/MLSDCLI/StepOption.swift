import Foundation
import MLSDCore

/// `--step` reads the same on every command: a step id in any case, or its number 1-7.
extension OptionSpec {
    /// What a `--step` value may be, for the option's help.
    static let stepValues =
        "an id (\(StepID.allCases.map(\.rawValue).joined(separator: ", "))) or its number 1-\(StepID.allCases.count)"
}

extension Invocation {
    /// The `--step` value, if given; an unknown one gets a did-you-mean.
    func step() throws -> StepID? {
        guard let raw = value(.step) else { return nil }
        return try StepID(argument: raw, see: "mlsd \(spec.path) --help")
    }

    /// The `--step` value of a command whose table marks it `required`.
    func requiredStep() throws -> StepID {
        try StepID(argument: required(.step), see: "mlsd \(spec.path) --help")
    }
}

extension StepID {
    init(argument raw: String, see: String) throws {
        let word = raw.trimmingCharacters(in: .whitespaces).lowercased()
        if let number = Int(word), (1...Self.allCases.count).contains(number) {
            self = Self.allCases[number - 1]
        } else if let step = Self(rawValue: word) {
            self = step
        } else {
            // Seven steps fit on one line: with no close name, say them all.
            let all = "a step is 1-\(Self.allCases.count) or \(Self.allCases.map(\.rawValue).joined(separator: ", "))"
            throw CLIError.unknown("step", raw, among: Self.allCases.map(\.rawValue), see: see, otherwise: all)
        }
    }
}
