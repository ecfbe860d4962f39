import Foundation
import Testing

@Suite struct CommandLineTests {
    static let commands = [["cases"], ["score"], ["config"], ["doctor"], ["backup"], ["restore"], ["config", "list"], ["config", "get"], ["config", "set"],
                           ["config", "unset"], ["help"], ["history"], ["stats"], ["export"]]

    @Test(arguments: commands)
    func everyCommandHasHelp(_ command: [String]) throws {
        let mlsd = MLSDProcess()
        defer { mlsd.remove() }
        let help = try mlsd.run(command + ["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.hasPrefix("OVERVIEW: "))
        #expect(help.stdout.contains("USAGE: mlsd \(command.joined(separator: " "))"))
        #expect(help.stdout.contains("-h, --help"))
        let viaHelp = try mlsd.run(["help"] + command)
        #expect(viaHelp.stdout == help.stdout)
        #expect(!FileManager.default.fileExists(atPath: mlsd.database), "help must not create a database")
    }

    @Test func versionAndRootHelp() throws {
        let mlsd = MLSDProcess()
        defer { mlsd.remove() }
        #expect(try mlsd.run(["--version"]).stdout.hasPrefix("mlsd "))
        let help = try mlsd.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("SUBCOMMANDS:"))
        #expect(help.stdout.contains("cases"))
    }

    @Test func usageErrorsLookLikeArgumentParsers() throws {
        let mlsd = MLSDProcess()
        defer { mlsd.remove() }
        let unknownOption = try mlsd.run(["cases", "--jsn"])
        #expect(unknownOption.status == 64)
        #expect(unknownOption.stderr == """
            mlsd: Unknown option '--jsn'. Did you mean '--json'?
            Usage: mlsd cases [--tag <tag>] [--json]
              See 'mlsd cases --help' for more information.

            """)
        let unknownCommand = try mlsd.run(["casse"])
        #expect(unknownCommand.status == 64)
        #expect(unknownCommand.stderr.hasPrefix("mlsd: Unknown command 'casse'. Did you mean 'cases'?"))
        let unknownWithHelp = try mlsd.run(["casse", "--help"])
        #expect(unknownWithHelp.status == 64, "help for a command that does not exist is a usage error")
        #expect(unknownWithHelp.stderr.hasPrefix("mlsd: Unknown command 'casse'"))
        let missingValue = try mlsd.run(["cases", "--tag"])
        #expect(missingValue.status == 64)
        #expect(missingValue.stderr.hasPrefix("mlsd: Missing value for '--tag <tag>'"))
        let extra = try mlsd.run(["config", "get", "fuzz", "extra"])
        #expect(extra.status == 64)
        #expect(extra.stderr.hasPrefix("mlsd: Unexpected argument 'extra'"))
        #expect(unknownOption.stdout.isEmpty && extra.stdout.isEmpty)
    }

    @Test func dashboardWithNoArguments() throws {
        let mlsd = MLSDProcess()
        defer { mlsd.remove() }
        let result = try mlsd.run([])
        #expect(result.status == 0)
        #expect(result.stdout.contains("mlsd practice "))
        #expect(!result.stdout.contains("\u{1B}["), "no colour when not on a terminal")
    }
}
