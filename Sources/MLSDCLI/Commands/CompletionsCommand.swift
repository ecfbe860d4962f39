/// `mlsd completions bash|zsh|fish`: a completion script generated from the command table, so
/// it never falls behind the commands, options, case ids and step ids it completes.
enum CompletionsCommand {
    static let spec = CommandSpec(
        name: "completions",
        abstract: "Print a shell completion script (bash, zsh or fish).",
        discussion: """
            Completes commands, options, case ids and step ids. 'make install' installs all
            three; to try one in the current shell:
              source <(mlsd completions bash)
              mlsd completions zsh > ~/.zfunc/_mlsd      (with ~/.zfunc on fpath)
              mlsd completions fish > ~/.config/fish/completions/mlsd.fish
            """,
        arguments: [ArgumentSpec(name: "shell", help: "bash, zsh or fish.")],
        run: { invocation, context in
            let shell = invocation.argument(0) ?? ""
            switch shell {
            case "bash": context.console.write(BashCompletion.script())
            case "zsh": context.console.write(ZshCompletion.script())
            case "fish": context.console.write(FishCompletion.script())
            default:
                throw CLIError.usage(
                    "The value '\(shell)' is invalid for '<shell>': expected bash, zsh or fish", invocation.spec)
            }
        }
    )
}
