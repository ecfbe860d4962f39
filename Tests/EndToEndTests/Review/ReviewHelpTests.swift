import Foundation
import Testing

@Suite struct ReviewHelpTests {
    static let commands = [["review"], ["rate"], ["due"], ["cards"], ["cards", "show"], ["cards", "add"],
                           ["cards", "suspend"], ["cards", "unsuspend"], ["cards", "reset"], ["cards", "undo"]]

    @Test(arguments: commands)
    func everyReviewCommandHasHelp(_ command: [String]) throws {
        let mlsd = MLSDProcess()
        defer { mlsd.remove() }
        let help = try mlsd.run(command + ["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.hasPrefix("OVERVIEW: "))
        #expect(help.stdout.contains("USAGE: mlsd \(command.joined(separator: " "))"))
        #expect(help.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
        #expect(try mlsd.run(["help"] + command).stdout == help.stdout)
        #expect(!FileManager.default.fileExists(atPath: mlsd.database), "help must not create a database")
    }

    @Test func badClockIsAUsageError() throws {
        let mlsd = MLSDProcess()
        defer { mlsd.remove() }
        let result = try mlsd.run(["due"], environment: ["MLSD_NOW": "tomorrow"])
        #expect(result.status == 64)
        #expect(result.stderr == "mlsd: MLSD_NOW='tomorrow' is not an ISO 8601 instant such as 2026-03-01T09:00:00Z; fix or unset it\n")
    }
}
