import Foundation

/// `mlsd manpage`: the man page mlsd.1 in roff, generated from the command table (a build step
/// of `make install`, so hidden from help). Every command's usage, description and options.
enum ManpageCommand {
    static let spec = CommandSpec(
        name: "manpage",
        abstract: "Print the man page mlsd.1 (used by make install).",
        run: { _, context in context.console.write(page()) },
        hidden: true
    )

    static func page() -> String {
        let root = Commands.root
        var roff = [
            ".TH MLSD 1 \"\" \"mlsd \(MLSD.version)\" \"User Commands\"",
            ".SH NAME",
            "mlsd \\- " + escape(root.abstract),
            ".SH SYNOPSIS",
            ".B mlsd",
            "[\\fIcommand\\fR] [\\fIoptions\\fR]",
            ".SH DESCRIPTION",
        ]
        roff += paragraphs(root.discussion)
        roff.append(".SH COMMANDS")
        for entry in CommandTable.entries().dropFirst()
        where entry.spec.run != nil || !entry.spec.visibleSubcommands.isEmpty {
            let spec = entry.spec
            roff.append(".SS \"mlsd \(escape(entry.path))\"")
            roff.append(escape(spec.abstract))
            roff.append(".PP")
            roff.append(".B " + escape(HelpFormatter.usage(spec)))
            if !spec.discussion.isEmpty { roff += [".PP"] + paragraphs(spec.discussion) }
            for argument in spec.arguments {
                roff += [".TP", "\\fI<\(escape(argument.name))>\\fR", escape(argument.help)]
            }
            for option in spec.options {
                var label = "\\fB\\-\\-\(escape(option.name))\\fR"
                if let value = option.value { label += " \\fI<\(escape(value))>\\fR" }
                if let short = option.short { label = "\\fB\\-\(short)\\fR, " + label }
                roff += [".TP", label, escape(option.help) + (option.required ? " (required)" : "")]
            }
        }
        roff.append(".SH OPTIONS")
        roff.append("Every command takes these:")
        for option in OptionSpec.common {
            var label = "\\fB\\-\\-\(escape(option.name))\\fR"
            if let value = option.value { label += " \\fI<\(escape(value))>\\fR" }
            roff += [".TP", label, escape(option.help)]
        }
        roff += [
            ".SH ENVIRONMENT",
            ".TP", "\\fBMLSD_DB\\fR", "The database file, unless \\-\\-db is given.",
            ".TP", "\\fBXDG_DATA_HOME\\fR", "Where the default database lives (mlsd/mlsd.sqlite3).",
            ".TP", "\\fBNO_COLOR\\fR, \\fBTERM=dumb\\fR", "Turn colour off.",
            ".TP", "\\fBVISUAL\\fR, \\fBEDITOR\\fR", "The editor :edit opens.",
            ".SH EXIT STATUS",
            "0 ok, 1 failure, 64 usage error, 65 bad data, 66 missing input, 74 I/O error, 75 busy (try again), "
                + "130 interrupted.",
        ]
        return roff.joined(separator: "\n") + "\n"
    }

    /// Reflowed prose as roff paragraphs; indented lines (examples, tables) kept as they are.
    private static func paragraphs(_ text: String) -> [String] {
        var lines: [String] = []
        var inExample = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                if inExample { lines.append(".fi"); inExample = false }
                lines.append(".PP")
            } else if line.first == " " {
                if !inExample { lines += [".nf"]; inExample = true }
                lines.append(escape(String(line)))
            } else {
                if inExample { lines.append(".fi"); inExample = false }
                lines.append(escape(String(line)))
            }
        }
        if inExample { lines.append(".fi") }
        return lines
    }

    /// Text safe in roff: backslashes and hyphens escaped, no line starting with a control dot.
    static func escape(_ text: String) -> String {
        let escaped = text.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
        return escaped.hasPrefix(".") || escaped.hasPrefix("'") ? "\\&" + escaped : escaped
    }
}
