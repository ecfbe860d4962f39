import MLSDCore

/// Exit codes, following BSD sysexits where one fits.
public enum ExitCode: Int32, Sendable {
    case ok = 0
    case failure = 1
    case usage = 64
    case dataError = 65
    case noInput = 66
    case ioError = 74
    case busy = 75
    case interrupted = 130
}

/// An error to report to the user: one line naming the thing and the fix, and an exit code.
/// A usage error also prints the command's usage line, as swift-argument-parser does.
public struct CLIError: Error, Sendable {
    public var message: String
    public var code: ExitCode
    var usageOf: CommandSpec?

    public init(_ message: String, code: ExitCode = .failure) {
        self.message = message
        self.code = code
    }

    static func usage(_ message: String, _ spec: CommandSpec) -> CLIError {
        var error = CLIError(message, code: .usage)
        error.usageOf = spec
        return error
    }

    /// The one wording for a required option left out, whoever notices it.
    static func missing(_ option: OptionSpec, _ spec: CommandSpec) -> CLIError {
        usage("Missing expected option '--\(option.name) <\(option.value ?? option.name)>'", spec)
    }

    /// "unknown case 'x' (did you mean 'y'? see 'mlsd cases')"
    /// - Parameter otherwise: what to say before the help pointer when no name is close (e.g. every valid value).
    static func unknown(
        _ kind: String, _ value: String, among names: [String], see: String, otherwise: String? = nil,
        code: ExitCode = .usage
    ) -> CLIError {
        let close = Suggestions.closest(to: value, in: names)
        let hint =
            close.isEmpty
            ? (otherwise.map { "\($0); " } ?? "") + "see '\(see)'"
            : "did you mean '\(close.joined(separator: "' or '"))'? see '\(see)'"
        return CLIError("unknown \(kind) '\(value)' (\(hint))", code: code)
    }
}
