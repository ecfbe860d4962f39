/// A command described as data: the parser, help and usage text are all derived from it.
struct CommandSpec: Sendable {
    var name: String
    var abstract: String
    var discussion: String = ""
    var arguments: [ArgumentSpec] = []
    var options: [OptionSpec] = []
    var subcommands: [CommandSpec] = []
    var run: (@Sendable (Invocation, Context) throws -> Void)?
    /// Left out of help and completions: a build step's command (`mlsd manpage`), not a user's.
    var hidden = false

    /// The full name as typed after `mlsd`, e.g. "config set"; set when registered.
    var path: String = ""

    var allOptions: [OptionSpec] { options + OptionSpec.common }

    /// The subcommands a user is shown.
    var visibleSubcommands: [CommandSpec] { subcommands.filter { !$0.hidden } }
}

struct ArgumentSpec: Sendable {
    var name: String
    var help: String
    var optional = false
    /// Takes every remaining argument.
    var variadic = false
}

struct OptionSpec: Sendable {
    var name: String
    var short: Character? = nil
    /// nil for a flag; the placeholder shown in usage for an option that takes a value.
    var value: String? = nil
    var help: String
    /// The command refuses to run without it; usage shows it without brackets.
    var required = false

    static let json = OptionSpec(name: "json", help: "Print JSON (keys sorted, dates ISO 8601 UTC).")
    static let help = OptionSpec(name: "help", short: "h", help: "Show help information.")
    static let common: [OptionSpec] = [
        OptionSpec(name: "db", value: "path", help: "Database file (default: $MLSD_DB, else $XDG_DATA_HOME/mlsd/mlsd.sqlite3)."),
        OptionSpec(name: "no-color", help: "Never use colour (also NO_COLOR or TERM=dumb)."),
        help,
    ]
}

/// What the user typed, matched against a spec.
struct Invocation: Sendable {
    var spec: CommandSpec
    var arguments: [String] = []
    var values: [String: String] = [:]
    var flags: Set<String> = []

    func flag(_ name: String) -> Bool { flags.contains(name) }
    func value(_ name: String) -> String? { values[name] }
    var json: Bool { flag("json") }

    func argument(_ index: Int) -> String? { index < arguments.count ? arguments[index] : nil }

    func int(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let raw = values[name] else { return nil }
        guard let number = Int(raw), range.contains(number) else {
            throw CLIError.usage("The value '\(raw)' is invalid for '--\(name) <\(name)>': expected a whole number from \(range.lowerBound) to \(range.upperBound)", spec)
        }
        return number
    }
}
