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

/// Every option name mlsd knows: commands read options by key, so a misspelt name does not compile.
enum OptionKey: String, CaseIterable, Sendable {
    case all, allPoints = "all-points", builtin, `case`, cheatsheet, db, due, file, force, help, json, limit
    case new, noColor = "no-color", noHints = "no-hints", out, outline, purge, random, repair, resume
    case session, step, tag, timed, verbose, version
}

struct OptionSpec: Sendable {
    var key: OptionKey
    var short: Character?
    /// nil for a flag; the placeholder shown in usage for an option that takes a value.
    var value: String?
    var help: String
    /// The parser refuses a command line without it, and usage shows it without brackets, so
    /// the command reads it with `Invocation.required`.
    var required: Bool

    init(_ key: OptionKey, short: Character? = nil, value: String? = nil, help: String, required: Bool = false) {
        self.key = key
        self.short = short
        self.value = value
        self.help = help
        self.required = required
    }

    var name: String { key.rawValue }

    static let json = OptionSpec(.json, help: "Print JSON (keys sorted, dates ISO 8601 UTC).")
    static let help = OptionSpec(.help, short: "h", help: "Show help information.")
    static let common: [OptionSpec] = [
        OptionSpec(
            .db, value: "path", help: "Database file (default: $MLSD_DB, else $XDG_DATA_HOME/mlsd/mlsd.sqlite3)."),
        OptionSpec(.noColor, help: "Never use colour (also NO_COLOR or TERM=dumb)."),
        help,
    ]
}

/// What the user typed, matched against a spec.
struct Invocation: Sendable {
    var spec: CommandSpec
    var arguments: [String] = []
    var values: [OptionKey: String] = [:]
    var flags: Set<OptionKey> = []

    func flag(_ key: OptionKey) -> Bool { flags.contains(key) }
    func value(_ key: OptionKey) -> String? { values[key] }
    var json: Bool { flag(.json) }

    /// An option the table marks `required`: the parser has refused a command line without it.
    func required(_ key: OptionKey) throws -> String {
        guard let value = values[key] else {
            throw CLIError.missing(
                spec.allOptions.first { $0.key == key } ?? OptionSpec(key, value: key.rawValue, help: ""), spec)
        }
        return value
    }

    func argument(_ index: Int) -> String? { index < arguments.count ? arguments[index] : nil }

    func int(_ key: OptionKey, in range: ClosedRange<Int>) throws -> Int? {
        guard let raw = values[key] else { return nil }
        let name = key.rawValue
        guard let number = Int(raw), range.contains(number) else {
            throw CLIError.usage(
                "The value '\(raw)' is invalid for '--\(name) <\(name)>': expected a whole number from "
                    + "\(range.lowerBound) to \(range.upperBound)",
                spec)
        }
        return number
    }
}
