import Foundation
import Testing

@testable import MLSDCLI

/// mlsd run in process, as a user would see it in an 80-column pipe: what it prints for help,
/// usage errors and did-you-means, checked against golden files. None of these opens a database.
@Suite struct HelpAndUsageTests {
    /// One run: the exit code, then standard error, then standard output, as the golden files hold it.
    static func transcript(_ arguments: [String], environment extra: [String: String] = [:]) -> String {
        let console = Console.capturing()
        let environment = ["MLSD_DB": database, "TERM": "dumb"].merging(extra) { $1 }
        let status = MLSD.main(
            arguments: arguments, console: console, environment: environment,
            clock: { Date(timeIntervalSince1970: 1_772_355_600) })
        let command = (["mlsd"] + arguments).joined(separator: " ")
        return "$ \(command)\nexit \(status)\n--- stderr\n\(console.errors)--- stdout\n\(console.output)"
    }

    /// Where a database would go; none of these runs may create it.
    static let database = NSTemporaryDirectory() + "mlsd-cli-tests-\(UUID().uuidString)/mlsd.sqlite3"

    /// Every command, hidden ones too: "" is mlsd itself.
    static let paths: [String] = {
        var paths: [String] = []
        func walk(_ spec: CommandSpec) { paths.append(spec.path); spec.subcommands.forEach(walk) }
        walk(Commands.root)
        return paths
    }()

    @Test(arguments: paths) func helpOfEveryCommand(_ path: String) {
        let words = path.split(separator: " ").map(String.init)
        let text = Self.transcript(words + ["--help"])
        #expect(text.contains("exit 0\n--- stderr\n--- stdout\nOVERVIEW: "), "\(text)")
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 }, "help fits 80 columns")
        #expect(!FileManager.default.fileExists(atPath: Self.database), "help must not create a database")
        Golden.check(text, "help-" + (["mlsd"] + words).joined(separator: "-"))
    }

    /// `mlsd help X` shows the same text as `mlsd X --help`.
    @Test(arguments: paths.filter { !$0.isEmpty }) func helpCommandMatchesHelpFlag(_ path: String) {
        let words = path.split(separator: " ").map(String.init)
        let flag = Self.transcript(words + ["--help"]), command = Self.transcript(["help"] + words)
        #expect(flag.drop { $0 != "\n" } == command.drop { $0 != "\n" })
    }

    static let mistakes: [(name: String, arguments: [String])] = [
        ("unknown-command", ["casse"]),
        ("unknown-command-with-help", ["casse", "--help"]),
        ("unknown-subcommand", ["config", "sett"]),
        ("missing-subcommand", ["config"]),
        ("unknown-option", ["cases", "--jsn"]),
        ("unknown-option-among-many", ["review", "--limt", "3"]),
        ("missing-option-value", ["cases", "--tag"]),
        ("flag-with-value", ["cases", "--json=yes"]),
        ("missing-required-option", ["score", "--case", "fraud-detection"]),
        ("missing-required-case", ["cards", "add", "--step", "data"]),
        ("missing-argument", ["show"]),
        ("unexpected-argument", ["config", "get", "fuzz", "extra"]),
        ("unknown-step", ["practice", "fraud-detection", "--step", "metrix"]),
        ("step-number-out-of-range", ["practice", "fraud-detection", "--step", "8"]),
    ]

    @Test(arguments: mistakes.map(\.name)) func usageErrors(_ name: String) throws {
        let arguments = try #require(Self.mistakes.first { $0.name == name }).arguments
        let text = Self.transcript(arguments)
        #expect(text.contains("exit 64\n--- stderr\nmlsd: "), "\(text)")
        #expect(text.hasSuffix("--- stdout\n"), "a usage error prints nothing on standard output")
        #expect(!FileManager.default.fileExists(atPath: Self.database))
        Golden.check(text, "usage-" + name)
    }

    @Test func badClockInTheEnvironment() {
        let text = Self.transcript(["due"], environment: ["MLSD_NOW": "tomorrow"])
        Golden.check(text, "usage-bad-mlsd-now")
    }

    @Test func version() {
        #expect(Self.transcript(["--version"]).hasSuffix("--- stdout\nmlsd \(MLSD.version)\n"))
    }
}
