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
        for option in spec.options {
            parts.append("[" + optionLabel(option, short: false) + "]")
        }
        return parts.joined(separator: " ")
    }

    static func help(_ spec: CommandSpec) -> String {
        var text = "OVERVIEW: \(spec.abstract)\n"
        if !spec.discussion.isEmpty { text += "\n\(spec.discussion)\n" }
        text += "\nUSAGE: \(usage(spec))\n"
        if !spec.arguments.isEmpty {
            text += "\nARGUMENTS:\n"
            for argument in spec.arguments { text += row("<\(argument.name)>", argument.help) }
        }
        text += "\nOPTIONS:\n"
        for option in spec.allOptions { text += row(optionLabel(option, short: true), option.help) }
        if !spec.subcommands.isEmpty {
            text += "\nSUBCOMMANDS:\n"
            for sub in spec.subcommands { text += row(sub.name, sub.abstract) }
            let prefix = spec.path.isEmpty ? "" : spec.path + " "
            text += "\n  See 'mlsd help \(prefix)<subcommand>' for detailed help.\n"
        }
        return text
    }

    static func error(_ error: CLIError) -> String {
        guard let spec = error.usageOf else { return "mlsd: \(error.message)\n" }
        let command = spec.path.isEmpty ? "mlsd" : "mlsd \(spec.path)"
        return "Error: \(error.message)\nUsage: \(usage(spec))\n  See '\(command) --help' for more information.\n"
    }

    private static func optionLabel(_ option: OptionSpec, short: Bool) -> String {
        var label = "--\(option.name)"
        if let value = option.value { label += " <\(value)>" }
        if short, let letter = option.short { label = "-\(letter), " + label }
        return label
    }

    /// Two columns; the description wraps under itself so help fits 80 columns.
    private static func row(_ label: String, _ description: String) -> String {
        let indent = 26
        var head = "  " + label
        var lines: [String] = []
        if head.count + 2 > indent {
            lines.append(head)
            head = ""
        }
        var line = head.padding(toLength: indent, withPad: " ", startingAt: 0)
        var lineHasWords = false
        for word in description.split(separator: " ") {
            if lineHasWords, line.count + 1 + word.count > 80 {
                lines.append(line)
                line = String(repeating: " ", count: indent)
                lineHasWords = false
            }
            line += (lineHasWords ? " " : "") + word
            lineHasWords = true
        }
        lines.append(line)
        return lines.joined(separator: "\n") + "\n"
    }
}

import Foundation
