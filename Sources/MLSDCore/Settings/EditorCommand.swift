import Foundation

/// The `editor` setting: a program and its options, split into words and started without a shell.
///
/// The setting lives in the database, and a database can come from someone else (a restored
/// backup), so it must not be a way to run code: the program may not be a shell or another
/// interpreter, and each option is a plain flag (`--wait`, `-nw`), never a command for the editor
/// to run (`vim -c '!…'`). A user who needs more sets `$VISUAL` or `$EDITOR`, which win anyway.
public enum EditorCommand {
    /// The words of a valid setting, or nil.
    public static func parse(_ line: String) -> [String]? {
        guard !line.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return nil }
        let words = words(line)
        guard let program = words.first, isEditor(program) else { return nil }
        return words.dropFirst().allSatisfy(isPlainOption) ? words : nil
    }

    /// Programs that run code given in their arguments, or start another program that does.
    static let interpreters: Set<String> = [
        "sh", "bash", "dash", "zsh", "ksh", "mksh", "csh", "tcsh", "fish", "ash", "busybox", "rbash",
        "env", "exec", "eval", "command", "nohup", "xargs", "sudo", "doas", "su", "setsid", "nice", "timeout", "stdbuf",
        "python", "perl", "ruby", "node", "nodejs", "php", "lua", "luajit", "tclsh", "wish", "awk", "gawk", "mawk",
        "nawk",
        "sed", "osascript", "pwsh", "powershell", "deno", "bun", "julia", "rscript", "guile", "racket",
    ]

    static func isEditor(_ program: String) -> Bool {
        let name = (program as NSString).lastPathComponent.lowercased()
        // python3.12 and perl5 are python and perl.
        let base = String(name.reversed().drop { $0.isNumber || $0 == "." }.reversed())
        return !name.isEmpty && !name.hasPrefix("-") && !interpreters.contains(base)
    }

    /// `-w`, `--wait`, `--new-window`, `--tab=2`: a flag, never text another program could run.
    static func isPlainOption(_ word: String) -> Bool {
        guard word.hasPrefix("-"), word.count > 1, word.count <= 64 else { return false }
        return word.unicodeScalars.allSatisfy {
            $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-_=.,".unicodeScalars.contains($0))
        }
    }

    /// Splits a command line into words the way a shell would for simple cases: spaces separate,
    /// quotes group, a backslash escapes the next character. Nothing is expanded.
    public static func words(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in line {
            if escaped {
                current.append(character); escaped = false; inWord = true
            } else if character == "\\", quote != "'" {
                escaped = true; inWord = true
            } else if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "'" || character == "\"" {
                quote = character; inWord = true
            } else if character.isWhitespace {
                if inWord { words.append(current); current = ""; inWord = false }
            } else {
                current.append(character); inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }
}
