import MLSDCore
import MLSDStore

/// `mlsd config list|get|set|unset`: the user's settings, validated before they are stored.
enum ConfigCommand {
    static let keyArgument = ArgumentSpec(
        name: "key", help: "One of: \(SettingKey.allCases.map(\.rawValue).joined(separator: ", ")).")

    static let spec = CommandSpec(
        name: "config",
        abstract: "Show or change settings.",
        subcommands: [
            CommandSpec(
                name: "list", abstract: "List every setting with its value and meaning.", options: [.json], run: list),
            CommandSpec(
                name: "get", abstract: "Print one setting's value.", arguments: [keyArgument], options: [.json],
                run: get),
            CommandSpec(
                name: "set", abstract: "Change a setting.",
                discussion:
                    "Examples:\n  mlsd config set desired_retention 0.92\n"
                    + "  mlsd config set interview_date 2026-12-15\n"
                    + "  mlsd config set learning_steps '1m 10m'",
                arguments: [keyArgument, ArgumentSpec(name: "value", help: "The new value.")], run: set),
            CommandSpec(
                name: "unset", abstract: "Return a setting to its default.", arguments: [keyArgument], run: unset),
        ]
    )

    struct Entry: Encodable {
        var key: String
        var value: String
        var isDefault: Bool
        var summary: String
    }

    static func key(_ invocation: Invocation) throws -> SettingKey {
        let name = invocation.arguments[0]
        guard let key = SettingKey(rawValue: name) else {
            throw CLIError.unknown("setting", name, among: SettingKey.allCases.map(\.rawValue), see: "mlsd config list")
        }
        return key
    }

    static func entries(_ context: Context) throws -> [Entry] {
        let stored = try context.store().settings.stored()
        let settings = try context.settings()
        return SettingKey.allCases.map {
            Entry(
                key: $0.rawValue, value: settings[$0],
                isDefault: stored[$0.rawValue] == nil || settings.ignored.contains($0),
                summary: $0.summary)
        }
    }

    static func list(_ invocation: Invocation, _ context: Context) throws {
        let entries = try entries(context)
        if invocation.json { return try context.printJSON(entries) }
        for entry in entries {
            let value = entry.value.isEmpty ? "(not set)" : entry.value
            let marker = entry.isDefault ? context.style.dim(" (default)") : ""
            context.console.line(context.style.bold(entry.key) + " = " + value + marker)
            context.console.line(context.style.dim("    " + entry.summary))
        }
    }

    static func get(_ invocation: Invocation, _ context: Context) throws {
        let key = try key(invocation)
        let entry = try entries(context).first { $0.key == key.rawValue }!
        if invocation.json { return try context.printJSON(entry) }
        context.console.line(entry.value)
    }

    static func set(_ invocation: Invocation, _ context: Context) throws {
        let key = try key(invocation)
        do {
            let stored = try context.store().settings.set(key, invocation.arguments[1])
            context.console.line("\(key.rawValue) = \(stored.isEmpty ? "(not set)" : stored)")
        } catch SettingError.invalidValue(let name, let value, let allowed) {
            throw CLIError(
                "invalid value '\(value)' for \(name): expected \(allowed) (see 'mlsd config list')", code: .usage)
        }
    }

    static func unset(_ invocation: Invocation, _ context: Context) throws {
        let key = try key(invocation)
        try context.store().settings.reset(key)
        context.console.line("\(key.rawValue) = \(key.defaultValue.isEmpty ? "(not set)" : key.defaultValue) (default)")
    }
}
