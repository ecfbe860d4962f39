import Foundation
import Testing

@testable import MLSDTestSupport

/// `mlsd completions bash|zsh|fish` and the man page, generated from the command table, and
/// `make install-files` putting them where shells and man look.
@Suite struct CompletionsAndManTests {
    /// What bash completes for a command line ending in `words` (the last one being typed).
    func bashComplete(_ mlsd: MLSDSandbox, _ words: [String]) throws -> [String] {
        let script = try mlsd.run(["completions", "bash"]).stdout
        let file = mlsd.folder + "/mlsd.bash"
        try script.write(toFile: file, atomically: true, encoding: .utf8)
        let quoted = (["mlsd"] + words).map { "'\($0)'" }.joined(separator: " ")
        let probe =
            "source \(file); COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count); _mlsd; printf '%s\\n' \"${COMPREPLY[@]}\""
        let bash = Process()
        bash.executableURL = URL(fileURLWithPath: "/bin/bash")
        bash.arguments = ["-c", probe]
        bash.currentDirectoryURL = URL(fileURLWithPath: mlsd.folder)
        let out = Pipe()
        bash.standardOutput = out
        try bash.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        bash.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test("bash completes commands, subcommands, options, case ids and step ids from the table")
    func bashCompletes() throws {
        let mlsd = MLSDSandbox()
        defer { mlsd.remove() }
        #expect(try bashComplete(mlsd, ["pr"]) == ["practice"])
        #expect(
            try Set(bashComplete(mlsd, [""])).isSuperset(of: [
                "practice", "review", "due", "export", "completions", "cards",
            ]))
        #expect(try !bashComplete(mlsd, [""]).contains("manpage"), "hidden commands stay hidden")
        #expect(try bashComplete(mlsd, ["practice", "fraud"]) == ["fraud-detection"])
        #expect(try bashComplete(mlsd, ["practice", "--st"]) == ["--step"])
        #expect(try bashComplete(mlsd, ["practice", "--step", "fe"]) == ["features"])
        #expect(try bashComplete(mlsd, ["cards", "a"]) == ["add"])
        #expect(try bashComplete(mlsd, ["cards", "add", "--case", "ad"]) == ["ad-click-prediction"])
        #expect(try bashComplete(mlsd, ["review", "--"]).contains("--limit"))
        #expect(try Set(bashComplete(mlsd, ["completions", ""])) == ["bash", "fish", "zsh"])
        // The script stays a valid bash program.
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/bin/bash")
        check.arguments = ["-n", mlsd.folder + "/mlsd.bash"]
        try check.run()
        check.waitUntilExit()
        #expect(check.terminationStatus == 0)
    }

    @Test("zsh and fish scripts name every visible command path, option and case id")
    func zshAndFish() throws {
        let mlsd = MLSDSandbox()
        defer { mlsd.remove() }
        let zsh = try mlsd.run(["completions", "zsh"]).stdout
        let fish = try mlsd.run(["completions", "fish"]).stdout
        #expect(zsh.hasPrefix("#compdef mlsd\n"))
        #expect(fish.hasPrefix("# fish completion for mlsd"))
        for path in ["practice", "cards add", "config set", "completions"] {
            #expect(zsh.contains("\"\(path)\") _arguments"), "\(path)")
            #expect(fish.contains("'__mlsd_path \(path)'"), "\(path)")
        }
        for word in ["--all-points", "--no-hints", "fraud-detection", "evaluation"] {
            #expect(zsh.contains(word), "\(word)")
            #expect(fish.contains(word.hasPrefix("--") ? "-l " + word.dropFirst(2) : word), "\(word)")
        }
        #expect(!zsh.contains("manpage") && !fish.contains("manpage"))
        let wrong = try mlsd.run(["completions", "tcsh"])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.hasPrefix("mlsd: The value 'tcsh' is invalid for '<shell>'"))
    }

    @Test("the man page documents every command and renders with man without errors")
    func manPage() throws {
        let mlsd = MLSDSandbox()
        defer { mlsd.remove() }
        let page = try mlsd.run(["manpage"])
        #expect(page.status == 0)
        #expect(page.stdout.hasPrefix(".TH MLSD 1 "))
        for path in ["practice", "review", "cards add", "config set", "completions"] {
            #expect(page.stdout.contains(".SS \"mlsd \(path.replacingOccurrences(of: "-", with: "\\-"))\""), "\(path)")
        }
        #expect(!(try mlsd.run(["--help"]).stdout.contains("manpage")))
        let file = mlsd.folder + "/mlsd.1"
        try page.stdout.write(toFile: file, atomically: true, encoding: .utf8)
        let man = Process()
        man.executableURL = URL(fileURLWithPath: "/usr/bin/groff")
        man.arguments = ["-man", "-Tascii", "-ww", "-z", file]
        let err = Pipe()
        man.standardError = err
        try man.run()
        let complaints = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        man.waitUntilExit()
        #expect(man.terminationStatus == 0)
        #expect(!complaints.contains("error"), "\(complaints)")
    }

    @Test("make install-files installs the binary, mlsd.1 and the three completion scripts")
    func makeInstall() throws {
        let mlsd = MLSDSandbox()
        defer { mlsd.remove() }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let make = Process()
        make.executableURL = URL(fileURLWithPath: "/usr/bin/make")
        make.arguments = [
            "-C", root.path, "install-files", "INSTALL_BIN=\(MLSDSandbox.binary)", "DESTDIR=\(mlsd.folder)",
            "PREFIX=/usr",
        ]
        make.standardOutput = Pipe()
        try make.run()
        make.waitUntilExit()
        #expect(make.terminationStatus == 0)
        let share = mlsd.folder + "/usr/share"
        for (file, start) in [
            ("man/man1/mlsd.1", ".TH MLSD 1"), ("bash-completion/completions/mlsd", "# bash completion for mlsd"),
            ("zsh/site-functions/_mlsd", "#compdef mlsd"), ("fish/vendor_completions.d/mlsd.fish", "# fish completion"),
        ] {
            let text = (try? String(contentsOfFile: share + "/" + file, encoding: .utf8)) ?? ""
            #expect(text.hasPrefix(start), "\(file)")
        }
        #expect(FileManager.default.isExecutableFile(atPath: mlsd.folder + "/usr/bin/mlsd"))
    }
}
