/// Help and usage text in swift-argument-parser's layout, derived from a command's spec.
enum HelpFormatter {
    static func usage(_ spec: CommandSpec) -> String {
        var parts = ["mlsd"]
        if !spec.path.isEmpty { parts.append(spec.path) }
        if !spec.subcommands.isEmpty {
            parts.append(spec.run == nil ? "<subcommand>" : "[<subcommand>]")
            return parts.joined(separator: " ")
        }
        for argument in spec.arguments {
            let name = "<\(argument.name)>" + (argument.variadic ? " ..." : "")
            parts.append(argument.optional ? "[\(name)]" : name)
        }
        // As in swift-argument-parser: a required option stands bare, an optional one in brackets.
        for option in spec.options {
            let label = optionLabel(option, short: false)
            parts.append(option.required ? label : "[" + label + "]")
        }
        return parts.joined(separator: " ")
    }

    /// The whole help text, wrapped at `width` columns (the terminal's; 80 when piped), never
    /// inside a word.
    static func help(_ spec: CommandSpec, width: Int = 80) -> String {
        var text =
            TerminalLayout.wrap("OVERVIEW: \(spec.abstract)", width: width, rest: "").joined(separator: "\n") + "\n"
        if !spec.discussion.isEmpty {
            text += "\n" + TerminalLayout.reflow(spec.discussion, width: width).joined(separator: "\n") + "\n"
        }
        text +=
            "\n" + TerminalLayout.wrap("USAGE: \(usage(spec))", width: width, rest: "       ").joined(separator: "\n")
            + "\n"
        if !spec.arguments.isEmpty {
            text += "\nARGUMENTS:\n"
            for argument in spec.arguments { text += row("<\(argument.name)>", argument.help, width: width) }
        }
        text += "\nOPTIONS:\n"
        for option in spec.allOptions {
            text += row(
                optionLabel(option, short: true), option.help + (option.required ? " (required)" : ""), width: width)
        }
        if !spec.subcommands.isEmpty {
            text += "\nSUBCOMMANDS:\n"
            for sub in spec.visibleSubcommands { text += row(sub.name, sub.abstract, width: width) }
            let prefix = spec.path.isEmpty ? "" : spec.path + " "
            text +=
                "\n"
                + TerminalLayout.wrap(
                    "See 'mlsd help \(prefix)<subcommand>' for detailed help.", width: width, first: "  "
                ).joined(separator: "\n") + "\n"
        }
        return text
    }

    static func error(_ error: CLIError) -> String {
        guard let spec = error.usageOf else { return "mlsd: \(error.message)\n" }
        let command = spec.path.isEmpty ? "mlsd" : "mlsd \(spec.path)"
        // swift-argument-parser's shape, with the one prefix every mlsd error has.
        return "mlsd: \(error.message)\nUsage: \(usage(spec))\n  See '\(command) --help' for more information.\n"
    }

    private static func optionLabel(_ option: OptionSpec, short: Bool) -> String {
        var label = "--\(option.name)"
        if let value = option.value { label += " <\(value)>" }
        if short, let letter = option.short { label = "-\(letter), " + label }
        return label
    }

    /// Two columns; the description wraps under itself so help fits the terminal.
    private static func row(_ label: String, _ description: String, width: Int) -> String {
        let indent = 26
        let head = "  " + label
        if head.count + 2 > indent || width < indent + 20 {
            // A long label, or a terminal too narrow for two columns: the description goes under it.
            let rest = String(repeating: " ", count: min(indent, 6))
            return ([head] + TerminalLayout.wrap(description, width: width, first: rest)).joined(separator: "\n") + "\n"
        }
        return TerminalLayout.wrap(description, width: width, first: TerminalLayout.pad(head, indent)).joined(
            separator: "\n") + "\n"
    }
}
