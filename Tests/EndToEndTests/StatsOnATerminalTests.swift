import Foundation
import Testing

@testable import MLSDTestSupport

/// `mlsd stats` on a pseudo-terminal: charts and colour only there.
@Suite struct StatsOnATerminalTests {
    @Test func chartsOnATerminalOnly() throws {
        let mlsd = try ProgressSeed.sandbox(.binary)
        defer { mlsd.remove() }
        let charts = try Self.onTerminal(mlsd, ["stats"])
        #expect(charts.contains("█"))
        #expect(charts.contains("┤"))
        #expect(charts.contains("today"))
        #expect(charts.contains("▄▆"), "the trend sparkline of 48 then 66")
        let visible = charts.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        #expect(visible.components(separatedBy: "\n").allSatisfy { $0.count <= 80 })
        let plain = try Self.onTerminal(mlsd, ["stats"], environment: "NO_COLOR=1")
        #expect(!plain.contains("█"))
        #expect(plain.contains("  1 requirements   70  2 cases"))
    }

    /// Runs mlsd under `script`, which gives it a pseudo-terminal, at 80 columns.
    static func onTerminal(_ mlsd: MLSDSandbox, _ arguments: [String], environment: String = "") throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        let command =
            "stty cols 80 rows 40; env \(environment) \(MLSDSandbox.binary) \(arguments.joined(separator: " "))"
        process.arguments = ["-qec", command, "/dev/null"]
        process.environment = mlsd.environment.merging(["TERM": "xterm-256color"]) { $1 }
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
    }
}
