import MLSDCore

/// Matches argv against command specs. Small on purpose: long options (`--name value`,
/// `--name=value`), one-letter flags, positional arguments, `--` to end options, subcommands.
enum ArgumentParser {
    static func parse(_ arguments: [String], root: CommandSpec) throws -> Invocation {
        var spec = root
        var rest = hoistingLeadingCommonOptions(arguments)[...]
        while let next = rest.first, let sub = spec.subcommands.first(where: { $0.name == next }) {
            spec = sub
            rest = rest.dropFirst()
        }
        var invocation = Invocation(spec: spec)
        var optionsEnded = false
        while let word = rest.popFirst() {
            if optionsEnded || word == "-" || !word.hasPrefix("-") || Double(word) != nil {
                invocation.arguments.append(word)
                continue
            }
            if word == "--" { optionsEnded = true; continue }
            let (name, inline) = split(word)
            guard let option = find(name, in: spec) else {
                throw CLIError.usage("Unknown option '\(word)'\(suggestion(for: name, in: spec))", spec)
            }
            if let placeholder = option.value {
                guard let value = inline ?? rest.popFirst() else {
                    throw CLIError.usage("Missing value for '--\(option.name) <\(placeholder)>'", spec)
                }
                invocation.values[option.key] = value
            } else {
                guard inline == nil else {
                    throw CLIError.usage("The flag '--\(option.name)' does not take a value", spec)
                }
                invocation.flags.insert(option.key)
            }
        }
        if spec.run == nil, invocation.arguments.isEmpty, !invocation.flag(.help) {
            throw CLIError.usage(
                "Missing subcommand: one of \(spec.visibleSubcommands.map(\.name).joined(separator: ", "))", spec)
        }
        if !spec.subcommands.isEmpty, spec.arguments.isEmpty, let word = invocation.arguments.first {
            let close = Suggestions.closest(to: word, in: spec.visibleSubcommands.map(\.name))
            let hint = close.isEmpty ? "" : ". Did you mean '\(close[0])'?"
            throw CLIError.usage("Unknown \(spec.path.isEmpty ? "command" : "subcommand") '\(word)'\(hint)", spec)
        }
        if invocation.flag(.help) { return invocation }
        try checkArguments(invocation)
        return invocation
    }

    /// `mlsd --db X config list` works like `mlsd config list --db X`: options every command takes
    /// may come before the command's name.
    private static func hoistingLeadingCommonOptions(_ arguments: [String]) -> [String] {
        var leading: [String] = []
        var index = 0
        while index < arguments.count, arguments[index].hasPrefix("--"), arguments[index] != "--" {
            let (name, inline) = split(arguments[index])
            guard let option = OptionSpec.common.first(where: { $0.name == name }), option.key != .help else { break }
            leading.append(arguments[index])
            if option.value != nil, inline == nil, index + 1 < arguments.count {
                leading.append(arguments[index + 1])
                index += 1
            }
            index += 1
        }
        guard !leading.isEmpty else { return arguments }
        let rest = Array(arguments[index...])
        // Before a `--` the options still parse as options; after it they would be arguments.
        if let end = rest.firstIndex(of: "--") { return Array(rest[..<end]) + leading + Array(rest[end...]) }
        return rest + leading
    }

    private static func split(_ word: String) -> (String, String?) {
        if word.hasPrefix("--") {
            let body = word.dropFirst(2)
            if let equals = body.firstIndex(of: "=") {
                return (String(body[..<equals]), String(body[body.index(after: equals)...]))
            }
            return (String(body), nil)
        }
        return (String(word.dropFirst()), nil)
    }

    private static func find(_ name: String, in spec: CommandSpec) -> OptionSpec? {
        spec.allOptions.first { $0.name == name || ($0.short.map(String.init) == name) }
    }

    private static func suggestion(for name: String, in spec: CommandSpec) -> String {
        guard let close = Suggestions.closest(to: name, in: spec.allOptions.map(\.name)).first else { return "" }
        return ". Did you mean '--\(close)'?"
    }

    private static func checkArguments(_ invocation: Invocation) throws {
        for option in invocation.spec.options where option.required && invocation.values[option.key] == nil {
            throw CLIError.missing(option, invocation.spec)
        }
        let specs = invocation.spec.arguments
        let required = specs.filter { !$0.optional }.count
        if invocation.arguments.count < required {
            let missing = specs[invocation.arguments.count]
            throw CLIError.usage("Missing expected argument '<\(missing.name)>'", invocation.spec)
        }
        if !(specs.last?.variadic ?? false), invocation.arguments.count > specs.count {
            let extra = invocation.arguments[specs.count]
            throw CLIError.usage("Unexpected argument '\(extra)'", invocation.spec)
        }
    }
}
