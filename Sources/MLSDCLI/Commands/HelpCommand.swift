/// `mlsd help [COMMAND ...]`: the same text as `mlsd COMMAND --help`.
enum HelpCommand {
    static let spec = CommandSpec(
        name: "help",
        abstract: "Show help for a command.",
        arguments: [
            ArgumentSpec(
                name: "command", help: "The command, e.g. 'practice' or 'config set'.", optional: true, variadic: true)
        ],
        run: { invocation, context in
            guard let spec = Commands.find(invocation.arguments) else {
                let known = Commands.root.subcommands.map(\.name)
                throw CLIError.unknown(
                    "command", invocation.arguments.joined(separator: " "), among: known, see: "mlsd --help",
                    code: .usage)
            }
            context.console.write(HelpFormatter.help(spec, width: context.console.width))
        }
    )
}
